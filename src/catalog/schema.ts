import { z } from 'zod';
import { CATEGORY_IDS, RETRY_IDS } from './taxonomy.ts';

/** Codes are what the API returns: letters, digits, dots and underscores (`ORDER.ACCOUNT_INFORMATION_INCOMPLETE`). */
export const CODE_PATTERN = /^[A-Za-z0-9._]+$/;
export const codeSchema = z.string().regex(CODE_PATTERN, 'a code holds only letters, digits, dots and underscores');
/** API operation names: `CreateDBInstance`. */
export const OPERATION_PATTERN = /^[A-Za-z][A-Za-z0-9]*$/;
export const operationSchema = z.string().regex(OPERATION_PATTERN, 'an operation name holds only letters and digits');

/** Where one message of a code is published: a row of the error-code table, or an operation in the API metadata. */
export const publicationSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('table'), file: z.string(), line: z.number().int().positive() }),
  z.object({
    source: z.literal('metadata'),
    file: z.string(),
    operation: operationSchema,
    /** Where in the file: `$.apis.<Operation>.errorCodes["<status>"][<i>]`. */
    jsonPath: z.string(),
  }),
]);

/** One message of a code, as the service returns it, with every place it is published. */
export const codeMessageSchema = z.object({
  /**
   * 1-based position on the code's page, the anchor `#message-<index>`: the table's rows first, in its order (so
   * numbers published before the metadata keep their meaning), then the metadata's other messages, in its order.
   */
  index: z.number().int().positive(),
  /** The message, normalised (mojibake repaired, doubled escapes undone, white space folded); `%s` kept as written. */
  text: z.string().min(1),
  /** The message exactly as its first source writes it. */
  rawText: z.string(),
  status: z.number().int().min(400).max(599),
  /** The table's description of the row, normalised, when the table has the message. */
  description: z.string().optional(),
  rawDescription: z.string().optional(),
  /** The table row's description in each of Alibaba's translations of the table, by locale (`zh-cn`). */
  translatedDescriptions: z.record(z.string(), z.string()).optional(),
  publishedIn: z.array(publicationSchema).min(1),
});

/** An operation that returns a code, with the status and message it returns it with (from the API metadata). */
export const returnedBySchema = z.object({
  operation: operationSchema,
  status: z.number().int(),
  messageIndex: z.number().int().positive(),
});

/** A place where one of Alibaba's own tools handles a code (the third source). */
export const toolHandlingSchema = z.object({
  repository: z.string(),
  commit: z.string(),
  path: z.string(),
  line: z.number().int().positive(),
  operation: operationSchema.optional(),
  how: z.enum(['retried', 'tolerated', 'not-found']),
  note: z.string().optional(),
  url: z.string(),
});

/** The sources a code comes from. */
export const SOURCE_KINDS = ['table', 'metadata', 'tools'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Frontmatter of `content/guidance/<Code>.md`. */
export const guidanceFrontmatterSchema = z.strictObject({
  category: z.enum(CATEGORY_IDS),
  retry: z.enum(RETRY_IDS),
  summary: z.string().trim().min(20).max(200),
  /** Operations the page names; each must be an operation of the product's API metadata. */
  operations: z.array(operationSchema).default([]),
  /** Request parameters the page names; each must be a parameter of one of the metadata's operations. */
  parameters: z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9.]*$/)).default([]),
  related: z.array(codeSchema).default([]),
  aliases: z.array(codeSchema).default([]),
  /** Words people search for when they have this error (shown on the page and weighted in search). */
  keywords: z.array(z.string().trim().min(2).max(60)).default([]),
  /**
   * Where the page's non-obvious claims come from: `https://…` URLs, or `owner/repo/path@<40-hex commit>` with an
   * optional `#L<line>` (or `#L<a>-L<b>`), or one of this project's source files (`content/source/…`).
   */
  sources: z
    .array(
      z
        .string()
        .regex(
          /^(?:https:\/\/\S+|[\w.-]+\/[\w.-]+\/\S+@[0-9a-f]{40}(?:#L\d+(?:-L\d+)?)?|content\/source\/\S+)$/,
          'a source is an https URL, owner/repo/path@<40-hex commit>[#L<line>], or a file in content/source/',
        ),
    )
    .default([]),
});

export const guidanceSchema = guidanceFrontmatterSchema.extend({
  /** Path of the guidance file, relative to the project root. */
  file: z.string(),
});

/** One entry of the `errors` collection: a distinct code with all its messages, where they come from, and guidance. */
export const errorEntrySchema = z.object({
  code: codeSchema,
  /**
   * The code whose spelling names the page (`/errors/<page>/`): the code itself, except for codes that differ from
   * another only in letter case, which share one page (a case-insensitive file system holds one of the two paths).
   */
  page: codeSchema,
  /** The other codes on the same page (differing only in case), when there are any. */
  pageCodes: z.array(codeSchema),
  /** The code with known misspellings corrected (`Forbbiden.SubUser` → `Forbidden.SubUser`), when it has any. */
  correctedSpelling: codeSchema.optional(),
  /** Other spellings that lead here: the corrected spelling of a typo'd code, then the guidance's aliases. */
  aliases: z.array(codeSchema),
  /** Distinct statuses, in the order of the messages. */
  statuses: z.array(z.number().int()),
  /** Every message of the code; none for a code only Alibaba's tools know (its message is not published). */
  messages: z.array(codeMessageSchema),
  /** The operations that return the code (API metadata), in the metadata's order. */
  returnedBy: z.array(returnedBySchema),
  /** Where Alibaba's own tools handle it (the third source). */
  handledBy: z.array(toolHandlingSchema),
  /** Which sources have the code: the table, the metadata, Alibaba's tools. */
  sources: z.array(z.enum(SOURCE_KINDS)).min(1),
  guidance: guidanceSchema,
  /** The guidance's words in each other language of the site, by locale (`zh-cn`); the facts are `guidance`'s. */
  translations: z.record(
    z.string(),
    z.object({ summary: z.string(), keywords: z.array(z.string()), file: z.string() }),
  ),
});

export type CodeMessage = z.infer<typeof codeMessageSchema>;
export type Publication = z.infer<typeof publicationSchema>;
export type ReturnedBy = z.infer<typeof returnedBySchema>;
export type ToolHandlingEntry = z.infer<typeof toolHandlingSchema>;
export type GuidanceFrontmatter = z.infer<typeof guidanceFrontmatterSchema>;
export type Guidance = z.infer<typeof guidanceSchema>;
export type ErrorEntry = z.infer<typeof errorEntrySchema>;

/** One request parameter of an operation, with the rules its metadata schema states. */
export const apiParameterSchema = z.object({
  name: z.string(),
  /** `query`, `body`, … */
  location: z.string().optional(),
  type: z.string().optional(),
  required: z.boolean(),
  description: z.string().optional(),
  enum: z.array(z.string()).optional(),
  default: z.string().optional(),
  maxLength: z.number().optional(),
  minLength: z.number().optional(),
  minimum: z.string().optional(),
  maximum: z.string().optional(),
  pattern: z.string().optional(),
  example: z.string().optional(),
  /** The properties of each item, for a list of objects (`Tag` → `Key`, `Value`: sent as `Tag.N.Key`). */
  itemProperties: z.array(z.string()).optional(),
});

/**
 * The names a request may carry for a parameter: its own, and for a list its items' (`ResourceId.N`) or their
 * properties' (`Tag.N.Key`), as RPC calls flatten them.
 */
export function parameterNames(parameter: Pick<ApiParameter, 'name' | 'type' | 'itemProperties'>): string[] {
  if (parameter.type !== 'array') return [parameter.name];
  const item = `${parameter.name}.N`;
  return [parameter.name, item, ...(parameter.itemProperties ?? []).map((property) => `${item}.${property}`)];
}

/** One entry of the `operations` collection: an operation of the API with the codes it returns. */
export const operationEntrySchema = z.object({
  name: operationSchema,
  title: z.string().optional(),
  summary: z.string().optional(),
  deprecated: z.boolean(),
  /** The metadata's group (directory) of the operation, with its English title from the product configuration. */
  group: z.object({ id: z.number(), title: z.string(), position: z.number().int() }).optional(),
  parameters: z.array(apiParameterSchema),
  /** Each (code, status, message) the operation returns, by status then code. */
  errors: z.array(
    z.object({
      code: codeSchema,
      page: codeSchema,
      status: z.number().int(),
      messageIndex: z.number().int().positive(),
      message: z.string(),
    }),
  ),
  /** Its page in Alibaba Cloud's API reference (`apiReferenceUrl`). */
  referenceUrl: z.string(),
  /** Alibaba's own words for it in each other language of the metadata (`zh-cn`), by locale. */
  translations: z
    .record(
      z.string(),
      z.object({
        title: z.string().optional(),
        summary: z.string().optional(),
        groupTitle: z.string().optional(),
        /** Each parameter's description, by parameter name. */
        parameterDescriptions: z.record(z.string(), z.string()),
      }),
    )
    .default({}),
});

/** The `product` collection's one entry: the product the catalog covers (from `content/product.yaml`). */
export const productEntrySchema = z.object({
  product: z.string(),
  name: z.string(),
  apiVersion: z.string(),
  ramService: z.string(),
  ramInstanceResource: z.string(),
  /** The API's endpoint host per region, from the metadata (`mongodb.aliyuncs.com`, `mongodb.<region>.aliyuncs.com`). */
  endpoints: z.array(z.object({ regionId: z.string(), endpoint: z.string() })),
});

export type ApiParameter = z.infer<typeof apiParameterSchema>;
export type OperationEntry = z.infer<typeof operationEntrySchema>;
export type OperationError = OperationEntry['errors'][number];
export type ProductInfo = z.infer<typeof productEntrySchema>;
