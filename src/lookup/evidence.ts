/**
 * Stage 2 of the lookup, gather: what the reading says about which code is meant, one kind of evidence at a time —
 * the code the paste gives, its message, codes its text names, an SDK's error name — each matched against the
 * catalog on its own. Weighing them against each other is for the next stages (rank.ts, decide.ts).
 */
import type { CatalogIndex } from './catalog-index.ts';
import type { CodeSource, PasteReading } from './fields.ts';
import { codesMentioned, matchCode, type CodeMatch } from './match-code.ts';
import {
  identifiedCode,
  messageQuery,
  rankMessages,
  type IdentifiedCode,
  type MessageQuery,
  type ScoredMessage,
} from './match-message.ts';
import { isSdkWrapperName, sdkWrapperIn, type SdkWrapperHint } from './sdk-wrappers.ts';
import { looksLikeCode } from './text.ts';
import type { LookupEntry } from './types.ts';

/** The code the paste gives, matched against the catalog. */
export interface CodeEvidence {
  /** As written in the paste (not corrected). */
  written: string;
  match: CodeMatch;
}

/**
 * A code-like word the paste gives that is not taken for a code: a plain word (`Specified`), a leading word that is
 * not a code (`DescribeDBInstances returns …`), an SDK's error name (`SDK.ServerError`). The paste is read as text.
 */
export interface SetAsideCode {
  written: string;
  source?: CodeSource;
}

/** The paste's message (or its whole text), matched against the catalog's messages. */
export interface MessageEvidence {
  /** The message field, or the paste's plain text when it has no message to go by (or no code: see gatherEvidence). */
  from: 'message' | 'text';
  query: MessageQuery;
  /**
   * Every catalog message that resembles it, best first — only the code's own messages when the paste's code is
   * certain (the message then only chooses among them).
   */
  ranked: ScoredMessage[];
  /** The one code the message identifies, if it identifies one (never looked for when the code is certain). */
  identifies?: IdentifiedCode;
}

/**
 * Evidence from the API operation the paste names (`fields.operation`, e.g. Terraform's `Resource … CreateDBInstance
 * Failed!!!`): not gathered yet — a later issue adds it, and rank.ts and decide.ts will weigh it.
 */
export type OperationEvidence = never;

/** Evidence from the product or cloud the paste came from (`fields.product`, the host): not gathered yet either. */
export type ProductEvidence = never;

/** What stage 2 (gather) hands on. */
export interface Evidence {
  code?: CodeEvidence;
  setAside?: SetAsideCode;
  message?: MessageEvidence;
  /** Codes of the catalog the text names, when the paste gives no code of its own (none, or one set aside). */
  mentioned: LookupEntry[];
  /** The first SDK error name in the text (`SDK.ServerError`), which says where the code would be. */
  sdkWrapper?: SdkWrapperHint;
  operation?: OperationEvidence;
  product?: ProductEvidence;
}

/** Whether the match names one code for certain (exact, letter case, alias, known misspelling). */
export function isCertain(match: CodeMatch): match is Extract<CodeMatch, { entry: LookupEntry }> {
  return match.kind !== 'near' && match.kind !== 'none';
}

/**
 * A code word that is not in the catalog and does not look like a code is just a word of text; so is an SDK's error
 * name (`SDK.ServerError`), which is never the API's code.
 */
function isWeakCode(code: string, source: CodeSource | undefined): boolean {
  if (isSdkWrapperName(code)) return true;
  if (source === 'bare') return !looksLikeCode(code);
  if (source === 'leading') return !code.includes('.');
  return false;
}

function messageEvidence(
  text: string | undefined,
  from: MessageEvidence['from'],
  status: number | undefined,
  index: CatalogIndex,
  certain: LookupEntry | undefined,
): MessageEvidence | undefined {
  const query = text === undefined ? undefined : messageQuery(text, status);
  if (!query) return undefined;
  if (certain) {
    const own = index.messages.filter((item) => item.entry === certain);
    return { from, query, ranked: rankMessages(query, index, own) };
  }
  const ranked = rankMessages(query, index);
  const identifies = identifiedCode(query, ranked, index);
  return { from, query, ranked, ...(identifies ? { identifies } : {}) };
}

/**
 * Gathers the evidence of a (non-blank) reading. The message is the message field; a paste whose code is set aside,
 * or that has no code and no usable message field, is matched by its whole plain text instead.
 */
export function gatherEvidence(reading: PasteReading, index: CatalogIndex): Evidence {
  const { fields, freeText } = reading;
  const status = fields.status;
  let code: CodeEvidence | undefined;
  let setAside: SetAsideCode | undefined;
  if (fields.code !== undefined) {
    const match = matchCode(fields.code, index);
    if (match.kind === 'none' && isWeakCode(fields.code, reading.codeSource)) {
      setAside = { written: fields.code, ...(reading.codeSource ? { source: reading.codeSource } : {}) };
    } else {
      code = { written: fields.code, match };
    }
  }
  const certain = code && isCertain(code.match) ? code.match.entry : undefined;
  const message = code
    ? messageEvidence(fields.message, 'message', status, index, certain)
    : setAside
      ? messageEvidence(freeText, 'text', status, index, undefined)
      : (messageEvidence(fields.message, 'message', status, index, undefined) ??
        messageEvidence(freeText, 'text', status, index, undefined));
  const sdkWrapper = sdkWrapperIn(freeText);
  return {
    ...(code ? { code } : {}),
    ...(setAside ? { setAside } : {}),
    ...(message ? { message } : {}),
    mentioned: code ? [] : codesMentioned(freeText, index),
    ...(sdkWrapper ? { sdkWrapper } : {}),
  };
}
