import type { Root } from 'mdast';
import { parseGuidance, type GuidanceFile, type ParsedGuidance } from './guidance.ts';
import type { ErrorEntry } from './schema.ts';
import { ContentError, ContentErrors } from './source-error.ts';
import { readSourceCodes, type SourceCode } from './source-codes.ts';

export interface CatalogInput {
  source: { file: string; text: string };
  guidance: GuidanceFile[];
}

/** A catalog entry together with its guidance body (Markdown), ready for the content store. */
export interface CatalogRecord {
  entry: ErrorEntry;
  guidanceBody: string;
  /** The guidance body parsed once during validation, ready to render. */
  guidanceTree: Root;
}

function aliasesOf(code: SourceCode, guidance: ParsedGuidance): string[] {
  const aliases = [code.correctedSpelling, ...guidance.guidance.aliases].filter((alias): alias is string => alias !== undefined && alias !== code.code);
  return [...new Set(aliases)];
}

/**
 * Builds the catalog: the source table's codes joined with one guidance file each.
 * Every problem in every file is collected; any problem throws ContentErrors, so the build stops with the full list.
 */
export function buildCatalog(input: CatalogInput): CatalogRecord[] {
  const codes = readSourceCodes(input.source.text, input.source.file);
  const known = new Map(codes.map((code) => [code.code, code]));
  const errors: ContentError[] = [];
  const guidanceByCode = new Map<string, ParsedGuidance>();

  for (const file of input.guidance) {
    if (!known.has(file.code)) {
      const near = codes.find((code) => code.code.toLowerCase() === file.code.toLowerCase());
      errors.push(new ContentError(file.file, undefined, `guidance for unknown code "${file.code}"${near ? ` (did you mean "${near.code}"? file names are case-sensitive)` : ''}: no such code in ${input.source.file}`));
      continue;
    }
    const { parsed, errors: fileErrors } = parseGuidance(file);
    errors.push(...fileErrors);
    if (parsed) guidanceByCode.set(parsed.code, parsed);
  }

  const aliasOwner = new Map<string, string>();
  const records: CatalogRecord[] = [];
  for (const code of codes) {
    const guidance = guidanceByCode.get(code.code);
    if (!guidance) {
      if (!input.guidance.some((file) => file.code === code.code)) {
        errors.push(new ContentError(input.source.file, code.line, `code "${code.code}" has no guidance: add content/guidance/${code.code}.md`));
      }
      continue;
    }
    const { file } = guidance.guidance;
    for (const related of guidance.guidance.related) {
      if (related === code.code) errors.push(new ContentError(file, undefined, `"related" lists the code itself ("${related}")`));
      else if (!known.has(related)) errors.push(new ContentError(file, undefined, `"related" names unknown code "${related}"`));
    }
    const aliases = aliasesOf(code, guidance);
    for (const alias of aliases) {
      const clash = [...known.keys()].find((other) => other.toLowerCase() === alias.toLowerCase());
      if (clash) errors.push(new ContentError(file, undefined, `alias "${alias}" is the real code "${clash}"`));
      const owner = aliasOwner.get(alias.toLowerCase());
      if (owner && owner !== code.code) errors.push(new ContentError(file, undefined, `alias "${alias}" is also an alias of "${owner}"`));
      aliasOwner.set(alias.toLowerCase(), code.code);
    }
    records.push({
      entry: {
        code: code.code,
        ...(code.correctedSpelling === undefined ? {} : { correctedSpelling: code.correctedSpelling }),
        aliases,
        statuses: code.statuses,
        variants: code.variants,
        sourceFile: input.source.file,
        guidance: guidance.guidance,
      },
      guidanceBody: guidance.body,
      guidanceTree: guidance.tree,
    });
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  return records;
}
