import { z } from 'zod';
import { DDS_OPERATIONS, DDS_PARAMETERS } from './dds-api.ts';
import { CATEGORY_IDS, RETRY_IDS } from './taxonomy.ts';

/** Codes are what the API returns: letters, digits and dots. */
export const CODE_PATTERN = /^[A-Za-z0-9.]+$/;
export const codeSchema = z.string().regex(CODE_PATTERN, 'a code holds only letters, digits and dots');

/** One message of a code: a row of the upstream table, normalised, with the raw cell text kept beside it. */
export const codeMessageSchema = z.object({
  /** 1-based position among this code's rows, in source order; the anchor is `#message-<index>`. */
  index: z.number().int().positive(),
  /** The message, normalised (mojibake repaired, doubled escapes undone, white space folded). */
  text: z.string().min(1),
  /** The message cell exactly as written in the source. */
  rawText: z.string(),
  description: z.string(),
  rawDescription: z.string(),
  status: z.number().int().min(400).max(599),
  /** Line of the row in the source file. */
  line: z.number().int().positive(),
});

/** Frontmatter of `content/guidance/<Code>.md`. */
export const guidanceFrontmatterSchema = z.strictObject({
  category: z.enum(CATEGORY_IDS),
  retry: z.enum(RETRY_IDS),
  summary: z.string().trim().min(20).max(200),
  operations: z.array(z.enum(DDS_OPERATIONS)).default([]),
  parameters: z.array(z.enum(DDS_PARAMETERS)).default([]),
  related: z.array(codeSchema).default([]),
  aliases: z.array(codeSchema).default([]),
  /** Words people search for when they have this error (shown on the page and weighted in search). */
  keywords: z.array(z.string().trim().min(2).max(60)).default([]),
});

export const guidanceSchema = guidanceFrontmatterSchema.extend({
  /** Path of the guidance file, relative to the project root. */
  file: z.string(),
});

/** One entry of the `errors` collection: a distinct code with all its messages and its guidance. */
export const errorEntrySchema = z.object({
  code: codeSchema,
  /** The code with known misspellings corrected (`Forbbiden.SubUser` → `Forbidden.SubUser`), when it has any. */
  correctedSpelling: codeSchema.optional(),
  /** Other spellings that lead here: the corrected spelling of a typo'd code, then the guidance's aliases. */
  aliases: z.array(codeSchema),
  /** Distinct statuses in source order. */
  statuses: z.array(z.number().int()).min(1),
  messages: z.array(codeMessageSchema).min(1),
  sourceFile: z.string(),
  guidance: guidanceSchema,
});

export type CodeMessage = z.infer<typeof codeMessageSchema>;
export type GuidanceFrontmatter = z.infer<typeof guidanceFrontmatterSchema>;
export type Guidance = z.infer<typeof guidanceSchema>;
export type ErrorEntry = z.infer<typeof errorEntrySchema>;
