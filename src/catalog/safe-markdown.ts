import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseGuidanceMarkdown } from './guidance-syntax.ts';

/**
 * Raw HTML needs a `<`; an unsafe link or definition needs a scheme other than http(s)/mailto right after `](` or
 * `]:`. Text with neither cannot hold anything to neutralise, so it skips the parse (most guidance files).
 */
const MIGHT_NEED_NEUTRALISING =
  /<|\]\(\s*(?!https?:|mailto:)[a-z][a-z0-9+.-]*:|\]:\s*(?!https?:|mailto:)[a-z][a-z0-9+.-]*:/i;

/** Link targets a guidance file may use: site and relative paths, anchors, http(s) and mailto. */
export function isSafeUrl(url: string): boolean {
  const target = url.trim();
  if (target.startsWith('//')) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return /^(?:https?|mailto):/i.test(target);
  return true;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface Replacement {
  start: number;
  end: number;
  text: string;
}

function collect(node: Nodes, replacements: Replacement[]): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (node.type === 'html' && start !== undefined && end !== undefined) {
    replacements.push({ start, end, text: escapeHtml(node.value) });
    return;
  }
  if (
    (node.type === 'link' || node.type === 'image') &&
    !isSafeUrl(node.url) &&
    start !== undefined &&
    end !== undefined
  ) {
    const label = node.type === 'link' ? toString(node) : (node.alt ?? '');
    replacements.push({ start, end, text: escapeHtml(`${label} (${node.url})`) });
    return;
  }
  if (node.type === 'definition' && !isSafeUrl(node.url) && start !== undefined && end !== undefined) {
    replacements.push({ start, end, text: escapeHtml(`[${node.label ?? node.identifier}]: ${node.url}`) });
    return;
  }
  if ('children' in node) for (const child of node.children) collect(child as Nodes, replacements);
}

/**
 * Makes guidance Markdown safe to render: raw HTML is shown as text (`<script>` appears literally, nothing runs)
 * and links or images with a scheme other than http(s)/mailto (`javascript:`, `data:`) become plain text.
 */
export function neutraliseMarkdown(markdown: string): string {
  if (!MIGHT_NEED_NEUTRALISING.test(markdown)) return markdown;
  // The parser that renders the text finds its raw HTML and links, so nothing it would render can be missed here.
  const tree: Root = parseGuidanceMarkdown(markdown);
  const replacements: Replacement[] = [];
  collect(tree, replacements);
  let output = '';
  let cursor = 0;
  for (const { start, end, text } of replacements.sort((a, b) => a.start - b.start)) {
    if (start < cursor) continue;
    output += markdown.slice(cursor, start) + text;
    cursor = end;
  }
  return output + markdown.slice(cursor);
}
