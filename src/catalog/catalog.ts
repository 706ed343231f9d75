import { prepareGuidance, type GuidanceFile, type PreparedGuidance } from './guidance.ts';
import type { GuidanceHeading } from './render-guidance.ts';
import type { ErrorEntry } from './schema.ts';
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

function aliasesOf(code: SourceCode, guidance: PreparedGuidance): string[] {
  const aliases = [code.correctedSpelling, ...guidance.guidance.aliases].filter(
    (alias): alias is string => alias !== undefined && alias !== code.code,
  );
  return [...new Set(aliases)];
}

/** Work on the input already done elsewhere (the loader does it in parallel; see guidance-workers.ts). */
export interface CatalogWorkDone {
  /** `readSourceCodes(input.source.text, input.source.file)`. */
  codes?: SourceCode[];
  /** `prepareGuidance(file)` for each of `input.guidance`, in order. */
  prepared?: readonly ReturnType<typeof prepareGuidance>[];
}

/**
 * Builds the catalog: the source table's codes joined with one guidance file each.
 * Every problem in every file is collected; any problem throws ContentErrors, so the build stops with the full list.
 */
export function buildCatalog(
  input: CatalogInput,
  { codes = readSourceCodes(input.source.text, input.source.file), prepared }: CatalogWorkDone = {},
): CatalogRecord[] {
  if (prepared && prepared.length !== input.guidance.length)
    throw new Error(`buildCatalog: ${prepared.length} prepared guidance files for ${input.guidance.length} files`);
  const known = new Map(codes.map((code) => [code.code, code]));
  const knownByLowerCase = new Map(codes.map((code) => [code.code.toLowerCase(), code.code]));
  const codesWithGuidanceFile = new Set(input.guidance.map((file) => file.code));
  const errors: ContentError[] = [];
  const guidanceByCode = new Map<string, PreparedGuidance>();

  for (const [index, file] of input.guidance.entries()) {
    if (!known.has(file.code)) {
      const near = knownByLowerCase.get(file.code.toLowerCase());
      errors.push(
        new ContentError(
          file.file,
          undefined,
          `guidance for unknown code "${file.code}"${near ? ` (did you mean "${near}"? file names are case-sensitive)` : ''}: no such code in ${input.source.file}`,
        ),
      );
      continue;
    }
    const { prepared: guidance, problems } = prepared?.[index] ?? prepareGuidance(file);
    errors.push(...problems.map((problem) => ContentError.fromProblem(problem)));
    if (guidance) guidanceByCode.set(guidance.code, guidance);
  }

  const aliasOwner = new Map<string, string>();
  const records: CatalogRecord[] = [];
  for (const code of codes) {
    const guidance = guidanceByCode.get(code.code);
    if (!guidance) {
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
    const { file } = guidance.guidance;
    for (const related of guidance.guidance.related) {
      if (related === code.code)
        errors.push(new ContentError(file, undefined, `"related" lists the code itself ("${related}")`));
      else if (!known.has(related))
        errors.push(new ContentError(file, undefined, `"related" names unknown code "${related}"`));
    }
    const aliases = aliasesOf(code, guidance);
    for (const alias of aliases) {
      const clash = knownByLowerCase.get(alias.toLowerCase());
      if (clash) errors.push(new ContentError(file, undefined, `alias "${alias}" is the real code "${clash}"`));
      const owner = aliasOwner.get(alias.toLowerCase());
      if (owner && owner !== code.code)
        errors.push(new ContentError(file, undefined, `alias "${alias}" is also an alias of "${owner}"`));
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
        guidance: guidance.guidance,
      },
      guidanceBody: guidance.body,
      guidanceHtml: guidance.html,
      guidanceHeadings: guidance.headings,
    });
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  return records;
}
