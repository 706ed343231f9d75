import type { LookupCatalog, LookupResult } from '../../src/lookup/index.ts';
import { overridesFromEnv, readLookupCatalog } from '../../src/catalog/files.ts';
import { ROOT } from '../catalog/helpers.ts';

let cached: LookupCatalog | undefined;

/** The real catalog, as the lookup reads it, built once per test file. */
export function realCatalog(): LookupCatalog {
  cached ??= readLookupCatalog(ROOT, overridesFromEnv(process.env));
  return cached;
}

/** Codes of a result's candidates (empty for kinds without candidates). */
export function candidateCodes(result: LookupResult): string[] {
  return result.kind === 'candidates' || result.kind === 'unknown-code'
    ? result.candidates.map((candidate) => candidate.code)
    : [];
}
