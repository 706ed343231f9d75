import type { Element, Root as HastRoot, RootContent } from 'hast';
import type { Root } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import GithubSlugger from 'github-slugger';
import { toHast } from 'mdast-util-to-hast';
import { codeOfErrorUrl, errorUrl, localeUrl } from './urls.ts';

/** A heading of a guidance page, for the table of contents (the shape Astro's `render()` returns). */
export interface GuidanceHeading {
  depth: number;
  slug: string;
  text: string;
}

function visitHeadings(node: HastRoot | RootContent, slugger: GithubSlugger, headings: GuidanceHeading[]): void {
  if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) {
    const element = node as Element;
    const text = toString(element);
    const slug = slugger.slug(text);
    element.properties = { ...element.properties, id: slug };
    headings.push({ depth: Number(element.tagName.slice(1)), slug, text });
  }
  if ('children' in node) for (const child of node.children) visitHeadings(child, slugger, headings);
}

/** The guidance section whose code blocks are sample output (made-up RequestIds, URLs), not words worth searching. */
const SAMPLE_OUTPUT_SECTION = 'example';

/**
 * Keeps the sample-output code blocks of the Example section out of the search index: every code's example holds
 * the same JSON keys and a random RequestId, which only add noise (and, at 10,000 codes, half of Pagefind's words).
 * The code and message they show are indexed where the page states them.
 */
function unindexSampleOutput(root: HastRoot): void {
  let section: unknown;
  for (const node of root.children) {
    if (node.type !== 'element') continue;
    // visitHeadings gave every heading its slug as id.
    if (node.tagName === 'h2') section = node.properties.id;
    else if (node.tagName === 'pre' && section === SAMPLE_OUTPUT_SECTION)
      node.properties = { ...node.properties, dataPagefindIgnore: '' };
  }
}

/**
 * Keeps other codes' names out of a page's search index: a link from one code page to another is still shown and
 * clickable, but Pagefind does not count it, so a search for code B does not rank the page of code A that merely
 * mentions B. Links to the page's own code, and to any page that is not a code's, stay indexed.
 */
function unindexLinksToOtherCodes(node: HastRoot | RootContent, own: ReadonlySet<string>): void {
  if (node.type === 'element' && node.tagName === 'a') {
    const href = node.properties.href;
    const linkedCode = typeof href === 'string' ? codeOfErrorUrl(href) : undefined;
    if (linkedCode !== undefined && !own.has(linkedCode))
      node.properties = { dataPagefindIgnore: '', ...node.properties };
  }
  if ('children' in node) for (const child of node.children) unindexLinksToOtherCodes(child, own);
}

/**
 * A link to a code that shares another code's page (`/errors/InvalidDbInstanceId.NotFound/`) points at that page, so
 * it works on any host; the query and anchor are kept.
 */
function linkCodesToTheirPages(node: HastRoot | RootContent, codePages: ReadonlyMap<string, string>): void {
  if (node.type === 'element' && node.tagName === 'a' && typeof node.properties.href === 'string') {
    const href = node.properties.href;
    const linked = codeOfErrorUrl(href);
    const page = linked === undefined ? undefined : codePages.get(linked);
    if (linked !== undefined && page !== undefined && page !== linked)
      node.properties = { ...node.properties, href: errorUrl(page) + href.replace(/^[^?#]*/, '') };
  }
  if ('children' in node) for (const child of node.children) linkCodesToTheirPages(child, codePages);
}

/**
 * The same for other codes named in inline code (`InvalidPreferredBackupTime.Format` on the page of
 * `InvalidPreferredBackupTime.Malformed`): shown, not counted, so each code's own page ranks first for it.
 */
function unindexOtherCodeNames(
  node: HastRoot | RootContent,
  codePages: ReadonlyMap<string, string>,
  own: ReadonlySet<string>,
): void {
  if (node.type === 'element' && node.tagName === 'pre') return;
  if (node.type === 'element' && node.tagName === 'code') {
    const name = toString(node);
    if (codePages.has(name) && !own.has(name)) node.properties = { dataPagefindIgnore: '', ...node.properties };
    return;
  }
  if ('children' in node) for (const child of node.children) unindexOtherCodeNames(child, codePages, own);
}

/**
 * Links every operation named in inline code (`CreateDBInstance`) to its page in the API reference, so the reader is
 * one click from the operation's parameters; code already inside a link stays as it is.
 */
function linkOperations(node: HastRoot | RootContent, operationLinks: ReadonlyMap<string, string>): void {
  if (!('children' in node)) return;
  node.children = node.children.map((child) => {
    if (child.type !== 'element') return child;
    if (child.tagName === 'a' || child.tagName === 'pre') return child;
    if (child.tagName === 'code') {
      const href = operationLinks.get(toString(child));
      return href === undefined ? child : { type: 'element', tagName: 'a', properties: { href }, children: [child] };
    }
    linkOperations(child, operationLinks);
    return child;
  });
}

/** Points every site link (`/errors/X/`, `/guides/…`) at the page in `locale`; files and other URLs stay. */
function localiseLinks(node: HastRoot | RootContent, locale: string): void {
  if (node.type === 'element' && node.tagName === 'a' && typeof node.properties.href === 'string')
    node.properties = { ...node.properties, href: localeUrl(locale, node.properties.href) };
  if ('children' in node) for (const child of node.children) localiseLinks(child, locale);
}

/** What the renderer needs to know of the rest of the catalog. */
export interface RenderContext {
  /** Each operation of the API metadata, by name, with the URL of its page in the API reference. */
  operationLinks: ReadonlyMap<string, string>;
  /** Every code of the catalog, with the code whose spelling names its page (`ErrorEntry.page`). */
  codePages: ReadonlyMap<string, string>;
  /** The codes of the page being rendered (one, or several that differ only in letter case). */
  pageCodes: ReadonlySet<string>;
  /** The page's language (`localeUrl`); English when unset. */
  locale?: string;
}

/**
 * Renders a guidance body — the tree guidance.ts parsed and checked — to HTML: headings get GitHub-style
 * ids, code blocks stay plain `<pre><code>` (light to ship, fast to build at any catalog size), operation names link
 * to the API reference, and text that would mislead search is marked `data-pagefind-ignore`. Raw HTML never
 * reaches the output (guidance with raw HTML is rejected before this; `allowDangerousHtml` is off).
 */
export function renderGuidance(
  tree: Root,
  { operationLinks, codePages, pageCodes, locale }: RenderContext = {
    operationLinks: new Map(),
    codePages: new Map(),
    pageCodes: new Set(),
  },
): { html: string; headings: GuidanceHeading[] } {
  const hast = toHast(tree) as HastRoot;
  const headings: GuidanceHeading[] = [];
  visitHeadings(hast, new GithubSlugger(), headings);
  unindexSampleOutput(hast);
  linkCodesToTheirPages(hast, codePages);
  unindexLinksToOtherCodes(hast, pageCodes);
  unindexOtherCodeNames(hast, codePages, pageCodes);
  linkOperations(hast, operationLinks);
  if (locale !== undefined) localiseLinks(hast, locale);
  return { html: toHtml(hast), headings };
}
