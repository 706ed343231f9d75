import { z } from 'zod';
import { CATEGORY_IDS, RETRY_IDS } from './taxonomy.ts';
import { CODE_PATTERN, type ErrorEntry } from './schema.ts';
import { errorUrl } from './urls.ts';

/** The machine-readable catalog published at `/errors.json`; its JSON Schema is published at `/errors.schema.json`. */
export const catalogExportSchema = z
  .object({
    $schema: z.string().describe('URL of this document’s JSON Schema.'),
    product: z.literal('Dds').describe('Alibaba Cloud product code of ApsaraDB for MongoDB.'),
    count: z.number().int().describe('Number of codes.'),
    codes: z.array(
      z.object({
        code: z.string().regex(CODE_PATTERN).describe('The code exactly as the API returns it (typos included).'),
        url: z.string().describe('Canonical path of the code’s page: /errors/<Code>/.'),
        statuses: z.array(z.number().int()).describe('HTTP statuses the code comes with, in source order.'),
        messages: z
          .array(
            z.object({
              index: z.number().int().describe('1-based position; the page anchor is #message-<index>.'),
              message: z.string().describe('The message as the service returns it.'),
              status: z.number().int(),
              url: z.string().describe('Path of this message on the code’s page.'),
            }),
          )
          .describe('Messages in source order.'),
        category: z.enum(CATEGORY_IDS),
        retry: z.enum(RETRY_IDS).describe('backoff | after-change | after-wait | never'),
        summary: z.string(),
        aliases: z.array(z.string()).describe('Other spellings that lead to this code (corrected spellings first).'),
      }),
    ),
  })
  .describe('ApsaraDB for MongoDB API error codes');

export type CatalogExport = z.infer<typeof catalogExportSchema>;

export const EXPORT_PATHS = { catalog: '/errors.json', schema: '/errors.schema.json' } as const;

export function toCatalogExport(entries: readonly ErrorEntry[]): CatalogExport {
  return {
    $schema: EXPORT_PATHS.schema,
    product: 'Dds',
    count: entries.length,
    codes: entries.map((entry) => ({
      code: entry.code,
      url: errorUrl(entry.code),
      statuses: entry.statuses,
      messages: entry.messages.map((message) => ({
        index: message.index,
        message: message.text,
        status: message.status,
        url: errorUrl(entry.code, message.index),
      })),
      category: entry.guidance.category,
      retry: entry.guidance.retry,
      summary: entry.guidance.summary,
      aliases: entry.aliases,
    })),
  };
}

export function catalogExportJsonSchema(): object {
  return z.toJSONSchema(catalogExportSchema, { target: 'draft-2020-12' });
}
