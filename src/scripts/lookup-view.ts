/**
 * Renders a lookup result into a container, with DOM APIs and textContent only (the paste is never HTML).
 * Candidates from the resolver come first, each with its reason; full-text results follow, without the pages
 * already listed as candidates. A paste from another Alibaba Cloud product or another cloud gets neither: no page
 * here describes it. The only links to other sites are Alibaba Cloud's troubleshoot links the resolver builds.
 */
import { lookupHeadline, type LookupCandidate, type LookupFields, type LookupResult } from '../lookup/index.ts';
import type { AccessDeniedExplanation } from '../lookup/access-denied.ts';
import { fullTextSearch } from './full-text.ts';
import { destinationFor, el } from './lookup-client.ts';

const FIELD_LABELS: [keyof LookupFields, string][] = [
  ['code', 'Code'],
  ['status', 'HTTP status'],
  ['requestId', 'RequestId'],
  ['operation', 'Operation'],
  ['host', 'Host'],
  ['product', 'Product'],
];

/** What a troubleshoot link from the resolver must start with to be shown as a link (it builds no other). */
const TROUBLESHOOT_PREFIX = 'https://api.aliyun.com/troubleshoot?';

/**
 * "Alibaba Cloud’s troubleshoot page for <code> (in <product>)", as a link; undefined when the result has no
 * troubleshoot link, or one of another shape.
 */
export function troubleshootParagraph(url: string | undefined, code: string, product: string): HTMLElement | undefined {
  if (url === undefined || !url.startsWith(TROUBLESHOOT_PREFIX)) return undefined;
  const paragraph = el('p', undefined, { class: 'lookup-troubleshoot' });
  const link = el('a', `Alibaba Cloud’s troubleshoot page for ${code} in ${product}`, {
    href: url,
    rel: 'noopener noreferrer',
  });
  paragraph.append('Look it up on ', link, '.');
  return paragraph;
}

/** The full-text search page for a text (its first 300 characters). */
function searchPageUrl(text: string): string {
  return `/search/?q=${encodeURIComponent(text.slice(0, 300))}`;
}

/** What a page shows when the lookup failed on a text (lookUp answered `failed`): the full-text search still works. */
export function lookupFailure(text: string): HTMLElement {
  const failure = el('p', 'The lookup failed on this text; try the ', { class: 'lookup-failed' });
  failure.append(el('a', 'full-text search', { href: searchPageUrl(text) }), '.');
  return failure;
}

/** "What we read from your paste": the values a support ticket needs. */
export function fieldsList(fields: LookupFields): HTMLElement | undefined {
  const rows = FIELD_LABELS.filter(([name]) => fields[name] !== undefined);
  if (rows.length === 0) return undefined;
  const list = el('dl', undefined, { class: 'read-fields' });
  for (const [name, label] of rows) {
    list.append(el('dt', label), el('dd', String(fields[name])));
  }
  return list;
}

/** Ranked candidates as links, each with the resolver's reason. */
/** RAM's AccessDeniedDetail of the paste in words: what was denied and why, the policy that allows it, decoding. */
export function accessDeniedSection(explanation: AccessDeniedExplanation): HTMLElement {
  const box = el('section', undefined, { class: 'access-denied', 'aria-label': 'Permission denied, decoded' });
  box.append(el('h3', 'Permission denied, decoded'), ...explanation.lines.map((line) => el('p', line)));
  if (explanation.policy) {
    box.append(el('p', 'The smallest RAM policy that allows it:'));
    const pre = el('pre');
    pre.append(el('code', explanation.policy));
    box.append(pre);
  }
  if (explanation.decodeCommand) {
    box.append(el('p', 'RAM decodes the encoded diagnosis (it needs ram:DecodeDiagnosticMessage):'));
    const pre = el('pre');
    pre.append(el('code', explanation.decodeCommand));
    box.append(pre);
  }
  return box;
}

export function candidateList(candidates: readonly LookupCandidate[], fields: LookupFields = {}): HTMLElement {
  const list = el('ol', undefined, { class: 'candidates' });
  for (const candidate of candidates) {
    const item = el('li');
    const link = el('a', undefined, { href: destinationFor(candidate, fields) ?? candidate.url });
    link.append(el('code', candidate.code));
    if (candidate.messageIndex !== undefined) link.append(` (message ${candidate.messageIndex})`);
    item.append(link, el('span', ` — ${candidate.reason}`, { class: 'reason' }));
    list.append(item);
  }
  return list;
}

async function fullTextSection(text: string, exclude: ReadonlySet<string>): Promise<HTMLElement | undefined> {
  const hits = (await fullTextSearch(text, 8)).filter((hit) => !exclude.has(hit.url.replace(/#.*$/, '')));
  const section = el('section', undefined, { class: 'full-text', 'aria-label': 'Full-text results' });
  section.append(el('h3', 'Full-text results'));
  if (hits.length === 0) {
    section.append(el('p', 'No other page mentions these words.'));
    return section;
  }
  const list = el('ul');
  const more = el('a', 'All results for this text', { href: searchPageUrl(text) });
  for (const hit of hits.slice(0, 5)) {
    const item = el('li');
    item.append(el('a', hit.title, { href: hit.url }), el('p', hit.excerpt, { class: 'excerpt' }));
    list.append(item);
  }
  const footer = el('p');
  footer.append(more);
  section.append(list, footer);
  return section;
}

/**
 * Replaces the container's content with the result. The answer (match, or headline and candidates) is in place
 * before the first await, so a caller may measure or scroll to it right away; full-text results are appended later.
 * When nothing more will be added, the container gets `data-settled` (removed while a newer result renders). A
 * result that a newer one has replaced before its full-text results arrive adds nothing.
 */
export async function renderLookupResult(container: HTMLElement, result: LookupResult): Promise<void> {
  const parts: HTMLElement[] = [];
  delete container.dataset.settled;
  if (result.kind === 'empty') {
    container.replaceChildren(
      el(
        'p',
        'Paste an error (SDK exception, CLI or Terraform output, JSON body, log line, troubleshoot link), a code or a message.',
      ),
    );
    container.dataset.settled = '';
    return;
  }
  if (result.kind === 'match') {
    const found = el('p', undefined, { class: 'lookup-match' });
    const link = el('a', undefined, { href: destinationFor(result, result.fields) ?? result.url });
    link.append(el('code', result.code));
    if (result.messageIndex !== undefined) link.append(` (message ${result.messageIndex})`);
    found.append('Found ', link, `. ${result.reason}`);
    parts.push(found);
    if (result.note) parts.push(el('p', result.note, { class: 'lookup-note' }));
  } else if (result.kind === 'other-product' || result.kind === 'other-cloud') {
    parts.push(el('p', lookupHeadline(result).lead, { class: `lookup-${result.kind}` }));
    if (result.kind === 'other-product' && result.code !== undefined) {
      const link = troubleshootParagraph(result.troubleshootUrl, result.code, result.from.name);
      if (link) parts.push(link);
    }
  } else {
    const { lead, listIntro } = lookupHeadline(result);
    const leadClass = result.kind === 'unknown-code' ? 'lookup-unknown' : 'lookup-ambiguous';
    parts.push(el('p', listIntro === undefined ? lead : `${lead} ${listIntro}`, { class: leadClass }));
    // A hint comes only with no candidates (decide.ts), so it never separates the intro from its list.
    if (result.hint) parts.push(el('p', result.hint, { class: 'lookup-hint' }));
    if (listIntro !== undefined) parts.push(candidateList(result.candidates, result.fields));
    if (result.kind === 'unknown-code') {
      const link = troubleshootParagraph(result.troubleshootUrl, result.code, result.product.name);
      if (link) parts.push(link);
    }
  }
  if ('accessDenied' in result && result.accessDenied) parts.push(accessDeniedSection(result.accessDenied));
  const fields = fieldsList(result.fields);
  if (fields) {
    const box = el('section', undefined, { class: 'read-from-paste', 'aria-label': 'Read from your paste' });
    box.append(el('h3', 'Read from your paste'), fields);
    parts.push(box);
  }
  container.replaceChildren(...parts);
  if (result.kind === 'candidates' || result.kind === 'unknown-code') {
    const exclude = new Set(result.candidates.map((candidate) => candidate.url.replace(/#.*$/, '')));
    const section = await fullTextSection(result.searchText, exclude);
    if (parts[0]?.parentNode !== container) return; // a newer result is shown
    if (section) container.append(section);
  }
  container.dataset.settled = '';
}
