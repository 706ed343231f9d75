import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A piece of a guidance body with its line in the body (1-based; undefined when the parser gave no position). */
export interface Mention {
  text: string;
  line: number | undefined;
}

/**
 * What the written standard (guidance-standard.ts) checks in a guidance body, read from its parse tree once: the
 * names and commands it holds, its wording about the API reference, and the first step of its fix.
 */
export interface GuidanceMentions {
  /** Every code span (`` `DescribeRegions` ``) outside links; one inside a link already points somewhere. */
  codeSpans: Mention[];
  /** Capitalised words of the running text outside code and links: where an operation name must not stand bare. */
  bareWords: Mention[];
  /** Each command line in a code span or code block that starts with `aliyun ` (`\` continuations joined). */
  commands: Mention[];
  /** Paragraphs that speak of the API reference or documentation and link nowhere. */
  unlinkedReferences: Mention[];
  /** The text of the first step of "How to fix" (its first list item, or its first paragraph). */
  firstFixStep?: Mention;
  /** The whole body as text, for wording every page of a kind must hold. */
  text: string;
}

const REFERENCE_WORDING = /\bAPI (?:reference|documentation)\b/i;
const WORD = /\b[A-Z][A-Za-z0-9]+\b/g;

const lineOf = (node: Nodes): number | undefined => node.position?.start.line;

/** Command lines of a code block's text: each `aliyun …` line, with the lines its trailing `\` continues. */
function commandLines(code: string, firstLine: number | undefined): Mention[] {
  const lines = code.split('\n');
  const commands: Mention[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const start = index;
    let text = (lines[index] ?? '').trim();
    while (text.endsWith('\\') && index + 1 < lines.length) {
      index += 1;
      text = `${text.slice(0, -1).trim()} ${(lines[index] ?? '').trim()}`;
    }
    if (/^(?:\$\s*)?aliyun\s/.test(text))
      commands.push({
        text: text.replace(/^\$\s*/, ''),
        line: firstLine === undefined ? undefined : firstLine + 1 + start,
      });
  }
  return commands;
}

function hasLink(node: Nodes): boolean {
  if (node.type === 'link' || node.type === 'linkReference') return true;
  return 'children' in node && node.children.some((child) => hasLink(child));
}

/** Reads what the standard checks from a guidance body's tree (positions are the body's lines). */
export function guidanceMentions(tree: Root): GuidanceMentions {
  const mentions: GuidanceMentions = {
    codeSpans: [],
    bareWords: [],
    commands: [],
    unlinkedReferences: [],
    text: toString(tree),
  };
  const visit = (node: Nodes, inLink: boolean): void => {
    if (node.type === 'inlineCode') {
      if (!inLink) mentions.codeSpans.push({ text: node.value, line: lineOf(node) });
      mentions.commands.push(
        ...commandLines(node.value, undefined).map((command) => ({ ...command, line: lineOf(node) })),
      );
      return;
    }
    if (node.type === 'code') {
      mentions.commands.push(...commandLines(node.value, lineOf(node)));
      return;
    }
    if (node.type === 'text' && !inLink) {
      for (const match of node.value.matchAll(WORD)) mentions.bareWords.push({ text: match[0], line: lineOf(node) });
      return;
    }
    if (node.type === 'paragraph' && REFERENCE_WORDING.test(toString(node)) && !hasLink(node))
      mentions.unlinkedReferences.push({ text: toString(node), line: lineOf(node) });
    if ('children' in node)
      for (const child of node.children) visit(child, inLink || node.type === 'link' || node.type === 'linkReference');
  };
  visit(tree, false);

  const fixHeading = tree.children.findIndex(
    (node) => node.type === 'heading' && node.depth === 2 && toString(node).trim() === 'How to fix',
  );
  if (fixHeading >= 0) {
    const rest = tree.children.slice(fixHeading + 1);
    const end = rest.findIndex((node) => node.type === 'heading' && node.depth <= 2);
    const section = end < 0 ? rest : rest.slice(0, end);
    const next = section.find((node) => node.type === 'list' || node.type === 'paragraph');
    const first = next?.type === 'list' ? next.children[0] : next;
    if (first) mentions.firstFixStep = { text: toString(first), line: lineOf(first) };
  }
  return mentions;
}
