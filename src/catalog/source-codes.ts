import { correctCodeSpelling, normaliseText } from './normalise.ts';
import { CODE_PATTERN, type CodeMessage } from './schema.ts';
import { ContentError } from './content-error.ts';
import { parseSourceTable, type SourceRow } from './source-table.ts';

/** A distinct code of the upstream table with its rows as messages, before guidance is joined. */
export interface SourceCode {
  code: string;
  /** The corrected spelling when the code contains a known misspelling, else undefined. */
  correctedSpelling: string | undefined;
  statuses: number[];
  messages: CodeMessage[];
  /** Line of the code's first row. */
  line: number;
}

const STATUS_PATTERN = /^[45]\d\d$/;

function rowProblems(row: SourceRow): string[] {
  const problems: string[] = [];
  const { code, message, status } = row.cells;
  if (code === '') problems.push('empty code');
  else if (!CODE_PATTERN.test(code)) problems.push(`code "${code}" has characters outside [A-Za-z0-9.]`);
  if (message === '') problems.push(`empty message for code "${code}"`);
  if (!STATUS_PATTERN.test(status)) problems.push(`HTTP status "${status}" is not a 4xx or 5xx number`);
  return problems;
}

/** The codes of the upstream table, and every problem found in it. */
export interface SourceReading {
  /** One entry per distinct code of the rows that could be read. */
  codes: SourceCode[];
  /** Every bad row or structural problem, with file and line. */
  problems: ContentError[];
  /** True when every row was read: only then is a code missing from `codes` known not to be in the table. */
  complete: boolean;
}

/**
 * Turns the upstream Markdown into one entry per distinct code, messages in source order. Never throws for bad
 * content and never drops a row silently: every row left out is a problem (file and line).
 */
export function readSourceCodes(markdown: string, file: string): SourceReading {
  const { rows, problems: errors } = parseSourceTable(markdown, file);
  const byCode = new Map<string, SourceCode>();
  const seenMessages = new Map<string, number>();

  for (const row of rows) {
    const faults = rowProblems(row);
    if (faults.length > 0) {
      errors.push(...faults.map((fault) => new ContentError(file, row.line, fault)));
      continue;
    }
    const { code } = row.cells;
    const message = normaliseText(row.cells.message);
    const duplicateKey = `${code}\u0000${message}`;
    const firstLine = seenMessages.get(duplicateKey);
    if (firstLine !== undefined) {
      errors.push(
        new ContentError(
          file,
          row.line,
          `code "${code}" with message "${message}" appears twice (first on line ${firstLine})`,
        ),
      );
      continue;
    }
    seenMessages.set(duplicateKey, row.line);

    const status = Number(row.cells.status);
    const corrected = correctCodeSpelling(code);
    const entry = byCode.get(code) ?? {
      code,
      correctedSpelling: corrected === code ? undefined : corrected,
      statuses: [],
      messages: [],
      line: row.line,
    };
    byCode.set(code, entry);
    if (!entry.statuses.includes(status)) entry.statuses.push(status);
    entry.messages.push({
      index: entry.messages.length + 1,
      text: message,
      rawText: row.raw.message,
      description: normaliseText(row.cells.description),
      rawDescription: row.raw.description,
      status,
      line: row.line,
    });
  }

  const byLowerCase = new Map<string, SourceCode>();
  for (const entry of byCode.values()) {
    const other = byLowerCase.get(entry.code.toLowerCase());
    if (other)
      errors.push(
        new ContentError(
          file,
          entry.line,
          `code "${entry.code}" differs from "${other.code}" (line ${other.line}) only in letter case; their URLs would collide`,
        ),
      );
    byLowerCase.set(entry.code.toLowerCase(), entry);
  }
  return { codes: [...byCode.values()], problems: errors, complete: errors.length === 0 };
}
