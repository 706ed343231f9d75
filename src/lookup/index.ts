/**
 * Error lookup: paste any error text (SDK, CLI, Terraform, JSON, log line, troubleshoot link, bare code or
 * message) and get the code's page. Pure TypeScript: no DOM, no Node APIs; runs in the browser and in Node.
 * The public surface: the three entry points, the words above a result's candidates, and the result types.
 */
export { resolveErrorText, resolveLookupFields, resolveTroubleshootParams } from './resolve.ts';
export { isCaseSpelling, lookupHeadline, type LookupHeadline } from './headline.ts';
export type { ParamSource } from './troubleshoot.ts';
export type {
  LookupCandidate,
  LookupCandidates,
  LookupCatalog,
  LookupEmpty,
  LookupEntry,
  LookupFields,
  LookupMatch,
  LookupMessage,
  LookupOtherCloud,
  LookupOtherProduct,
  LookupProduct,
  LookupResult,
  LookupUnknownCode,
  NamedSource,
} from './types.ts';
