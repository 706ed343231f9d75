/**
 * The lookup's entry points. Each runs the same four stages, and data flows one way through them:
 *
 *   read (fields.ts) → PasteReading → gather (evidence.ts) → Evidence → rank (rank.ts) → Ranking → decide (decide.ts)
 *
 * and the answer is a LookupResult: one code when the paste identifies it, ranked candidates when it does not, the
 * code itself when it is a code the catalog does not know, or where the paste came from when that is another
 * Alibaba Cloud product (with a code not here) or another cloud. The catalog names its product; nothing here does.
 *
 * Nothing here catches an exception: a bug throws, so the property tests can see it, and the page (lookUp in
 * src/scripts/lookup-client.ts) is the one place that catches it and says so.
 */
import { explainAccessDenied } from './access-denied.ts';
import { indexCatalog } from './catalog-index.ts';
import { decideAnswer } from './decide.ts';
import { gatherEvidence } from './evidence.ts';
import { readLookupFields, readPaste, readTroubleshootParams, type PasteReading } from './fields.ts';
import { rankCandidates } from './rank.ts';
import type { ParamSource } from './troubleshoot.ts';
import type { LookupCatalog, LookupFields, LookupResult } from './types.ts';

function resolveReading(reading: PasteReading, catalog: LookupCatalog): LookupResult {
  if (reading.blank) return { kind: 'empty' }; // nothing to gather evidence from
  const index = indexCatalog(catalog);
  const evidence = gatherEvidence(reading, index);
  const result = decideAnswer(reading, evidence, rankCandidates(evidence, index), index.product);
  // RAM's AccessDeniedDetail, in words, for an error of this product (another product's resources have other names).
  const detail = reading.fields.accessDenied;
  if (
    detail &&
    catalog.product.ram &&
    (result.kind === 'match' || result.kind === 'candidates' || result.kind === 'unknown-code')
  )
    return { ...result, accessDenied: explainAccessDenied(detail, catalog.product.ram) };
  return result;
}

/**
 * Resolves anything a user pasted (an SDK, CLI or Terraform error, a JSON body, a log line, a troubleshoot link, a
 * bare code or message) against the catalog.
 */
export function resolveErrorText(text: string, catalog: LookupCatalog): LookupResult {
  // An untyped caller's non-string is read as ''.
  return resolveReading(readPaste(typeof text === 'string' ? text : ''), catalog);
}

/** Resolves fields read elsewhere (e.g. from query parameters). Empty when no code, message or request ID is given. */
export function resolveLookupFields(fields: LookupFields, catalog: LookupCatalog): LookupResult {
  return resolveReading(readLookupFields(fields), catalog);
}

/**
 * Resolves the lookup page's troubleshoot parameters (`?q=<Code or text>&product=Dds&requestId=<id>`, or
 * `Keyword=`): a code-shaped `q` is a code; other text is resolved like a paste. `product` and `requestId` are
 * kept in the fields.
 */
export function resolveTroubleshootParams(params: ParamSource, catalog: LookupCatalog): LookupResult {
  return resolveReading(readTroubleshootParams(params), catalog);
}
