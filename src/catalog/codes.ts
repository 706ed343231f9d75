import type { ApiMetadata } from './api-metadata.ts';
import { correctCodeSpelling, normaliseText } from './normalise.ts';
import type { CodeMessage, Publication, ReturnedBy, SourceKind, ToolHandlingEntry } from './schema.ts';
import type { SourceReading } from './source-codes.ts';
import type { ToolCodes } from './tool-codes.ts';

const CODE_COLLATOR = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * The order codes are listed in everywhere: alphabetical regardless of case, and codes equal but for case by code
 * point (`InvalidDBInstanceId.NotFound` before `InvalidDbInstanceId.NotFound`), so every list is the same on any
 * machine.
 */
export function compareCodes(a: string, b: string): number {
  return CODE_COLLATOR.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The three sources of codes, as read (each with its own problems reported elsewhere). */
export interface CodeSources {
  table: SourceReading;
  metadata?: ApiMetadata;
  tools?: ToolCodes;
}

/** A code with everything its sources say, before guidance is joined. */
export interface CatalogCode {
  code: string;
  /** The code whose spelling names the page; see `errorEntrySchema.page`. */
  page: string;
  /** The other codes on the same page. */
  pageCodes: string[];
  correctedSpelling: string | undefined;
  /** Distinct statuses, in the order of the messages. */
  statuses: number[];
  messages: CodeMessage[];
  returnedBy: ReturnedBy[];
  handledBy: ToolHandlingEntry[];
  sources: SourceKind[];
  /** Where the code first appears (for a problem about it). */
  origin: { file: string; line: number | undefined };
}

interface Draft {
  code: string;
  fromTable: boolean;
  messages: Omit<CodeMessage, 'index'>[];
  returnedBy: { operation: string; status: number; message: number }[];
  handledBy: ToolHandlingEntry[];
  sources: Set<SourceKind>;
  origin: { file: string; line: number | undefined };
}

/**
 * Merges the table, the metadata and the tool list into one entry per code. A code's messages are the table's rows
 * (in its order), then each (status, message) of the metadata not already among them, so `#message-<n>` keeps the
 * meaning it had before the metadata. Codes that differ only in letter case share a page, named by the first of them
 * (table codes first, then by code point); their messages are numbered across the page. Never drops a code.
 */
export function collectCodes(sources: CodeSources): CatalogCode[] {
  const drafts = new Map<string, Draft>();
  const draftOf = (code: string, origin: Draft['origin']): Draft => {
    let draft = drafts.get(code);
    if (!draft) {
      draft = { code, fromTable: false, messages: [], returnedBy: [], handledBy: [], sources: new Set(), origin };
      drafts.set(code, draft);
    }
    return draft;
  };

  for (const row of sources.table.codes) {
    const draft = draftOf(row.code, { file: sources.table.file, line: row.line });
    draft.fromTable = true;
    draft.sources.add('table');
    for (const message of row.messages) {
      const publication: Publication = { source: 'table', file: sources.table.file, line: message.line };
      draft.messages.push({
        text: message.text,
        rawText: message.rawText,
        status: message.status,
        description: message.description,
        rawDescription: message.rawDescription,
        ...(message.translatedDescriptions ? { translatedDescriptions: message.translatedDescriptions } : {}),
        publishedIn: [publication],
      });
    }
  }

  const { metadata } = sources;
  if (metadata) {
    for (const operation of metadata.operations) {
      for (const error of operation.errors) {
        const draft = draftOf(error.code, { file: metadata.file, line: error.line });
        draft.sources.add('metadata');
        const text = normaliseText(error.message);
        const publication: Publication = {
          source: 'metadata',
          file: metadata.file,
          operation: operation.name,
          jsonPath: error.jsonPath,
        };
        let at = draft.messages.findIndex((message) => message.status === error.status && message.text === text);
        if (at < 0) {
          at = draft.messages.length;
          draft.messages.push({ text, rawText: error.message, status: error.status, publishedIn: [publication] });
        } else draft.messages[at]?.publishedIn.push(publication);
        draft.returnedBy.push({ operation: operation.name, status: error.status, message: at });
      }
    }
  }

  for (const tool of sources.tools?.codes ?? []) {
    const draft = draftOf(tool.code, { file: sources.tools?.file ?? '', line: tool.line });
    draft.sources.add('tools');
    draft.handledBy.push(...tool.handled);
  }

  // Pages: codes equal but for letter case share one.
  const groups = new Map<string, Draft[]>();
  for (const draft of drafts.values()) {
    const key = draft.code.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), draft]);
  }
  const tableOrder = new Map(sources.table.codes.map((row, index) => [row.code, index]));
  for (const group of groups.values())
    group.sort(
      (a, b) =>
        (tableOrder.get(a.code) ?? Infinity) - (tableOrder.get(b.code) ?? Infinity) ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
  const codes: CatalogCode[] = [];
  for (const draft of drafts.values()) {
    const group = groups.get(draft.code.toLowerCase()) ?? [draft];
    let first = 1;
    for (const member of group) {
      if (member === draft) break;
      first += member.messages.length;
    }
    const messages = draft.messages.map((message, offset) => ({ ...message, index: first + offset }));
    const corrected = correctCodeSpelling(draft.code);
    codes.push({
      code: draft.code,
      page: group[0]?.code ?? draft.code,
      pageCodes: group.filter((member) => member !== draft).map((member) => member.code),
      correctedSpelling: corrected === draft.code ? undefined : corrected,
      statuses: [...new Set(messages.map((message) => message.status))],
      messages,
      returnedBy: draft.returnedBy.map(({ operation, status, message }) => ({
        operation,
        status,
        messageIndex: first + message,
      })),
      handledBy: draft.handledBy,
      sources: (['table', 'metadata', 'tools'] as const).filter((kind) => draft.sources.has(kind)),
      origin: draft.origin,
    });
  }
  return codes;
}
