import { prepareGuidance, type GuidanceFile, type PreparedGuidance } from './guidance.ts';
import type { GuidanceHeading } from './render-guidance.ts';
import type { ErrorEntry, Guidance } from './schema.ts';
import { ContentError, ContentErrors } from './content-error.ts';
import { readSourceCodes, type SourceCode } from './source-codes.ts';

export interface CatalogInput {
  source: { file: string; text: string };
  guidance: GuidanceFile[];
}

/** A catalog entry together with its guidance, as Markdown and as rendered HTML, ready for the content store. */
export interface CatalogRecord {
  entry: ErrorEntry;
  guidanceBody: string;
  guidanceHtml: string;
  guidanceHeadings: GuidanceHeading[];
}

function aliasesOf(code: SourceCode, guidance: Guidance): string[] {
  const aliases = [code.correctedSpelling, ...guidance.aliases].filter(
    (alias): alias is string => alias !== undefined && alias !== code.code,
  );
  return [...new Set(aliases)];
}

/**
 * Builds the catalog: the source table's codes joined with one guidance file each. Every problem in every file —
 * source rows, guidance files, and the checks between them — is collected; any problem throws ContentErrors, so
 * the build stops with the full list.
 */
export function buildCatalog(input: CatalogInput): CatalogRecord[] {
  const source = readSourceCodes(input.source.text, input.source.file);
  const { codes } = source;
  const known = new Map(codes.map((code) => [code.code, code]));
  const knownByLowerCase = new Map(codes.map((code) => [code.code.toLowerCase(), code.code]));
  const codesWithGuidanceFile = new Set(input.guidance.map((file) => file.code));
  const errors: ContentError[] = [...source.problems];
  const guidanceByCode = new Map<string, PreparedGuidance>();

  for (const file of input.guidance) {
    const { prepared: guidance, problems } = prepareGuidance(file);
    errors.push(...problems);
    if (known.has(file.code)) {
      if (guidance) guidanceByCode.set(guidance.code, guidance);
    } else if (source.complete) {
      // Only a table read in full says a code is not in it: a bad row may hold this file's code.
      const near = knownByLowerCase.get(file.code.toLowerCase());
      const hint = near ? ` (did you mean "${near}"? file names are case-sensitive)` : '';
      errors.push(
        new ContentError(
          file.file,
          undefined,
          `guidance for unknown code "${file.code}"${hint}: no such code in ${input.source.file}`,
        ),
      );
    }
  }

  const aliasOwner = new Map<string, string>();
  const records: CatalogRecord[] = [];
  for (const code of codes) {
    const prepared = guidanceByCode.get(code.code);
    if (!prepared) {
      if (!codesWithGuidanceFile.has(code.code)) {
        errors.push(
          new ContentError(
            input.source.file,
            code.line,
            `code "${code.code}" has no guidance: add content/guidance/${code.code}.md`,
          ),
        );
      }
      continue;
    }
    const { guidance, fieldLines } = prepared;
    const { file } = guidance;
    for (const related of guidance.related) {
      if (related === code.code)
        errors.push(new ContentError(file, fieldLines.related, `"related" lists the code itself ("${related}")`));
      else if (!known.has(related))
        errors.push(new ContentError(file, fieldLines.related, `"related" names unknown code "${related}"`));
    }
    const aliases = aliasesOf(code, guidance);
    for (const alias of aliases) {
      // A corrected spelling comes from the source table, not from the "aliases" field.
      const aliasLine = guidance.aliases.includes(alias) ? fieldLines.aliases : undefined;
      const clash = knownByLowerCase.get(alias.toLowerCase());
      if (clash) errors.push(new ContentError(file, aliasLine, `alias "${alias}" is the real code "${clash}"`));
      const owner = aliasOwner.get(alias.toLowerCase());
      if (owner && owner !== code.code)
        errors.push(new ContentError(file, aliasLine, `alias "${alias}" is also an alias of "${owner}"`));
      aliasOwner.set(alias.toLowerCase(), code.code);
    }
    records.push({
      entry: {
        code: code.code,
        ...(code.correctedSpelling === undefined ? {} : { correctedSpelling: code.correctedSpelling }),
        aliases,
        statuses: code.statuses,
        messages: code.messages,
        sourceFile: input.source.file,
        guidance,
      },
      guidanceBody: prepared.body,
      guidanceHtml: prepared.html,
      guidanceHeadings: prepared.headings,
    });
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  return records;
}
