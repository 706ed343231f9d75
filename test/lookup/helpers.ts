import { buildCatalog } from '../../src/catalog/catalog.ts';
import type { LookupEntry, LookupResult } from '../../src/lookup/index.ts';
import { realCatalogInput } from '../catalog/helpers.ts';

let cached: Promise<readonly LookupEntry[]> | undefined;

/** The real catalog's entries, built once per test file. */
export function realEntries(): Promise<readonly LookupEntry[]> {
  cached ??= realCatalogInput().then((input) => buildCatalog(input).map(({ entry }) => entry));
  return cached;
}

/** Codes of a result's candidates (empty for match/empty). */
export function candidateCodes(result: LookupResult): string[] {
  return result.kind === 'candidates' || result.kind === 'unknown-code' ? result.candidates.map((candidate) => candidate.code) : [];
}
