import { ContentError } from './content-error.ts';
import { normaliseText } from './normalise.ts';
import { parseSourceTable, type SourceColumnTitles } from './source-table.ts';

/**
 * A translation of the error-code table (Alibaba publishes the same table in Chinese): the same rows in the same
 * order, with a description in that language and the messages in English. Its rows are paired with the English
 * table's by position, and each pair must agree on code and HTTP status; any disagreement is a problem naming both
 * files and lines, so a newer copy of either that drifts from the other stops the build. Descriptions are kept as
 * published (typos included), white space normalised.
 */
export interface TranslatedTable {
  /** `zh-cn`. */
  locale: string;
  file: string;
  text: string;
  /** The translated table's header names (`错误码描述`, `Code`, `message`, `httpStatusCode`). */
  columns: SourceColumnTitles;
}

export interface TranslatedDescriptions {
  /** The translated description of each English row, by the English row's line. */
  byEnglishLine: Map<number, string>;
  problems: ContentError[];
}

export function pairTranslatedTable(
  english: { file: string; text: string },
  translated: TranslatedTable,
): TranslatedDescriptions {
  const source = parseSourceTable(english.text, english.file);
  const translation = parseSourceTable(translated.text, translated.file, translated.columns);
  const problems = [...translation.problems];
  const byEnglishLine = new Map<number, string>();
  if (translation.problems.length > 0 || source.problems.length > 0) return { byEnglishLine, problems };
  if (source.rows.length !== translation.rows.length)
    problems.push(
      new ContentError(
        translated.file,
        translation.rows[0]?.line,
        `has ${translation.rows.length} rows, but ${english.file} has ${source.rows.length}: the tables must list the same rows in the same order`,
      ),
    );
  source.rows.forEach((row, index) => {
    const other = translation.rows[index];
    if (!other) return;
    const { code, status } = row.cells;
    if (other.cells.code !== code || other.cells.status !== status) {
      problems.push(
        new ContentError(
          translated.file,
          other.line,
          `row ${index + 1} is "${other.cells.code}" (${other.cells.status}), but ${english.file}:${row.line} is "${code}" (${status})`,
        ),
      );
      return;
    }
    const description = normaliseText(other.cells.description);
    if (description === '')
      problems.push(new ContentError(translated.file, other.line, `row ${index + 1} ("${code}") has no description`));
    else byEnglishLine.set(row.line, description);
  });
  return { byEnglishLine, problems };
}
