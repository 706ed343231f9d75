/**
 * Error lookup: paste any error text (SDK, CLI, Terraform, JSON, log line, troubleshoot link, bare code or
 * message) and get the code's page. Pure TypeScript: no DOM, no Node APIs; runs in the browser and in Node.
 */
export { resolveErrorText, resolveLookupFields, resolveTroubleshootParams } from './resolve.ts';
export { MAX_CANDIDATES } from './rank.ts';
export { lookupHeadline, type LookupHeadline } from './headline.ts';
export { extractFields, readPaste, FREE_TEXT_LIMIT, type CodeSource, type PasteReading } from './fields.ts';
export {
  fieldsFromTroubleshootParams,
  parseTroubleshootUrl,
  troubleshootInfoFromParams,
  type ParamSource,
  type TroubleshootInfo,
} from './troubleshoot.ts';
export { SCAN_LIMIT, MAX_UNESCAPE_DEPTH } from './clean.ts';
export { MAX_EDIT_LENGTH, boundedEditDistance } from './distance.ts';
export type {
  LookupCandidate,
  LookupCandidates,
  LookupEmpty,
  LookupEntry,
  LookupFields,
  LookupMatch,
  LookupResult,
  LookupUnknownCode,
  LookupMessage,
} from './types.ts';
