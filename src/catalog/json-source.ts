import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { ContentError } from './content-error.ts';

/** A JSON path as the problems name it: `$.apis.CreateDBInstance.errorCodes["400"][2].errorCode`. */
export function jsonPath(path: readonly (string | number)[]): string {
  return `$${path
    .map((key) =>
      typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`,
    )
    .join('')}`;
}

/** A JSON file read with positions: its value, every problem, and the line of any JSON path in it. */
export interface JsonSource {
  /** The parsed value (undefined when the text is not JSON at all). */
  value: unknown;
  problems: ContentError[];
  /** 1-based line of the node at `path` (or its nearest existing parent); undefined without a tree or on one line. */
  lineOf: (path: readonly (string | number)[]) => number | undefined;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/**
 * Parses a JSON file strictly (no comments, no trailing commas) and keeps positions, so a problem can name the
 * file, the line and the JSON path. Duplicate keys are problems: `JSON.parse` keeps the last one silently, which
 * would drop an operation or a code without a word.
 */
export function readJsonSource(file: string, text: string): JsonSource {
  const starts = lineStarts(text);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  // A file on one line (the metadata is minified) has no useful line: its problems name the JSON path or offset.
  const oneLine = starts.length === 1;
  const lineOfOffset = (offset: number) => (oneLine ? undefined : lineAt(starts, offset));
  const problems = errors.map((error) => {
    const where = oneLine ? ` at character ${error.offset + 1}` : '';
    return new ContentError(
      file,
      lineOfOffset(error.offset),
      `not valid JSON${where}: ${printParseErrorCode(error.error)}`,
    );
  });
  const byPath = new Map<string, Node>();
  const visit = (node: Node, path: (string | number)[]): void => {
    byPath.set(jsonPath(path), node);
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || typeof key.value !== 'string') continue;
        const childPath = [...path, key.value];
        if (seen.has(key.value))
          problems.push(
            new ContentError(file, lineOfOffset(key.offset), `${jsonPath(childPath)} appears twice in the same object`),
          );
        seen.add(key.value);
        if (value) visit(value, childPath);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, index) => visit(child, [...path, index]));
    }
  };
  if (tree) visit(tree, []);
  const lineOf = (path: readonly (string | number)[]): number | undefined => {
    if (oneLine) return undefined;
    for (let length = path.length; length >= 0; length -= 1) {
      const node = byPath.get(jsonPath(path.slice(0, length)));
      if (node) return lineOfOffset(node.offset);
    }
    return undefined;
  };
  return { value: errors.length === 0 && tree ? getNodeValue(tree) : undefined, problems, lineOf };
}
