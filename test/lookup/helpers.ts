import type { LookupEntry, LookupResult } from '../../src/lookup/index.ts';
import { readCatalogEntries } from '../../src/catalog/files.ts';
import { ROOT } from '../catalog/helpers.ts';

let cached: readonly LookupEntry[] | undefined;

/** The real catalog's entries, built once per test file. */
export function realEntries(): readonly LookupEntry[] {
  cached ??= readCatalogEntries(ROOT);
  return cached;
}

/** Codes of a result's candidates (empty for match/empty). */
export function candidateCodes(result: LookupResult): string[] {
  return result.kind === 'candidates' || result.kind === 'unknown-code'
    ? result.candidates.map((candidate) => candidate.code)
    : [];
}
