import type { Nodes, Root } from 'mdast';
import { markdownToMdast, type Features } from 'satteri';

/**
 * The Markdown guidance files are written in: GitHub Flavored Markdown (tables, strikethrough, task lists, literal
 * autolinks) without footnotes, raw HTML, unsafe link targets or any non-GFM extension. It is parsed by Sätteri, the native
 * Markdown parser behind Astro 7's default Markdown processor, into a standard mdast tree with positions: the same
 * tree remark would build, at about a twentieth of the time (a 10,000-code build parses 23 MB of guidance). Every
 * feature is spelled out, so a new Sätteri default cannot change what a guidance file means.
 */
const GUIDANCE_FEATURES: Features = {
  gfm: { footnotes: false },
  frontmatter: false,
  math: false,
  headingAttributes: false,
  directive: false,
  superscript: false,
  subscript: false,
  wikilinks: false,
  definitionList: false,
  smartPunctuation: false,
  rawHtml: false,
};

/** Parses guidance Markdown (a body without its frontmatter) into mdast; positions are the text's lines and offsets. */
export function parseGuidanceMarkdown(markdown: string): Root {
  return markdownToMdast(markdown, { features: GUIDANCE_FEATURES, position: true }) as Root;
}

/** Link targets a guidance file may use: site and relative paths, anchors, http(s) and mailto. */
export function isSafeUrl(url: string): boolean {
  const target = url.trim();
  if (target.startsWith('//')) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return /^(?:https?|mailto):/i.test(target);
  return true;
}

/** Longest excerpt of the offending text quoted in a problem. */
const EXCERPT = 60;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

/** A construct a guidance file may not use, at a line of the parsed text. */
export interface SyntaxProblem {
  line: number | undefined;
  problem: string;
}

/**
 * What the guidance syntax rejects, found in the parsed tree: raw HTML (block or inline, `<region-id>` included:
 * Markdown reads any tag-shaped text as HTML) and links, images or link definitions to a scheme other than
 * http(s) or mailto (`javascript:`, `data:`) or to another host without a scheme (`//host`). Code spans and code
 * blocks may hold any text.
 */
export function syntaxProblems(tree: Root): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  const visit = (node: Nodes): void => {
    const line = node.position?.start.line;
    if (node.type === 'html') {
      problems.push({
        line,
        problem: `raw HTML is not allowed ("${excerpt(node.value)}"): write Markdown, or put the text in backticks to show it as code`,
      });
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
      const what = node.type === 'image' ? 'an image' : node.type === 'definition' ? 'a link definition' : 'a link';
      problems.push({
        line,
        problem: `${what} to "${excerpt(node.url)}" is not allowed: only http(s), mailto, site paths and anchors`,
      });
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return problems;
}
