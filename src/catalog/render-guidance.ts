import type { Element, Root as HastRoot, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import GithubSlugger from 'github-slugger';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { neutraliseMarkdown } from './safe-markdown.ts';

/** A heading of a guidance page, for the table of contents (the shape Astro's `render()` returns). */
export interface GuidanceHeading {
  depth: number;
  slug: string;
  text: string;
}

const markdownParser = unified().use(remarkParse).use(remarkGfm);

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

/**
 * Renders guidance Markdown to HTML with remark/rehype: raw HTML and unsafe links are neutralised first
 * (safe-markdown.ts), headings get GitHub-style ids, and code blocks stay plain `<pre><code>` — light to ship and
 * fast to build at any catalog size. Raw HTML never reaches the output (`allowDangerousHtml` is off).
 */
export function renderGuidance(markdown: string): { html: string; headings: GuidanceHeading[] } {
  const mdast = markdownParser.parse(neutraliseMarkdown(markdown));
  const hast = toHast(mdast) as HastRoot;
  const headings: GuidanceHeading[] = [];
  visitHeadings(hast, new GithubSlugger(), headings);
  return { html: toHtml(hast), headings };
}
