import type { Root } from 'mdast';
import { markdownToMdast, type Features } from 'satteri';

/**
 * The Markdown guidance files are written in: GitHub Flavored Markdown (tables, strikethrough, task lists, literal
 * autolinks) without footnotes, raw-HTML reparsing or any non-GFM extension. It is parsed by Sätteri, the native
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
