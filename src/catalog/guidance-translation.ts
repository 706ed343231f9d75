import type { Code, Heading, Link, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { z } from 'zod';
import { ContentError } from './content-error.ts';
import { GUIDANCE_SECTIONS, frontmatterOf, type GuidanceFile } from './guidance.ts';
import { parseGuidanceMarkdown, syntaxProblems } from './guidance-syntax.ts';
import { renderGuidance, type GuidanceHeading, type RenderContext } from './render-guidance.ts';
import type { Glossary } from './glossary.ts';

/**
 * The section headings of a guidance page in each language the site is translated into, in the order of
 * GUIDANCE_SECTIONS (What it means, Common causes, How to fix, When to retry, Example).
 */
export const TRANSLATED_SECTIONS: Readonly<Record<string, readonly string[]>> = {
  'zh-cn': ['错误含义', '常见原因', '解决方法', '何时重试', '示例'],
};

/**
 * Frontmatter of a translated guidance file (`content/guidance/<locale>/<Code>.md`): only what is said in words. The
 * facts — category, retry class, operations, parameters, related codes, aliases, sources — live once, in the English
 * file.
 */
export const translatedFrontmatterSchema = z.strictObject({
  summary: z.string().trim().min(8).max(200),
  /** Words a reader of this language searches for when they have the error (weighted in that language's search). */
  keywords: z.array(z.string().trim().min(2).max(60)).default([]),
});

/** One page's guidance in one other language, validated against its English file and rendered. */
export interface TranslatedGuidance {
  locale: string;
  page: string;
  file: string;
  summary: string;
  keywords: string[];
  body: string;
  html: string;
  headings: GuidanceHeading[];
}

/** What a translation is checked against: the English file's body and the names the catalog knows. */
export interface TranslationContext extends RenderContext {
  /** The English guidance body of the same page. */
  englishBody: string;
  englishFile: string;
  /** Every operation and parameter name of the metadata, and every code: a code span naming one must be in English. */
  names: ReadonlySet<string>;
  glossary?: Glossary;
}

interface BodyParts {
  codeSpans: Set<string>;
  links: Set<string>;
  blocks: Code[];
}

function partsOf(tree: Root): BodyParts {
  const parts: BodyParts = { codeSpans: new Set(), links: new Set(), blocks: [] };
  const walk = (node: Nodes): void => {
    if (node.type === 'inlineCode') parts.codeSpans.add(node.value.trim());
    else if (node.type === 'code') parts.blocks.push(node);
    else if (node.type === 'link') parts.links.add((node as Link).url);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return parts;
}

/** Languages whose `#` lines are comments: a translation may put them in its own words. */
const HASH_COMMENTS = new Set(['sh', 'bash', 'shell', 'console', 'hcl', 'terraform', 'python', 'py', 'yaml', 'toml']);
const SLASH_COMMENTS = new Set(['go', 'java', 'js', 'javascript', 'ts', 'typescript', 'csharp', 'cs', 'php']);

/** A code block's lines that must stay as the English writes them (its comment lines may be translated). */
function fixedLines(block: Code): string[] {
  const lang = (block.lang ?? '').toLowerCase();
  return block.value
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => {
      const text = line.trim();
      if (HASH_COMMENTS.has(lang) && text.startsWith('#')) return false;
      if (SLASH_COMMENTS.has(lang) && text.startsWith('//')) return false;
      return true;
    });
}

/** Runs of five or more English words in running text: a sentence left untranslated. */
const ENGLISH_SENTENCE = /\b[A-Za-z][a-z']*(?:[ ,]+[A-Za-z][a-z']*){4,}\b/;

function textProblems(
  tree: Root,
  englishText: string,
  glossary: Glossary | undefined,
): { line: number | undefined; problem: string }[] {
  const problems: { line: number | undefined; problem: string }[] = [];
  const walk = (node: Nodes, inLink: boolean): void => {
    if (node.type === 'inlineCode' || node.type === 'code') return;
    if (node.type === 'text') {
      const line = node.position?.start.line;
      // A message quoted in the English file's words may be quoted in the translation too.
      const english = inLink ? undefined : ENGLISH_SENTENCE.exec(node.value);
      if (english && !englishText.includes(english[0].replace(/\s+/g, ' ')))
        problems.push({ line, problem: `untranslated English: "${english[0]}"` });
      for (const { avoid, term } of glossary?.avoided ?? [])
        if (node.value.includes(avoid))
          problems.push({ line, problem: `writes "${avoid}": the glossary's word is "${term.zh}" (${term.en})` });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child, inLink || node.type === 'link');
  };
  walk(tree, false);
  return problems;
}

/**
 * Reads one translated guidance file and holds it to its English file: the same five sections in this language's
 * words and order, the same code blocks (comment lines aside), no link the English lacks, no operation, parameter or
 * code in a code span that the English does not name, no English sentence left, no word the glossary avoids.
 * Problems name the file and line; the page still renders when they are only about wording.
 */
export function prepareTranslatedGuidance(
  source: GuidanceFile,
  locale: string,
  context: TranslationContext,
): { translation?: TranslatedGuidance; problems: ContentError[] } {
  const sections = TRANSLATED_SECTIONS[locale];
  if (!sections) return { problems: [new ContentError(source.file, undefined, `no section names for "${locale}"`)] };
  let frontmatter: ReturnType<typeof frontmatterOf>;
  try {
    frontmatter = frontmatterOf(source);
  } catch (error) {
    if (error instanceof ContentError) return { problems: [error] };
    throw error;
  }
  const offset = frontmatter.bodyOffsetLines;
  const at = (line: number | undefined) => (line === undefined ? undefined : line + offset);
  const problems: ContentError[] = [];
  const parsed = translatedFrontmatterSchema.safeParse(frontmatter.data);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const unknown = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const field = [...issue.path.map(String), ...unknown].join('.') || 'frontmatter';
      const line = frontmatter.fieldLines[String(issue.path[0] ?? unknown[0])];
      const why =
        unknown.length > 0
          ? `"${field}" is a fact: it lives only in ${context.englishFile}`
          : `"${field}": ${issue.message}`;
      problems.push(new ContentError(source.file, line, why));
    }

  const tree = parseGuidanceMarkdown(frontmatter.body);
  for (const { line, problem } of syntaxProblems(tree)) problems.push(new ContentError(source.file, at(line), problem));
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth <= 2);
  const found = headings.map((node) => toString(node).trim());
  if (found.join('\n') !== sections.join('\n')) {
    const expected = sections.map((name, index) => `"## ${name}" (${GUIDANCE_SECTIONS[index]})`).join(', ');
    const stray = headings.find((node, index) => toString(node).trim() !== sections[index]);
    problems.push(
      new ContentError(
        source.file,
        at(stray?.position?.start.line),
        `sections must be exactly ${expected}; found ${found.map((name) => `"${name}"`).join(', ') || 'none'}`,
      ),
    );
  }

  const englishTree = parseGuidanceMarkdown(context.englishBody);
  const english = partsOf(englishTree);
  const translated = partsOf(tree);
  for (const span of translated.codeSpans)
    if (context.names.has(span) && !english.codeSpans.has(span))
      problems.push(
        new ContentError(source.file, undefined, `names \`${span}\`, which ${context.englishFile} does not name`),
      );
  for (const link of translated.links)
    if (!english.links.has(link))
      problems.push(
        new ContentError(source.file, undefined, `links to ${link}, which ${context.englishFile} does not`),
      );
  if (translated.blocks.length !== english.blocks.length)
    problems.push(
      new ContentError(
        source.file,
        undefined,
        `has ${translated.blocks.length} code blocks, ${context.englishFile} has ${english.blocks.length}: keep them all, as they are`,
      ),
    );
  else
    translated.blocks.forEach((block, index) => {
      const original = english.blocks[index];
      if (!original) return;
      if (
        (block.lang ?? '') !== (original.lang ?? '') ||
        fixedLines(block).join('\n') !== fixedLines(original).join('\n')
      )
        problems.push(
          new ContentError(
            source.file,
            at(block.position?.start.line),
            `code block ${index + 1} differs from ${context.englishFile} (line ${original.position?.start.line ?? '?'} of its body): only comment lines may be translated`,
          ),
        );
    });
  for (const { line, problem } of textProblems(tree, toString(englishTree).replace(/\s+/g, ' '), context.glossary))
    problems.push(new ContentError(source.file, at(line), problem));

  if (!parsed.success) return { problems };
  const { html, headings: rendered } = renderGuidance(tree, { ...context, locale });
  return {
    translation: {
      locale,
      page: source.code,
      file: source.file,
      summary: parsed.data.summary,
      keywords: parsed.data.keywords,
      body: frontmatter.body,
      html,
      headings: rendered,
    },
    problems,
  };
}
