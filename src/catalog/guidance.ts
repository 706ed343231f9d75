import { readYaml } from './yaml-source.ts';
import type { Heading, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { guidanceFrontmatterSchema, type Guidance } from './schema.ts';
import { parseGuidanceMarkdown, syntaxProblems } from './guidance-syntax.ts';
import { renderGuidance, type GuidanceHeading, type RenderContext } from './render-guidance.ts';
import { ContentError } from './content-error.ts';
import { guidanceMentions } from './guidance-mentions.ts';
import { standardProblems, type StandardContext } from './guidance-standard.ts';
import { codeOfErrorUrl } from './urls.ts';

/** The sections every guidance page has, in this order. */
export const GUIDANCE_SECTIONS = ['What it means', 'Common causes', 'How to fix', 'When to retry', 'Example'] as const;

/** A guidance file read from disk: the code comes from the file name. */
export interface GuidanceFile {
  code: string;
  /** Path relative to the project root, used in messages. */
  file: string;
  text: string;
}

/**
 * One guidance file, validated and rendered. It keeps no parse tree, so the syntax tree is garbage as soon as the
 * file is done.
 */
export interface PreparedGuidance {
  code: string;
  guidance: Guidance;
  /** Markdown body after the frontmatter. */
  body: string;
  /** The body rendered to HTML (links to other codes kept out of the search index). */
  html: string;
  headings: GuidanceHeading[];
  /** Line of each top-level frontmatter field in the file, for problems found later (an unknown related code). */
  fieldLines: Record<string, number>;
  /** Each link in the body to a code page, with its line in the file, for the catalog to check the code exists. */
  codeLinks: { code: string; href: string; line: number | undefined }[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface Frontmatter {
  data: unknown;
  /** Line in the file of each top-level field. */
  fieldLines: Record<string, number>;
  bodyOffsetLines: number;
  body: string;
}

/** Top-level YAML keys (`category: …`) in the frontmatter text, by line (the file's line 1 is the opening `---`). */
function fieldLinesOf(yaml: string): Record<string, number> {
  const lines: Record<string, number> = {};
  yaml.split(/\r?\n/).forEach((text, index) => {
    const key = /^([A-Za-z][\w-]*)\s*:/.exec(text)?.[1];
    if (key !== undefined && lines[key] === undefined) lines[key] = index + 2;
  });
  return lines;
}

/** Splits a guidance file into its YAML frontmatter (parsed) and body; a bad frontmatter throws a ContentError. */
export function frontmatterOf(source: GuidanceFile): Frontmatter {
  const match = FRONTMATTER.exec(source.text);
  if (!match) throw new ContentError(source.file, 1, 'no YAML frontmatter: the file must start with a --- block');
  // The frontmatter's first line is the file's line 2, after the opening `---`.
  const yaml = readYaml(match[1] ?? '', 2);
  if ('error' in yaml)
    throw new ContentError(source.file, yaml.error.line ?? 1, `invalid YAML frontmatter: ${yaml.error.reason}`);
  const { data } = yaml;
  const bodyOffsetLines = match[0].split('\n').length - 1;
  return {
    data: data ?? {},
    fieldLines: fieldLinesOf(match[1] ?? ''),
    bodyOffsetLines,
    body: source.text.slice(match[0].length),
  };
}

function checkSections(source: GuidanceFile, tree: Root, bodyOffsetLines: number): ContentError[] {
  const headings = tree.children
    .filter((node): node is Heading => node.type === 'heading' && node.depth <= 2)
    .map((node) => ({
      text: toString(node).trim(),
      depth: node.depth,
      line: (node.position?.start.line ?? 0) + bodyOffsetLines,
    }));
  const errors: ContentError[] = [];
  for (const heading of headings) {
    if (heading.depth === 1)
      errors.push(
        new ContentError(
          source.file,
          heading.line,
          `use "##" section headings, not "#" ("${heading.text}"): the page title is the code`,
        ),
      );
  }
  const found = headings.filter((heading) => heading.depth === 2).map((heading) => heading.text);
  for (const section of GUIDANCE_SECTIONS) {
    if (!found.includes(section))
      errors.push(new ContentError(source.file, undefined, `missing section "## ${section}"`));
  }
  const known = found.filter((text): text is (typeof GUIDANCE_SECTIONS)[number] =>
    (GUIDANCE_SECTIONS as readonly string[]).includes(text),
  );
  const expectedOrder = GUIDANCE_SECTIONS.filter((section) => known.includes(section));
  if (errors.length === 0 && known.join('\n') !== expectedOrder.join('\n')) {
    errors.push(
      new ContentError(
        source.file,
        undefined,
        `sections out of order: expected ${GUIDANCE_SECTIONS.map((s) => `"${s}"`).join(', ')}`,
      ),
    );
  }
  for (const heading of headings) {
    if (heading.depth === 2 && !(GUIDANCE_SECTIONS as readonly string[]).includes(heading.text)) {
      errors.push(
        new ContentError(
          source.file,
          heading.line,
          `unknown section "## ${heading.text}" (allowed: ${GUIDANCE_SECTIONS.join(', ')})`,
        ),
      );
    }
  }
  return errors;
}

/** The links of a body to code pages (`/errors/<Code>/…`), with their lines in the body. */
function linksToCodes(tree: Root): { code: string; href: string; line: number | undefined }[] {
  const links: { code: string; href: string; line: number | undefined }[] = [];
  const walk = (node: Nodes): void => {
    const code = node.type === 'link' ? codeOfErrorUrl(node.url) : undefined;
    if (node.type === 'link' && code !== undefined)
      links.push({ code, href: node.url, line: node.position?.start.line });
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return links;
}

/**
 * Parses, validates and renders one guidance file on its own (cross-file checks live in the catalog). The body is
 * parsed once (guidance-syntax.ts); the same tree is checked (sections, syntax) and rendered.
 */
export function prepareGuidance(
  source: GuidanceFile,
  context: RenderContext & { standard?: StandardContext } = {
    operationLinks: new Map(),
    codePages: new Map(),
    pageCodes: new Set([source.code]),
  },
): { prepared?: PreparedGuidance; problems: ContentError[] } {
  let frontmatter: Frontmatter;
  try {
    frontmatter = frontmatterOf(source);
  } catch (error) {
    if (error instanceof ContentError) return { problems: [error] };
    throw error;
  }
  const tree = parseGuidanceMarkdown(frontmatter.body);
  const errors = checkSections(source, tree, frontmatter.bodyOffsetLines);
  for (const { line, problem } of syntaxProblems(tree)) {
    errors.push(
      new ContentError(source.file, line === undefined ? undefined : line + frontmatter.bodyOffsetLines, problem),
    );
  }
  const result = guidanceFrontmatterSchema.safeParse(frontmatter.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.length > 0 ? issue.path.join('.') : 'frontmatter';
      const value = issue.path.reduce<unknown>(
        (node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key],
        frontmatter.data,
      );
      const shown = typeof value === 'string' ? ` (got "${value}")` : '';
      const line = frontmatter.fieldLines[String(issue.path[0])];
      errors.push(new ContentError(source.file, line, `frontmatter "${field}": ${issue.message}${shown}`));
    }
  }
  if (!result.success || errors.length > 0) return { problems: errors };
  const codeLinks = linksToCodes(tree).map(({ line, ...link }) => ({
    ...link,
    line: line === undefined ? undefined : line + frontmatter.bodyOffsetLines,
  }));
  const guidance = { ...result.data, file: source.file };
  // The written standard, when the catalog knows the API (guidance-standard.ts); the page still renders.
  const belowStandard: ContentError[] = [];
  if (context.standard) {
    if (guidance.sources.length === 0)
      belowStandard.push(
        new ContentError(
          source.file,
          frontmatter.fieldLines.sources ?? 1,
          'cites no sources: list under "sources:" the URL, repo/path@commit or content/source/ file behind each claim',
        ),
      );
    for (const { line, problem } of standardProblems(guidance, guidanceMentions(tree), context.standard))
      belowStandard.push(
        new ContentError(source.file, line === undefined ? undefined : line + frontmatter.bodyOffsetLines, problem),
      );
  }
  const { html, headings } = renderGuidance(tree, context);
  return {
    prepared: {
      code: source.code,
      guidance,
      body: frontmatter.body,
      html,
      headings,
      fieldLines: frontmatter.fieldLines,
      codeLinks,
    },
    problems: belowStandard,
  };
}
