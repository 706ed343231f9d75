/**
 * Resolves a paste to a code of the catalog: one code when the paste identifies it, ranked candidates when it
 * does not, the code itself when it is a code the catalog does not know.
 *
 * One code is picked only with confidence: the code (exact, other letter case, an alias or known misspelling), or
 * a message that identifies one code (exact, or the same wording with another parameter), possibly with the HTTP
 * status deciding between codes. Never throws.
 */
import { errorUrl } from '../catalog/urls.ts';
import { indexCatalog, type CatalogIndex } from './catalog-index.ts';
import { readPaste, type PasteReading } from './fields.ts';
import { codesMentioned, matchCode, type ScoredCode } from './match-code.ts';
import { decideMessage, messageQuery, pickMessage, type MessageQuery, type ScoredMessage } from './match-message.ts';
import { isSdkWrapperName, sdkWrapperIn } from './sdk-wrappers.ts';
import { looksLikeCode } from './text.ts';
import { troubleshootInfoFromParams, type ParamSource } from './troubleshoot.ts';
import type { LookupCandidate, LookupEntry, LookupFields, LookupResult } from './types.ts';

/** At most this many candidates are returned. */
export const MAX_CANDIDATES = 8;
/** Longest `searchText`. */
const SEARCH_TEXT_LIMIT = 200;

interface Candidate {
  entry: LookupEntry;
  messageIndex?: number;
  score: number;
  reason: string;
}

function candidateOf(candidate: Candidate): LookupCandidate {
  return {
    code: candidate.entry.code,
    ...(candidate.messageIndex === undefined ? {} : { messageIndex: candidate.messageIndex }),
    url: errorUrl(candidate.entry.code, candidate.messageIndex),
    score: Math.round(Math.max(0, Math.min(1, candidate.score)) * 1000) / 1000,
    reason: candidate.reason,
  };
}

/** One candidate per code (its best), best first, catalog order among equals, at most MAX_CANDIDATES. */
function mergeCandidates(index: CatalogIndex, ...lists: readonly Candidate[][]): LookupCandidate[] {
  const best = new Map<LookupEntry, Candidate>();
  for (const list of lists) {
    for (const candidate of list) {
      const current = best.get(candidate.entry);
      if (!current || candidate.score > current.score) best.set(candidate.entry, candidate);
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || (index.orderOf.get(a.entry) ?? 0) - (index.orderOf.get(b.entry) ?? 0))
    .slice(0, MAX_CANDIDATES)
    .map(candidateOf);
}

/** Message hits as candidates: relevant ones only (a fraction of the best), one per code. */
function fromMessages(ranked: readonly ScoredMessage[]): Candidate[] {
  const top = ranked[0]?.score ?? 0;
  const floor = Math.max(0.1, top * 0.35);
  const seen = new Set<LookupEntry>();
  const out: Candidate[] = [];
  for (const hit of ranked) {
    if (hit.score < floor || seen.has(hit.item.entry)) continue;
    seen.add(hit.item.entry);
    out.push({
      entry: hit.item.entry,
      ...(hit.item.entry.messages.length > 1 ? { messageIndex: hit.item.message.index } : {}),
      score: hit.score,
      reason: hit.reason,
    });
    if (out.length >= MAX_CANDIDATES * 2) break;
  }
  return out;
}

function fromCodes(scored: readonly ScoredCode[]): Candidate[] {
  return scored.map(({ entry, score, reason }) => ({ entry, score, reason }));
}

function matchResult(
  entry: LookupEntry,
  messageIndex: number | undefined,
  reason: string,
  fields: LookupFields,
): LookupResult {
  return {
    kind: 'match',
    code: entry.code,
    ...(messageIndex === undefined ? {} : { messageIndex }),
    url: errorUrl(entry.code, messageIndex),
    reason,
    fields,
  };
}

function joinReasons(...parts: (string | undefined)[]): string {
  return parts.filter((part): part is string => part !== undefined && part.length > 0).join(' ');
}

function searchTextOf(fields: LookupFields, freeText: string): string {
  return (fields.message ?? fields.code ?? freeText).slice(0, SEARCH_TEXT_LIMIT).trim();
}

/**
 * A code word that is not in the catalog and does not look like a code is just a word of text; so is an SDK's error
 * name (`SDK.ServerError`), which is never the API's code.
 */
function isWeakCode(reading: PasteReading, code: string): boolean {
  if (isSdkWrapperName(code)) return true;
  if (reading.codeSource === 'bare') return !looksLikeCode(code);
  if (reading.codeSource === 'leading') return !code.includes('.');
  return false;
}

/**
 * A paste that is only an SDK's error name (`SDK.ServerError`, the first line of a longer output) gets no candidates
 * — the words of "ServerException" are not a message — and a hint where the code is; so does one that names an SDK's
 * error and matches nothing.
 */
function resolveReading(reading: PasteReading, index: CatalogIndex): LookupResult {
  const result = resolveFields(reading, index);
  if (result.kind !== 'candidates' && result.kind !== 'unknown-code') return result;
  const wrapper = sdkWrapperIn(reading.freeText);
  if (!wrapper || !(wrapper.alone || result.candidates.length === 0)) return result;
  return { ...result, hint: wrapper.hint, candidates: [] };
}

function resolveFields(reading: PasteReading, index: CatalogIndex): LookupResult {
  let fields = reading.fields;
  const status = fields.status;
  let query: MessageQuery | undefined = fields.message === undefined ? undefined : messageQuery(fields.message, status);

  if (fields.code !== undefined) {
    const code = fields.code;
    const codeMatch = matchCode(code, index);
    if (codeMatch.kind !== 'near' && codeMatch.kind !== 'none') {
      const pick = pickMessage(codeMatch.entry, query, status, index);
      return matchResult(codeMatch.entry, pick.messageIndex, joinReasons(codeMatch.reason, pick.reason), fields);
    }
    const decision = query ? decideMessage(query, index) : undefined;
    const messageCandidates = decision ? fromMessages(decision.ranked) : [];
    if (codeMatch.kind === 'near') {
      const named = decision?.entry;
      if (named && codeMatch.candidates.some((candidate) => candidate.entry === named)) {
        const reason = `Code “${code}” is not in the reference; it is close to ${named.code}, and ${decision.reason ?? 'the message is its message.'}`;
        return matchResult(named, decision.messageIndex, reason, fields);
      }
      return {
        kind: 'candidates',
        candidates: mergeCandidates(index, fromCodes(codeMatch.candidates), messageCandidates),
        fields,
        searchText: searchTextOf(fields, reading.freeText),
      };
    }
    if (!isWeakCode(reading, code)) {
      return {
        kind: 'unknown-code',
        code,
        candidates: mergeCandidates(index, messageCandidates, fromCodes(codeMatch.candidates)),
        fields,
        searchText: searchTextOf(fields, reading.freeText),
      };
    }
    // A leading word like "DescribeDBInstances returns …" or a plain word: read the whole text as text.
    const rest: LookupFields = { ...fields };
    delete rest.code;
    fields = reading.codeSource === 'leading' ? { ...rest, message: reading.freeText } : rest;
    query = messageQuery(reading.freeText, status);
  }

  query ??= reading.freeText.length > 0 ? messageQuery(reading.freeText, status) : undefined;
  const searchText = searchTextOf(fields, reading.freeText);
  if (!query) return { kind: 'candidates', candidates: [], fields, searchText };

  const decision = decideMessage(query, index);
  if (decision.entry) return matchResult(decision.entry, decision.messageIndex, decision.reason ?? '', fields);

  const mentioned = codesMentioned(reading.freeText, index);
  const [only] = mentioned;
  if (only && mentioned.length === 1) {
    const pick = pickMessage(only, query, status, index);
    return matchResult(only, pick.messageIndex, joinReasons(`The text names code ${only.code}.`, pick.reason), fields);
  }
  const mentionCandidates = mentioned.map((entry) => ({
    entry,
    score: 0.8,
    reason: `The text names code ${entry.code}.`,
  }));
  return {
    kind: 'candidates',
    candidates: mergeCandidates(index, mentionCandidates, fromMessages(decision.ranked)),
    fields,
    searchText,
  };
}

function safeFallback(text: unknown): LookupResult {
  const searchText = typeof text === 'string' ? text.slice(0, SEARCH_TEXT_LIMIT).trim() : '';
  return searchText.length === 0 ? { kind: 'empty' } : { kind: 'candidates', candidates: [], fields: {}, searchText };
}

/**
 * Resolves anything a user pasted (an SDK, CLI or Terraform error, a JSON body, a log line, a troubleshoot link, a
 * bare code or message) against the catalog.
 */
export function resolveErrorText(text: string, catalog: readonly LookupEntry[]): LookupResult {
  try {
    const reading = readPaste(typeof text === 'string' ? text : '');
    if (reading.blank) return { kind: 'empty' };
    return resolveReading(reading, indexCatalog(catalog));
  } catch {
    return safeFallback(text);
  }
}

/** Resolves fields read elsewhere (e.g. from query parameters). Empty when no code, message or request ID is given. */
export function resolveLookupFields(fields: LookupFields, catalog: readonly LookupEntry[]): LookupResult {
  try {
    const code = fields.code?.trim();
    const message = fields.message?.trim();
    const clean: LookupFields = { ...fields };
    if (code) clean.code = code;
    else delete clean.code;
    if (message) clean.message = message;
    else delete clean.message;
    if (!code && !message && !fields.requestId) return { kind: 'empty' };
    const reading: PasteReading = {
      fields: clean,
      ...(code ? { codeSource: 'field' as const } : {}),
      freeText: (message ?? code ?? '').slice(0, 1000),
      blank: false,
    };
    return resolveReading(reading, indexCatalog(catalog));
  } catch {
    return { kind: 'empty' };
  }
}

/**
 * Resolves the lookup page's troubleshoot parameters (`?q=<Code or text>&product=Dds&requestId=<id>`, or
 * `Keyword=`): a code-shaped `q` is a code; other text is resolved like a paste. `product` and `requestId` are
 * kept in the fields.
 */
export function resolveTroubleshootParams(params: ParamSource, catalog: readonly LookupEntry[]): LookupResult {
  const info = troubleshootInfoFromParams(params);
  const extra: LookupFields = {
    ...(info.product === undefined ? {} : { product: info.product }),
    ...(info.requestId === undefined ? {} : { requestId: info.requestId }),
  };
  if (info.code === undefined && info.query !== undefined) {
    const result = resolveErrorText(info.query, catalog);
    return result.kind === 'empty' ? result : { ...result, fields: { ...extra, ...result.fields } };
  }
  return resolveLookupFields({ ...(info.code === undefined ? {} : { code: info.code }), ...extra }, catalog);
}
