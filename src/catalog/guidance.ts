import { JSON_SCHEMA, load as loadYaml } from 'js-yaml';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { guidanceFrontmatterSchema, type Guidance } from './schema.ts';
import { parseGuidanceMarkdown } from './guidance-syntax.ts';
import { neutraliseMarkdown } from './safe-markdown.ts';
import { renderGuidance, type GuidanceHeading } from './render-guidance.ts';
import { ContentError, type ContentProblem } from './content-error.ts';

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
 * One guidance file, validated and rendered. Plain data only (no parse tree, no class instances), so it can cross
 * from a worker thread and the syntax tree is garbage as soon as the file is done.
 */
export interface PreparedGuidance {
  code: string;
  guidance: Guidance;
  /** Markdown body after the frontmatter. */
  body: string;
  /** The body rendered to HTML (neutralised; links to other codes kept out of the search index). */
  html: string;
  headings: GuidanceHeading[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function frontmatterOf(source: GuidanceFile): { data: unknown; bodyOffsetLines: number; body: string } {
  const match = FRONTMATTER.exec(source.text);
  if (!match) throw new ContentError(source.file, 1, 'no YAML frontmatter: the file must start with a --- block');
  let data: unknown;
  try {
    data = loadYaml(match[1] ?? '', { schema: JSON_SCHEMA });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    throw new ContentError(
      source.file,
      mark?.line === undefined ? 1 : mark.line + 2,
      `invalid YAML frontmatter: ${reason}`,
    );
  }
  const bodyOffsetLines = match[0].split('\n').length - 1;
  return { data: data ?? {}, bodyOffsetLines, body: source.text.slice(match[0].length) };
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

/**
 * Parses, validates and renders one guidance file on its own (cross-file checks live in the catalog). The body is
 * parsed once (guidance-syntax.ts, after neutralising); the same tree is checked and rendered.
 */
export function prepareGuidance(source: GuidanceFile): { prepared?: PreparedGuidance; problems: ContentProblem[] } {
  let frontmatter: ReturnType<typeof frontmatterOf>;
  try {
    frontmatter = frontmatterOf(source);
  } catch (error) {
    if (error instanceof ContentError) return { problems: [error.toProblem()] };
    throw error;
  }
  // Neutralising keeps every line where it was, so positions in the tree are still the file's lines.
  const tree = parseGuidanceMarkdown(neutraliseMarkdown(frontmatter.body));
  const errors = checkSections(source, tree, frontmatter.bodyOffsetLines);
  const result = guidanceFrontmatterSchema.safeParse(frontmatter.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.length > 0 ? issue.path.join('.') : 'frontmatter';
      const value = issue.path.reduce<unknown>(
        (node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key],
        frontmatter.data,
      );
      const shown = typeof value === 'string' ? ` (got "${value}")` : '';
      errors.push(new ContentError(source.file, undefined, `frontmatter "${field}": ${issue.message}${shown}`));
    }
  }
  const problems = errors.map((error) => error.toProblem());
  if (!result.success || problems.length > 0) return { problems };
  const { html, headings } = renderGuidance(tree, source.code);
  return {
    prepared: {
      code: source.code,
      guidance: { ...result.data, file: source.file },
      body: frontmatter.body,
      html,
      headings,
    },
    problems,
  };
}
