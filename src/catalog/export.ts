import { z } from 'zod';
import { CATEGORY_IDS, RETRY_IDS } from './taxonomy.ts';
import {
  CODE_PATTERN,
  OPERATION_PATTERN,
  SOURCE_KINDS,
  type ErrorEntry,
  type OperationEntry,
  type ProductInfo,
} from './schema.ts';
import { errorUrl, operationUrl } from './urls.ts';

const productFields = {
  product: z.string().describe('Alibaba Cloud product code (`Dds` for ApsaraDB for MongoDB).'),
  apiVersion: z.string().describe('API version of the operations and the metadata (`2015-12-01`).'),
};

/** The machine-readable catalog published at `/errors.json`; its JSON Schema is published at `/errors.schema.json`. */
export const catalogExportSchema = z
  .object({
    $schema: z.string().describe('URL of this document’s JSON Schema.'),
    ...productFields,
    count: z.number().int().describe('Number of codes.'),
    codes: z.array(
      z.object({
        code: z.string().regex(CODE_PATTERN).describe('The code exactly as the API returns it (typos included).'),
        url: z
          .string()
          .describe('Canonical path of the code’s page: /errors/<Code>/ (codes that differ only in case share one).'),
        statuses: z
          .array(z.number().int())
          .describe('HTTP statuses the code comes with, in the order of its messages.'),
        messages: z
          .array(
            z.object({
              index: z.number().int().describe('1-based position on the page; the anchor is #message-<index>.'),
              message: z
                .string()
                .describe('The message as the service returns it (`%s`: a value the service fills in).'),
              status: z.number().int(),
              url: z.string().describe('Path of this message on the code’s page.'),
              descriptions: z
                .record(z.string(), z.string())
                .describe(
                  'The error-code table’s description of the message, by language (`en`, `zh-cn`: Alibaba’s Chinese table, typos as published); empty for a message only the API metadata has.',
                ),
              operations: z.array(z.string().regex(OPERATION_PATTERN)).describe('Operations that return this message.'),
            }),
          )
          .describe('The error-code table’s messages in its order, then the API metadata’s other messages.'),
        operations: z
          .array(
            z.object({
              operation: z.string().regex(OPERATION_PATTERN),
              status: z.number().int(),
              messageIndex: z.number().int().describe('The message it returns (`messages[].index`).'),
              url: z.string().describe('Path of the operation’s page on this site.'),
            }),
          )
          .describe('Operations that return the code, from the API metadata.'),
        sources: z
          .array(z.enum(SOURCE_KINDS))
          .describe(
            'Where the code is published: `table` (the error-code table), `metadata` (the API metadata), `tools` (seen in Alibaba’s own tools only; see handledBy).',
          ),
        handledBy: z
          .array(
            z.object({
              repository: z.string(),
              commit: z.string(),
              path: z.string(),
              line: z.number().int(),
              operation: z.string().optional(),
              how: z.enum(['retried', 'tolerated', 'not-found']),
              url: z.string(),
            }),
          )
          .describe('Where Alibaba’s own tools (its Terraform provider) handle the code.'),
        category: z.enum(CATEGORY_IDS),
        retry: z.enum(RETRY_IDS).describe('backoff | after-change | after-wait | never'),
        summary: z.string(),
        translations: z
          .record(z.string(), z.object({ summary: z.string() }))
          .describe('The summary in each other language of the site, by locale (`zh-cn`).'),
        aliases: z.array(z.string()).describe('Other spellings that lead to this code (corrected spellings first).'),
      }),
    ),
  })
  .describe('ApsaraDB for MongoDB API error codes');

export type CatalogExport = z.infer<typeof catalogExportSchema>;

/** The operations published at `/operations.json`. */
export const operationsExportSchema = z
  .object({
    ...productFields,
    count: z.number().int(),
    operations: z.array(
      z.object({
        name: z.string().regex(OPERATION_PATTERN),
        url: z.string().describe('Path of the operation’s page on this site.'),
        reference: z.string().describe('The operation’s page in Alibaba Cloud’s API reference.'),
        group: z.string().optional().describe('The API metadata’s group of the operation.'),
        summary: z.string().optional(),
        translations: z
          .record(z.string(), z.object({ title: z.string().optional(), summary: z.string().optional() }))
          .describe('The operation’s title and summary in each other language of Alibaba’s metadata (`zh-cn`).'),
        codes: z.array(
          z.object({
            code: z.string().regex(CODE_PATTERN),
            status: z.number().int(),
            message: z.string(),
            url: z.string().describe('Path of the code’s page with this message.'),
          }),
        ),
      }),
    ),
  })
  .describe('ApsaraDB for MongoDB API operations and the error codes each returns');

export type OperationsExport = z.infer<typeof operationsExportSchema>;

export const EXPORT_PATHS = {
  catalog: '/errors.json',
  schema: '/errors.schema.json',
  operations: '/operations.json',
  retryOptions: '/retry-options.json',
} as const;

export function toCatalogExport(product: ProductInfo, entries: readonly ErrorEntry[]): CatalogExport {
  return {
    $schema: EXPORT_PATHS.schema,
    product: product.product,
    apiVersion: product.apiVersion,
    count: entries.length,
    codes: entries.map((entry) => ({
      code: entry.code,
      url: errorUrl(entry.page),
      statuses: entry.statuses,
      messages: entry.messages.map((message) => ({
        index: message.index,
        message: message.text,
        status: message.status,
        url: errorUrl(entry.page, message.index),
        descriptions: {
          ...(message.description === undefined ? {} : { en: message.description }),
          ...message.translatedDescriptions,
        },
        operations: message.publishedIn.flatMap((place) => (place.source === 'metadata' ? [place.operation] : [])),
      })),
      operations: entry.returnedBy.map((row) => ({ ...row, url: operationUrl(row.operation) })),
      sources: entry.sources,
      handledBy: entry.handledBy.map(({ repository, commit, path, line, operation, how, url }) => ({
        repository,
        commit,
        path,
        line,
        ...(operation === undefined ? {} : { operation }),
        how,
        url,
      })),
      category: entry.guidance.category,
      retry: entry.guidance.retry,
      summary: entry.guidance.summary,
      translations: Object.fromEntries(
        Object.entries(entry.translations).map(([locale, { summary }]) => [locale, { summary }]),
      ),
      aliases: entry.aliases,
    })),
  };
}

export function toOperationsExport(product: ProductInfo, operations: readonly OperationEntry[]): OperationsExport {
  return {
    product: product.product,
    apiVersion: product.apiVersion,
    count: operations.length,
    operations: operations.map((operation) => ({
      name: operation.name,
      url: operationUrl(operation.name),
      reference: operation.referenceUrl,
      ...(operation.group ? { group: operation.group.title } : {}),
      ...(operation.summary ? { summary: operation.summary } : {}),
      translations: Object.fromEntries(
        Object.entries(operation.translations).map(([locale, { title, summary }]) => [
          locale,
          { ...(title === undefined ? {} : { title }), ...(summary === undefined ? {} : { summary }) },
        ]),
      ),
      codes: operation.errors.map((error) => ({
        code: error.code,
        status: error.status,
        message: error.message,
        url: errorUrl(error.page, error.messageIndex),
      })),
    })),
  };
}

export function catalogExportJsonSchema(): object {
  return z.toJSONSchema(catalogExportSchema, { target: 'draft-2020-12' });
}
