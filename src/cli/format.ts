import { absoluteUrl, errorUrlForOperation } from '../catalog/urls.ts';
import { lookupHeadline } from '../lookup/headline.ts';
import type { AccessDeniedExplanation } from '../lookup/access-denied.ts';
import type { LookupFields, LookupResult } from '../lookup/types.ts';
import type { CliCode, CliData } from './data.ts';

/** How printed text is styled: bold and dim on a terminal, plain text everywhere else. */
export interface Style {
  bold: (text: string) => string;
  dim: (text: string) => string;
}

export const PLAIN: Style = { bold: (text) => text, dim: (text) => text };
export const ANSI: Style = {
  bold: (text) => `\u001b[1m${text}\u001b[22m`,
  dim: (text) => `\u001b[2m${text}\u001b[22m`,
};

/** Guidance Markdown for a terminal: links as `text <url>`, site links made absolute; the rest as written. */
export function terminalMarkdown(markdown: string, base: string): string {
  return markdown.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_all, text: string, href: string) => {
    const url = absoluteUrl(base, href);
    return text.replace(/`/g, '') === url ? url : `${text} <${url}>`;
  });
}

const indent = (text: string, by = '  ') =>
  text
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : `${by}${line}`))
    .join('\n');

function fieldsLines(fields: LookupFields): string[] {
  const read: [string, string | number | undefined][] = [
    ['Code', fields.code],
    ['HTTP status', fields.status],
    ['Operation', fields.operation],
    ['RequestId', fields.requestId],
    ['Host', fields.host],
  ];
  return read.filter(([, value]) => value !== undefined).map(([label, value]) => `${label}: ${String(value)}`);
}

/** RAM's AccessDeniedDetail of the paste, in words, with the policy that allows the action. */
function accessDeniedLines(explanation: AccessDeniedExplanation | undefined, style: Style): string[] {
  if (!explanation) return [];
  return [
    '',
    style.bold('Permission denied, decoded'),
    ...explanation.lines.map((line) => `  ${line}`),
    ...(explanation.policy ? ['  The smallest RAM policy that allows it:', indent(explanation.policy, '    ')] : []),
    ...(explanation.decodeCommand
      ? ['  RAM decodes the encoded diagnosis (needs ram:DecodeDiagnosticMessage):', `    ${explanation.decodeCommand}`]
      : []),
  ];
}

/** One code in full: what `show` prints, and `explain` after a match. */
export function formatCode(code: CliCode, base: string, style: Style, url?: string): string {
  const { record } = code;
  const statuses = record.statuses.length > 0 ? ` (HTTP ${record.statuses.join(', ')})` : '';
  return [
    `${style.bold(record.code)}${statuses}`,
    record.summary,
    '',
    `${style.bold('Category:')} ${code.categoryLabel}`,
    `${style.bold('Retry:')} ${code.retryLabel} (${record.retry}). ${code.retryAdvice}`,
    '',
    style.bold('How to fix'),
    indent(terminalMarkdown(code.howToFix, base)),
    '',
    style.bold('When to retry'),
    indent(terminalMarkdown(code.whenToRetry, base)),
    '',
    `${style.bold('Page:')} ${absoluteUrl(base, url ?? record.url)}`,
  ].join('\n');
}

/** What `explain` prints for a resolver result. */
export function formatResult(result: LookupResult, data: CliData, base: string, style: Style): string {
  if (result.kind === 'empty') return 'The text holds no error to explain.';
  if (result.kind === 'match') {
    const code = data.codes.find((candidate) => candidate.record.code === result.code);
    if (!code) return `${result.code}: ${absoluteUrl(base, result.url)}`;
    const page = data.lookup.entries.find((entry) => entry.code === result.code)?.page ?? result.code;
    const url = result.operation ? errorUrlForOperation(page, result.operation, result.messageIndex) : result.url;
    const read = fieldsLines(result.fields);
    return [
      formatCode(code, base, style, url),
      ...accessDeniedLines(result.accessDenied, style),
      ...(result.note ? ['', result.note] : []),
      ...(read.length > 0 ? ['', style.dim(`Read from your paste: ${read.join(' · ')}`)] : []),
    ].join('\n');
  }
  const { lead, listIntro } = lookupHeadline(result);
  const lines = [lead];
  if (result.kind === 'candidates' && result.hint) lines.push(result.hint);
  const candidates = result.kind === 'candidates' || result.kind === 'unknown-code' ? result.candidates : [];
  if (candidates.length > 0) {
    lines.push('', listIntro ?? 'Possible codes:');
    for (const candidate of candidates)
      lines.push(
        `  ${style.bold(candidate.code)}  ${absoluteUrl(base, candidate.url)}`,
        `    ${style.dim(candidate.reason)}`,
      );
  }
  if (result.kind === 'candidates' || result.kind === 'unknown-code')
    lines.push(...accessDeniedLines(result.accessDenied, style));
  const troubleshoot =
    result.kind === 'unknown-code' || result.kind === 'other-product' ? result.troubleshootUrl : undefined;
  if (troubleshoot) lines.push('', `Alibaba Cloud’s troubleshooting for it: ${troubleshoot}`);
  if (result.kind === 'candidates' || result.kind === 'unknown-code')
    lines.push(
      '',
      `Search the reference: ${absoluteUrl(base, `/search/?q=${encodeURIComponent(result.searchText.slice(0, 200))}`)}`,
    );
  return lines.join('\n');
}

/** `list`: one line a code. */
export function formatList(codes: readonly CliCode[], base: string, style: Style): string {
  return codes
    .map(
      ({ record }) =>
        `${style.bold(record.code)}\t${record.statuses.join(',')}\t${record.category}\t${absoluteUrl(base, record.url)}`,
    )
    .join('\n');
}
