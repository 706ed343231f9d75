/**
 * Public types of the error lookup. Structural on purpose: `ErrorEntry` from the catalog fits `LookupEntry`, and so
 * does a slim JSON export of the catalog loaded in the browser.
 */

/** One message of a code, as the lookup needs it. */
export interface LookupMessage {
  /** 1-based position among the code's messages (the `#message-<n>` anchor). */
  readonly index: number;
  readonly status: number;
  readonly text: string;
}

/** One code of the catalog, as the lookup needs it. */
export interface LookupEntry {
  readonly code: string;
  /** Other spellings that lead to this code (corrected spellings first). */
  readonly aliases: readonly string[];
  readonly messages: readonly LookupMessage[];
}

/** What was read from a paste; shown to the reader, e.g. for a support ticket. */
export interface LookupFields {
  /** The error code as written in the paste (not corrected). */
  code?: string;
  message?: string;
  /** HTTP status. */
  status?: number;
  requestId?: string;
  /** `HostId` of the response, or the endpoint the client logged. */
  host?: string;
  /** API operation, e.g. from Terraform's `Resource <id> <Operation> Failed!!!`. */
  operation?: string;
  /** Product code from a troubleshoot link (`Dds`). */
  product?: string;
  /** Alibaba Cloud's own troubleshooting link (`Recommend`), when the paste has one. */
  recommend?: string;
}

/** A possible code for the paste, best first. */
export interface LookupCandidate {
  code: string;
  /** 1-based message index, when one message of the code is meant. */
  messageIndex?: number;
  /** `errorUrl(code, messageIndex)`. */
  url: string;
  /** 0..1, higher is better; comparable within one result only. */
  score: number;
  /** Why this code is offered, as a sentence. */
  reason: string;
}

export interface LookupMatch {
  kind: 'match';
  code: string;
  messageIndex?: number;
  url: string;
  reason: string;
  fields: LookupFields;
}

export interface LookupCandidates {
  kind: 'candidates';
  candidates: LookupCandidate[];
  fields: LookupFields;
  /** Text to hand to the full-text search. */
  searchText: string;
  /** Why the paste names no code, when that is known: it holds only an SDK's error name (`SDK.ServerError`). */
  hint?: string;
}

export interface LookupUnknownCode {
  kind: 'unknown-code';
  /** The code-shaped text that is not in the catalog. */
  code: string;
  candidates: LookupCandidate[];
  fields: LookupFields;
  searchText: string;
  /** As in LookupCandidates. */
  hint?: string;
}

export interface LookupEmpty {
  kind: 'empty';
}

export type LookupResult = LookupMatch | LookupCandidates | LookupUnknownCode | LookupEmpty;
