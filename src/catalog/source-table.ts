import type { Root, Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ContentError } from './content-error.ts';

/** The upstream column headers, matched case-insensitively; columns may come in any order. */
export const SOURCE_COLUMNS = {
  description: 'Description',
  code: 'Code',
  message: 'Message',
  status: 'HTTP Status Code',
} as const;

export type SourceColumn = keyof typeof SOURCE_COLUMNS;
/** The header title of each column, for a table whose headers are named otherwise (a translated table). */
export type SourceColumnTitles = Readonly<Record<SourceColumn, string>>;

/** One body row of the upstream table, cells as written (Markdown escapes resolved by the parser). */
export interface SourceRow {
  line: number;
  /** Cell text with Markdown syntax resolved (escapes, inline code), trimmed. */
  cells: Record<SourceColumn, string>;
  /** Cell text exactly as written in the file, trimmed. */
  raw: Record<SourceColumn, string>;
}

const markdownParser = unified().use(remarkParse).use(remarkGfm);

function cellTexts(row: TableRow): string[] {
  return row.children.map((cell) => toString(cell).trim());
}

function rawCellTexts(row: TableRow, markdown: string): string[] {
  return row.children.map((cell) => {
    const start = cell.position?.start.offset;
    const end = cell.position?.end.offset;
    if (start === undefined || end === undefined) return toString(cell).trim();
    return markdown.slice(start, end).replace(/^\|/, '').replace(/\|$/, '').trim();
  });
}

/** The raw cell count of a row line: GFM pads/drops cells silently, so count the pipes ourselves. */
function rawCellCount(lineText: string): number {
  let body = lineText.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
  let count = 1;
  for (let i = 0; i < body.length; i += 1) {
    if (body[i] === '\\') i += 1;
    else if (body[i] === '|') count += 1;
  }
  return count;
}

/** The one table of the file, or the problem that there is none or more than one. */
function findTable(tree: Root, file: string, columns: SourceColumnTitles): Table | ContentError {
  const tables = tree.children.filter((node): node is Table => node.type === 'table');
  if (tables.length === 0) {
    return new ContentError(
      file,
      undefined,
      `no Markdown table found (expected a GFM table with the columns ${Object.values(columns).join(', ')})`,
    );
  }
  if (tables.length > 1)
    return new ContentError(
      file,
      tables[1]?.position?.start.line,
      `expected exactly one table, found ${tables.length}`,
    );
  return tables[0] as Table;
}

/** The rows that could be read, and every problem found; no problems means every row was read. */
export interface SourceTable {
  rows: SourceRow[];
  problems: ContentError[];
}

/**
 * Parses the upstream Markdown into rows keyed by column, using remark-gfm for the table. Columns are found by
 * header name. Never throws for bad content: a bad header yields no rows, a bad row is left out, and each is a
 * problem (file and line).
 */
export function parseSourceTable(
  markdown: string,
  file: string,
  columns: SourceColumnTitles = SOURCE_COLUMNS,
): SourceTable {
  const tree = markdownParser.parse(markdown);
  const table = findTable(tree, file, columns);
  if (table instanceof ContentError) return { rows: [], problems: [table] };
  const lines = markdown.split(/\r?\n/);
  const [headerRow, ...bodyRows] = table.children;
  if (!headerRow)
    return { rows: [], problems: [new ContentError(file, table.position?.start.line, 'the table has no header row')] };

  const headerLine = headerRow.position?.start.line;
  const headers = cellTexts(headerRow);
  const columnIndex = {} as Record<SourceColumn, number>;
  const problems: ContentError[] = [];
  for (const [column, title] of Object.entries(columns) as [SourceColumn, string][]) {
    const index = headers.findIndex((header) => header.toLowerCase() === title.toLowerCase());
    if (index === -1) {
      const found = headers.map((h) => `"${h}"`).join(', ');
      problems.push(new ContentError(file, headerLine, `the header has no "${title}" column (found: ${found})`));
    }
    columnIndex[column] = index;
  }
  const known = new Set(Object.values(columns).map((title) => title.toLowerCase()));
  for (const header of headers) {
    if (!known.has(header.toLowerCase()))
      problems.push(new ContentError(file, headerLine, `unexpected column "${header}" in the header`));
  }
  if (problems.length > 0) return { rows: [], problems };

  const rows: SourceRow[] = [];
  for (const row of bodyRows) {
    const line = row.position?.start.line ?? 0;
    const found = rawCellCount(lines[line - 1] ?? '');
    if (found !== headers.length) {
      const what = found < headers.length ? 'missing' : 'extra';
      const expected = `expected ${headers.length} cells (${headers.join(' | ')}), found ${found}`;
      problems.push(new ContentError(file, line, `${what} cells: ${expected}`));
      continue;
    }
    const texts = cellTexts(row);
    const rawTexts = rawCellTexts(row, markdown);
    const cells = {} as Record<SourceColumn, string>;
    const raw = {} as Record<SourceColumn, string>;
    for (const column of Object.keys(SOURCE_COLUMNS) as SourceColumn[]) {
      cells[column] = texts[columnIndex[column]] ?? '';
      raw[column] = rawTexts[columnIndex[column]] ?? '';
    }
    rows.push({ line, cells, raw });
  }
  if (bodyRows.length === 0)
    problems.push(new ContentError(file, table.position?.start.line, 'the table has a header but no rows'));
  return { rows, problems };
}
