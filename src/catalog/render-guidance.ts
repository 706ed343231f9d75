import type { Element, Root as HastRoot, RootContent } from 'hast';
import type { Root } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import GithubSlugger from 'github-slugger';
import { toHast } from 'mdast-util-to-hast';
import { codeOfErrorUrl } from './urls.ts';

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
function unindexLinksToOtherCodes(node: HastRoot | RootContent, ownCode: string): void {
  if (node.type === 'element' && node.tagName === 'a') {
    const href = node.properties.href;
    const linkedCode = typeof href === 'string' ? codeOfErrorUrl(href) : undefined;
    if (linkedCode !== undefined && linkedCode !== ownCode)
      node.properties = { dataPagefindIgnore: '', ...node.properties };
  }
  if ('children' in node) for (const child of node.children) unindexLinksToOtherCodes(child, ownCode);
}

/**
 * Renders the guidance body of `code` — the tree guidance.ts parsed and neutralised while validating it — to HTML:
 * headings get GitHub-style ids, code blocks stay plain `<pre><code>` (light to ship, fast to build at any catalog
 * size), and text that would mislead search is marked `data-pagefind-ignore`. Raw HTML never reaches the output
 * (`allowDangerousHtml` is off).
 */
export function renderGuidance(tree: Root, code: string): { html: string; headings: GuidanceHeading[] } {
  const hast = toHast(tree) as HastRoot;
  const headings: GuidanceHeading[] = [];
  visitHeadings(hast, new GithubSlugger(), headings);
  unindexSampleOutput(hast);
  unindexLinksToOtherCodes(hast, code);
  return { html: toHtml(hast), headings };
}
