import { readApiMetadata, type ApiMetadata } from './api-metadata.ts';
import { collectCodes, compareCodes, type CatalogCode } from './codes.ts';
import { ContentError, ContentErrors } from './content-error.ts';
import { prepareGuidance, type GuidanceFile, type PreparedGuidance } from './guidance.ts';
import { prepareTranslatedGuidance, type TranslatedGuidance } from './guidance-translation.ts';
import { readGlossary } from './glossary.ts';
import type { ProductConfig } from './product.ts';
import type { GuidanceHeading } from './render-guidance.ts';
import {
  parameterNames,
  type ErrorEntry,
  type OperationEntry,
  type OperationError,
  type ProductInfo,
} from './schema.ts';
import { readSourceCodes } from './source-codes.ts';
import { pairTranslatedTable, type TranslatedTable } from './translated-table.ts';
import { readToolCodes, type ToolCodes } from './tool-codes.ts';
import { apiReferenceUrl } from './urls.ts';

/** A source file as read from disk: its path relative to the project root, and its text. */
export interface SourceFile {
  file: string;
  text: string;
}

/** One other language of the site: Alibaba's translated sources, the translated guidance and its glossary. */
export interface Translation extends TranslatedTable {
  /** Alibaba's OpenAPI metadata in this language: operation titles, summaries and parameter descriptions. */
  metadata?: SourceFile;
  /** The folder of translated guidance files, one per page; when present, every page must have one. */
  guidance?: { dir: string; files: GuidanceFile[] };
  glossary?: SourceFile;
}

export interface CatalogInput {
  config: ProductConfig;
  /** Path of the configuration, for problems about it. */
  configFile: string;
  table: SourceFile;
  metadata?: SourceFile;
  tools?: SourceFile;
  /** The site's other languages: Alibaba's translation of the table and metadata, and our guidance (per locale). */
  translations?: Translation[];
  guidance: GuidanceFile[];
}

/** A catalog entry together with its guidance, as Markdown and as rendered HTML, ready for the content store. */
export interface CatalogRecord {
  entry: ErrorEntry;
  guidanceBody: string;
  guidanceHtml: string;
  guidanceHeadings: GuidanceHeading[];
  /** The page's guidance in each other language, by locale. */
  translations: Record<string, TranslatedGuidance>;
}

export interface Catalog {
  product: ProductInfo;
  records: CatalogRecord[];
  /** In the metadata's order; empty without metadata. */
  operations: OperationEntry[];
}

/**
 * Request parameters every RPC call of an Alibaba Cloud API may carry, which the metadata does not list per
 * operation (the signature and the account owner's parameters). Guidance may name them.
 */
export const RPC_COMMON_PARAMETERS = [
  'Action', 'Version', 'Format', 'AccessKeyId', 'Signature', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce',
  'Timestamp', 'SecurityToken', 'RegionId', 'OwnerId', 'OwnerAccount', 'ResourceOwnerId', 'ResourceOwnerAccount',
  'ClientToken',
] as const; // prettier-ignore

function aliasesOf(code: CatalogCode, guidance: PreparedGuidance['guidance'], isCode: (name: string) => boolean) {
  // A corrected spelling that is itself a real code is not an alias (the two are different codes).
  const corrected =
    code.correctedSpelling !== undefined && !isCode(code.correctedSpelling) ? [code.correctedSpelling] : [];
  return [...new Set([...corrected, ...guidance.aliases].filter((alias) => alias !== code.code))];
}

function operationRecords(metadata: ApiMetadata, input: CatalogInput, codes: CatalogCode[], errors: ContentError[]) {
  const translated = translatedMetadata(input, metadata, errors);
  const groupTitle = new Map<number, string>();
  const groupPosition = new Map(metadata.groups.map((group, position) => [group.id, position]));
  for (const group of metadata.groups) {
    const title = input.config.operationGroups[String(group.id)];
    if (title === undefined)
      errors.push(
        new ContentError(
          input.configFile,
          undefined,
          `"operationGroups" has no title for group ${group.id} of ${metadata.file}`,
        ),
      );
    else groupTitle.set(group.id, title);
  }
  const byOperation = new Map<string, OperationError[]>();
  for (const code of codes) {
    for (const returned of code.returnedBy) {
      const message = code.messages.find((candidate) => candidate.index === returned.messageIndex);
      const list = byOperation.get(returned.operation) ?? [];
      list.push({
        code: code.code,
        page: code.page,
        status: returned.status,
        messageIndex: returned.messageIndex,
        message: message?.text ?? '',
      });
      byOperation.set(returned.operation, list);
    }
  }
  return metadata.operations.map((operation): OperationEntry => {
    const title = operation.groupId === undefined ? undefined : groupTitle.get(operation.groupId);
    return {
      name: operation.name,
      ...(operation.title === undefined ? {} : { title: operation.title }),
      ...(operation.summary === undefined ? {} : { summary: operation.summary }),
      deprecated: operation.deprecated,
      group:
        operation.groupId === undefined || title === undefined
          ? undefined
          : { id: operation.groupId, title, position: groupPosition.get(operation.groupId) ?? 0 },
      parameters: operation.parameters,
      errors: (byOperation.get(operation.name) ?? []).sort(
        (a, b) => a.status - b.status || compareCodes(a.code, b.code),
      ),
      referenceUrl: apiReferenceUrl(input.config.product, input.config.apiVersion, operation.name),
      translations: Object.fromEntries(
        translated.flatMap(({ locale, byName, groupTitles }) => {
          const words = byName.get(operation.name);
          if (!words) return [];
          const groupTitle = operation.groupId === undefined ? undefined : groupTitles.get(operation.groupId);
          return [
            [
              locale,
              {
                ...(words.title === undefined ? {} : { title: words.title }),
                ...(words.summary === undefined ? {} : { summary: words.summary }),
                ...(groupTitle === undefined ? {} : { groupTitle }),
                parameterDescriptions: Object.fromEntries(
                  words.parameters.flatMap((parameter) =>
                    parameter.description === undefined ? [] : [[parameter.name, parameter.description]],
                  ),
                ),
              },
            ],
          ];
        }),
      ),
    };
  });
}

/**
 * Alibaba's metadata in the site's other languages: the same API version and the same operations as the English
 * file, or the build names the file and the operation's JSON path.
 */
function translatedMetadata(input: CatalogInput, english: ApiMetadata, errors: ContentError[]) {
  const result: {
    locale: string;
    byName: Map<string, ApiMetadata['operations'][number]>;
    groupTitles: Map<number, string>;
  }[] = [];
  for (const translation of input.translations ?? []) {
    if (!translation.metadata) continue;
    const read = readApiMetadata(translation.metadata.file, translation.metadata.text);
    errors.push(...read.problems);
    const { metadata } = read;
    if (!metadata) continue;
    if (metadata.product !== english.product || metadata.version !== english.version)
      errors.push(
        new ContentError(
          metadata.file,
          undefined,
          `$.info is ${metadata.product} ${metadata.version}, but ${english.file} is ${english.product} ${english.version}`,
        ),
      );
    const names = new Set(english.operations.map((operation) => operation.name));
    const translatedNames = new Set(metadata.operations.map((operation) => operation.name));
    for (const operation of metadata.operations)
      if (!names.has(operation.name))
        errors.push(
          new ContentError(
            metadata.file,
            operation.line,
            `$.apis.${operation.name}: no such operation in ${english.file}`,
          ),
        );
    for (const operation of english.operations)
      if (!translatedNames.has(operation.name))
        errors.push(
          new ContentError(
            metadata.file,
            undefined,
            `$.apis has no ${operation.name}, which ${english.file}${operation.line === undefined ? '' : `:${operation.line}`} has`,
          ),
        );
    const groupTitles = new Map(
      metadata.groups.flatMap((group) => (group.title ? [[group.id, group.title] as const] : [])),
    );
    const byName = new Map(metadata.operations.map((operation) => [operation.name, operation]));
    result.push({ locale: translation.locale, byName, groupTitles });
  }
  return result;
}

/**
 * Each other language's guidance, by locale and page: every page with English guidance must have its translation,
 * and every translation an English page; each is held to its English file (guidance-translation.ts).
 */
function translateGuidance(
  input: CatalogInput,
  guidanceByPage: ReadonlyMap<string, PreparedGuidance>,
  context: {
    operationLinks: ReadonlyMap<string, string>;
    codePages: ReadonlyMap<string, string>;
    codesOfPage: ReadonlyMap<string, Set<string>>;
    names: ReadonlySet<string>;
    errors: ContentError[];
  },
): Map<string, Map<string, TranslatedGuidance>> {
  const { errors } = context;
  const result = new Map<string, Map<string, TranslatedGuidance>>();
  for (const translation of input.translations ?? []) {
    if (!translation.guidance) continue;
    let glossary;
    if (translation.glossary) {
      const read = readGlossary(translation.glossary.file, translation.glossary.text);
      errors.push(...read.problems);
      glossary = read.glossary;
    }
    const byPage = new Map<string, TranslatedGuidance>();
    const { dir, files } = translation.guidance;
    for (const file of files) {
      const english = guidanceByPage.get(file.code);
      if (!english) {
        errors.push(
          new ContentError(file.file, undefined, `translates "${file.code}", which has no English guidance page`),
        );
        continue;
      }
      const { translation: prepared, problems } = prepareTranslatedGuidance(file, translation.locale, {
        operationLinks: context.operationLinks,
        codePages: context.codePages,
        pageCodes: context.codesOfPage.get(file.code) ?? new Set([file.code]),
        englishBody: english.body,
        englishFile: english.guidance.file,
        names: context.names,
        ...(glossary ? { glossary } : {}),
      });
      errors.push(...problems);
      if (prepared) byPage.set(file.code, prepared);
    }
    const translated = new Set(files.map((file) => file.code));
    for (const [page, english] of guidanceByPage)
      if (!translated.has(page))
        errors.push(
          new ContentError(
            english.guidance.file,
            undefined,
            `has no ${translation.locale} translation: add ${dir}/${page}.md`,
          ),
        );
    result.set(translation.locale, byPage);
  }
  return result;
}

/**
 * Builds the catalog: every code of the table, the metadata and the tool list, joined with one guidance file per
 * page, and the metadata's operations with the codes they return. Every problem in every file — sources, guidance,
 * and the checks between them — is collected; any problem throws ContentErrors, so the build stops with the list.
 */
export function buildCatalog(input: CatalogInput): Catalog {
  const { config } = input;
  const table = readSourceCodes(input.table.text, input.table.file);
  const errors: ContentError[] = [...table.problems];
  // Each table message gets its row's description in every translation of the table.
  for (const translation of input.translations ?? []) {
    const paired = pairTranslatedTable(input.table, translation);
    errors.push(...paired.problems);
    for (const code of table.codes)
      for (const message of code.messages) {
        const description = paired.byEnglishLine.get(message.line);
        if (description !== undefined)
          message.translatedDescriptions = { ...message.translatedDescriptions, [translation.locale]: description };
      }
  }
  let metadata: ApiMetadata | undefined;
  if (input.metadata) {
    const read = readApiMetadata(input.metadata.file, input.metadata.text);
    errors.push(...read.problems);
    metadata = read.metadata;
    if (metadata && (metadata.product !== config.product || metadata.version !== config.apiVersion))
      errors.push(
        new ContentError(
          metadata.file,
          undefined,
          `$.info is ${metadata.product} ${metadata.version}, but ${input.configFile} configures ${config.product} ${config.apiVersion}`,
        ),
      );
  }
  let tools: ToolCodes | undefined;
  if (input.tools) {
    const read = readToolCodes(input.tools.file, input.tools.text);
    errors.push(...read.problems);
    tools = read.tools;
  }
  // Only sources read in full say a code is not in them: a bad row may hold a guidance file's code.
  const complete =
    table.complete && (!input.metadata || metadata !== undefined) && (!input.tools || tools !== undefined);
  const codes = collectCodes({ table, ...(metadata ? { metadata } : {}), ...(tools ? { tools } : {}) });

  const byCode = new Map(codes.map((code) => [code.code, code]));
  const codePages = new Map(codes.map((code) => [code.code, code.page]));
  const codesOfPage = new Map<string, Set<string>>();
  for (const code of codes) codesOfPage.set(code.page, new Set([...(codesOfPage.get(code.page) ?? []), code.code]));
  const pages = new Set(codes.map((code) => code.page));
  const lowerCase = new Set(codes.map((code) => code.code.toLowerCase()));
  const operations = new Map((metadata?.operations ?? []).map((operation) => [operation.name, operation]));
  const parameters = new Set<string>([
    ...RPC_COMMON_PARAMETERS,
    ...(metadata?.operations ?? []).flatMap((operation) => operation.parameters.flatMap(parameterNames)),
  ]);
  const operationLinks = new Map(
    [...operations.keys()].map((name) => [name, apiReferenceUrl(config.product, config.apiVersion, name)]),
  );

  const standard = metadata ? { operations, parameters, cliProduct: config.product.toLowerCase() } : undefined;
  const guidanceByPage = new Map<string, PreparedGuidance>();
  const pagesWithGuidanceFile = new Set(input.guidance.map((file) => file.code));
  for (const file of input.guidance) {
    const pageCodes = codesOfPage.get(file.code) ?? new Set([file.code]);
    const { prepared, problems } = prepareGuidance(file, { operationLinks, codePages, pageCodes, standard });
    errors.push(...problems);
    if (pages.has(file.code)) {
      if (prepared) guidanceByPage.set(file.code, prepared);
    } else if (byCode.has(file.code)) {
      const page = byCode.get(file.code)?.page;
      errors.push(
        new ContentError(
          file.file,
          undefined,
          `"${file.code}" shares the page of "${page}" (they differ only in letter case): its guidance belongs in ${page}.md`,
        ),
      );
    } else if (complete) {
      const near = [...pages].find((page) => page.toLowerCase() === file.code.toLowerCase());
      const hint = near ? ` (did you mean "${near}"? file names are case-sensitive)` : '';
      errors.push(
        new ContentError(file.file, undefined, `guidance for unknown code "${file.code}"${hint}: no source has it`),
      );
    }
    if (!prepared) continue;
    const { guidance, fieldLines } = prepared;
    // The frontmatter's operation and parameter names, each against the metadata.
    const nameLists = [
      {
        field: 'operations',
        names: guidance.operations,
        known: operations,
        is: 'is not an operation of the API metadata',
      },
      {
        field: 'parameters',
        names: guidance.parameters,
        known: parameters,
        is: 'no operation of the API metadata takes',
      },
    ] as const;
    for (const { field, names, known, is } of nameLists)
      for (const name of names)
        if (!known.has(name))
          errors.push(new ContentError(file.file, fieldLines[field], `"${field}" names "${name}", which ${is}`));
    for (const related of guidance.related) {
      if (related === file.code)
        errors.push(new ContentError(file.file, fieldLines.related, `"related" lists the code itself ("${related}")`));
      else if (!byCode.has(related))
        errors.push(new ContentError(file.file, fieldLines.related, `"related" names unknown code "${related}"`));
    }
    for (const link of prepared.codeLinks)
      if (!byCode.has(link.code))
        errors.push(
          new ContentError(file.file, link.line, `links to ${link.href}, but "${link.code}" is no code of the catalog`),
        );
  }

  const translatedGuidance = translateGuidance(input, guidanceByPage, {
    operationLinks,
    codePages,
    codesOfPage,
    names: new Set([...operations.keys(), ...parameters, ...byCode.keys()]),
    errors,
  });

  const aliasOwner = new Map<string, string>();
  const records: CatalogRecord[] = [];
  for (const code of codes) {
    const prepared = guidanceByPage.get(code.page);
    if (!prepared) {
      if (!pagesWithGuidanceFile.has(code.page))
        errors.push(
          new ContentError(
            code.origin.file,
            code.origin.line,
            `code "${code.code}" has no guidance: add ${config.guidance}/${code.page}.md`,
          ),
        );
      continue;
    }
    const { guidance, fieldLines } = prepared;
    const aliases = aliasesOf(code, guidance, (name) => byCode.has(name));
    for (const alias of aliases) {
      // A corrected spelling comes from the sources, not from the "aliases" field.
      const line = guidance.aliases.includes(alias) ? fieldLines.aliases : undefined;
      const real = codes.find((other) => other.code.toLowerCase() === alias.toLowerCase());
      if (real)
        errors.push(
          new ContentError(
            guidance.file,
            line,
            `alias "${alias}" is the real code "${real.code}": list it in "related" instead`,
          ),
        );
      const owner = aliasOwner.get(alias.toLowerCase());
      if (owner && owner !== code.page)
        errors.push(new ContentError(guidance.file, line, `alias "${alias}" is also an alias of "${owner}"`));
      aliasOwner.set(alias.toLowerCase(), code.page);
    }
    records.push({
      entry: {
        code: code.code,
        page: code.page,
        pageCodes: code.pageCodes,
        ...(code.correctedSpelling === undefined || byCode.has(code.correctedSpelling)
          ? {}
          : { correctedSpelling: code.correctedSpelling }),
        aliases: aliases.filter((alias) => !lowerCase.has(alias.toLowerCase())),
        statuses: code.statuses,
        messages: code.messages,
        returnedBy: code.returnedBy,
        handledBy: code.handledBy,
        sources: code.sources,
        guidance,
        translations: Object.fromEntries(
          [...translatedGuidance].flatMap(([locale, byPage]) => {
            const translation = byPage.get(code.page);
            return translation
              ? [[locale, { summary: translation.summary, keywords: translation.keywords, file: translation.file }]]
              : [];
          }),
        ),
      },
      guidanceBody: prepared.body,
      guidanceHtml: prepared.html,
      guidanceHeadings: prepared.headings,
      translations: Object.fromEntries(
        [...translatedGuidance].flatMap(([locale, byPage]) => {
          const translation = byPage.get(code.page);
          return translation ? [[locale, translation]] : [];
        }),
      ),
    });
  }
  const operationList = metadata ? operationRecords(metadata, input, codes, errors) : [];
  if (errors.length > 0) throw new ContentErrors(errors);
  return {
    product: {
      product: config.product,
      name: config.name,
      apiVersion: config.apiVersion,
      ramService: config.ramService,
      ramInstanceResource: config.ramInstanceResource,
      endpoints: metadata?.endpoints ?? [],
    },
    records,
    operations: operationList,
  };
}
