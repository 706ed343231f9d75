import type { Catalog } from './catalog.ts';
import { compareCodes } from './codes.ts';
import { EXPORT_PATHS } from './export.ts';
import { GUIDANCE_SECTIONS } from './guidance.ts';
import type { ErrorEntry, OperationEntry } from './schema.ts';
import { CATEGORIES, RETRY_ADVICE } from './taxonomy.ts';
import { absoluteUrl, errorUrl, guidanceSourceUrl, operationUrl, twinUrl } from './urls.ts';

/**
 * The site as Markdown, for tools (assistants, scripts, terminals): a twin of every code page and operation page
 * beside its HTML (`/errors/<Page>/index.md`, `/operations/<Operation>/index.md`) with the same facts and guidance,
 * `/llms.txt` (the site, its URLs, a line per code) and `/llms-full.txt` (every code page's twin). Built from the
 * catalog after the site (src/integrations/markdown-twins.ts); links are absolute, under the site's origin.
 */

/** Where the site's summaries for assistants are served. */
export const LLMS_PATHS = { index: '/llms.txt', full: '/llms-full.txt' } as const;

/** The sections every code twin has, in order: the page's own, then the guidance's five. */
export const CODE_TWIN_SECTIONS = ['Messages', 'Returned by', ...GUIDANCE_SECTIONS, 'Reference'] as const;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
/** Site links in guidance Markdown made absolute (`](/errors/X/)` → `](https://…/errors/X/)`). */
const absoluteLinks = (markdown: string, site: string) =>
  markdown.replace(/\]\((\/[^)\s]*)\)/g, (_link, href: string) => `](${absoluteUrl(site, href)})`);

export interface CodeTwinInput {
  page: string;
  /** The page's codes, the page's own first. */
  entries: readonly ErrorEntry[];
  /** The page's guidance body (its five sections). */
  body: string;
}

export function codeTwin({ page, entries, body }: CodeTwinInput, site: string): string {
  const [first] = entries;
  if (!first) throw new Error(`page ${page} has no code`);
  const { guidance } = first;
  const statuses = [...new Set(entries.flatMap((entry) => entry.statuses))];
  const messages = entries.flatMap((entry) => entry.messages.map((message) => ({ code: entry.code, ...message })));
  const rows = entries.flatMap((entry) => entry.returnedBy.map((row) => ({ code: entry.code, ...row })));
  const messageOf = (code: string, index: number) =>
    messages.find((message) => message.code === code && message.index === index)?.text ?? '';
  const lines = [
    `# ${entries.map((entry) => entry.code).join(' · ')}`,
    '',
    `> ${guidance.summary}`,
    '',
    `- Page: ${absoluteUrl(site, errorUrl(page))}`,
    ...(statuses.length > 0 ? [`- HTTP status: ${statuses.join(', ')}`] : []),
    `- Category: ${CATEGORIES[guidance.category].label}`,
    `- Retry: ${RETRY_ADVICE[guidance.retry].label} (\`${guidance.retry}\`). ${RETRY_ADVICE[guidance.retry].advice}`,
    ...(first.aliases.length > 0 ? [`- Also spelled: ${first.aliases.map((alias) => `\`${alias}\``).join(', ')}`] : []),
    '',
    '## Messages',
    '',
    ...(messages.length > 0
      ? [
          '| # | Code | HTTP | Message |',
          '|---|---|---|---|',
          ...messages.map((m) => `| ${m.index} | \`${m.code}\` | ${m.status} | ${cell(m.text)} |`),
        ]
      : ['Alibaba publishes no message for this code; it is seen only in Alibaba’s own tools.']),
    '',
    '## Returned by',
    '',
    ...(rows.length > 0
      ? [
          '| Operation | Code | HTTP | Message |',
          '|---|---|---|---|',
          ...rows.map(
            (row) =>
              `| [\`${row.operation}\`](${absoluteUrl(site, operationUrl(row.operation))}) | \`${row.code}\` | ${row.status} | ${cell(messageOf(row.code, row.messageIndex))} |`,
          ),
        ]
      : ['Alibaba’s API metadata lists no operation that returns it.']),
    '',
    absoluteLinks(body.trim(), site),
    '',
    '## Reference',
    '',
    ...(guidance.operations.length > 0
      ? [
          `- Operations: ${guidance.operations.map((name) => `[\`${name}\`](${absoluteUrl(site, operationUrl(name))})`).join(', ')}`,
        ]
      : []),
    ...(guidance.parameters.length > 0
      ? [`- Parameters: ${guidance.parameters.map((name) => `\`${name}\``).join(', ')}`]
      : []),
    ...(guidance.related.length > 0
      ? [`- Related codes: ${guidance.related.map((code) => `\`${code}\``).join(', ')}`]
      : []),
    ...(guidance.sources.length > 0
      ? [
          '- Sources:',
          ...guidance.sources.map((source) => {
            const href = guidanceSourceUrl(source);
            return href ? `  - <${href}>` : `  - \`${source}\``;
          }),
        ]
      : []),
    '',
  ];
  return lines.join('\n');
}

export function operationTwin(operation: OperationEntry, site: string): string {
  return [
    `# ${operation.name}`,
    '',
    ...(operation.summary ? [`> ${operation.summary}`, ''] : []),
    `- Page: ${absoluteUrl(site, operationUrl(operation.name))}`,
    `- API reference: <${operation.referenceUrl}>`,
    ...(operation.group ? [`- Group: ${operation.group.title}`] : []),
    '',
    '## Error codes it returns',
    '',
    ...(operation.errors.length > 0
      ? [
          '| Code | HTTP | Message |',
          '|---|---|---|',
          ...operation.errors.map(
            (error) =>
              `| [\`${error.code}\`](${absoluteUrl(site, errorUrl(error.page, error.messageIndex))}) | ${error.status} | ${cell(error.message)} |`,
          ),
        ]
      : ['Alibaba’s API metadata lists no error code for it.']),
    '',
  ].join('\n');
}

/** Every code page's twin input, in the catalog's order, and every operation. */
export function twinPages(catalog: Catalog): CodeTwinInput[] {
  const byPage = new Map<string, { entries: ErrorEntry[]; body: string }>();
  for (const { entry, guidanceBody } of catalog.records) {
    const page = byPage.get(entry.page) ?? { entries: [], body: guidanceBody };
    if (entry.code === entry.page) page.entries.unshift(entry);
    else page.entries.push(entry);
    byPage.set(entry.page, page);
  }
  return [...byPage]
    .sort(([a], [b]) => compareCodes(a, b))
    .map(([page, { entries, body }]) => ({ page, entries, body }));
}

export function llmsTxt(catalog: Catalog, pages: readonly CodeTwinInput[], site: string): string {
  const { product } = catalog;
  return [
    `# ${product.name} API errors`,
    '',
    `> Every error code the ${product.name} API (${product.product} ${product.apiVersion}) returns, from Alibaba Cloud's error-code table and API metadata: what it means, why it happens, how to fix it, whether to retry, and the operations that return it.`,
    '',
    'URLs:',
    '',
    `- A code's page: ${site}/errors/<Code>/ (the code exactly as the API returns it; any letter case redirects). Its Markdown: ${site}/errors/<Code>/index.md`,
    `- An operation's page: ${site}/operations/<Operation>/ (Markdown: …/index.md)`,
    `- Look up any error text: ${site}/lookup/?q=<text>`,
    `- Every code as JSON: ${absoluteUrl(site, EXPORT_PATHS.catalog)}; operations: ${absoluteUrl(site, EXPORT_PATHS.operations)}; retry options for Alibaba's SDKs: ${absoluteUrl(site, EXPORT_PATHS.retryOptions)}`,
    `- Every code page's Markdown in one file: ${absoluteUrl(site, LLMS_PATHS.full)}`,
    '',
    '## Error codes',
    '',
    ...pages.map(({ page, entries }) => {
      const [first] = entries;
      const codes = entries.map((entry) => entry.code).join(', ');
      return `- [${codes}](${absoluteUrl(site, twinUrl(errorUrl(page)))}): ${first?.guidance.summary ?? ''}`;
    }),
    '',
    '## Operations',
    '',
    ...catalog.operations.map(
      (operation) =>
        `- [${operation.name}](${absoluteUrl(site, twinUrl(operationUrl(operation.name)))})${operation.summary ? `: ${operation.summary}` : ''}`,
    ),
    '',
  ].join('\n');
}

export function llmsFullTxt(catalog: Catalog, pages: readonly CodeTwinInput[], site: string): string {
  return [
    `# ${catalog.product.name} API errors: every code page`,
    '',
    ...pages.map((page) => codeTwin(page, site)),
  ].join('\n');
}
