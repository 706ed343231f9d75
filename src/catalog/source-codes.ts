import { correctCodeSpelling, normaliseText } from './normalise.ts';
import { CODE_PATTERN } from './schema.ts';
import { ContentError } from './content-error.ts';
import { parseSourceTable, type SourceRow } from './source-table.ts';

/** One row of the error-code table, normalised. */
export interface TableMessage {
  text: string;
  rawText: string;
  description: string;
  rawDescription: string;
  /** The row's description in each translation of the table, by locale (`zh-cn`), as published. */
  translatedDescriptions?: Record<string, string>;
  status: number;
  line: number;
}

/** A distinct code of the error-code table with its rows, in source order. */
export interface TableCode {
  code: string;
  /** The corrected spelling when the code contains a known misspelling, else undefined. */
  correctedSpelling: string | undefined;
  messages: TableMessage[];
  /** Line of the code's first row. */
  line: number;
}

/** The codes of the error-code table, and every problem found in it. */
export interface SourceReading {
  file: string;
  /** One entry per distinct code of the rows that could be read. */
  codes: TableCode[];
  /** Every bad row or structural problem, with file and line. */
  problems: ContentError[];
  /** True when every row was read: only then is a code missing from `codes` known not to be in the table. */
  complete: boolean;
}

const STATUS_PATTERN = /^[45]\d\d$/;

function rowProblems(row: SourceRow): string[] {
  const problems: string[] = [];
  const { code, message, status } = row.cells;
  if (code === '') problems.push('empty code');
  else if (!CODE_PATTERN.test(code)) problems.push(`code "${code}" has characters outside [A-Za-z0-9._]`);
  if (message === '') problems.push(`empty message for code "${code}"`);
  if (!STATUS_PATTERN.test(status)) problems.push(`HTTP status "${status}" is not a 4xx or 5xx number`);
  return problems;
}

/**
 * Turns the upstream Markdown into one entry per distinct code, messages in source order. Never throws for bad
 * content and never drops a row silently: every row left out is a problem (file and line). Codes that differ only
 * in letter case are two codes (they share a page; see codes.ts).
 */
export function readSourceCodes(markdown: string, file: string): SourceReading {
  const { rows, problems: errors } = parseSourceTable(markdown, file);
  const byCode = new Map<string, TableCode>();
  const seenMessages = new Map<string, number>();

  for (const row of rows) {
    const faults = rowProblems(row);
    if (faults.length > 0) {
      errors.push(...faults.map((fault) => new ContentError(file, row.line, fault)));
      continue;
    }
    const { code } = row.cells;
    const text = normaliseText(row.cells.message);
    const duplicateKey = `${code}\u0000${text}`;
    const firstLine = seenMessages.get(duplicateKey);
    if (firstLine !== undefined) {
      const problem = `code "${code}" with message "${text}" appears twice (first on line ${firstLine})`;
      errors.push(new ContentError(file, row.line, problem));
      continue;
    }
    seenMessages.set(duplicateKey, row.line);
    const corrected = correctCodeSpelling(code);
    const entry = byCode.get(code) ?? {
      code,
      correctedSpelling: corrected === code ? undefined : corrected,
      messages: [],
      line: row.line,
    };
    byCode.set(code, entry);
    entry.messages.push({
      text,
      rawText: row.raw.message,
      description: normaliseText(row.cells.description),
      rawDescription: row.raw.description,
      status: Number(row.cells.status),
      line: row.line,
    });
  }
  return { file, codes: [...byCode.values()], problems: errors, complete: errors.length === 0 };
}
