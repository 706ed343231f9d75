import path from 'node:path';
import type { Catalog } from '../src/catalog/catalog.ts';
import { overridesFromEnv, readCatalog } from '../src/catalog/files.ts';
import type { ErrorEntry } from '../src/catalog/schema.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The catalog exactly as the build reads it: tests compare the site with it, never with hard-coded lists. */
export function loadCatalog(): Catalog {
  return readCatalog(ROOT, overridesFromEnv(process.env));
}

/** The catalog's codes (see loadCatalog). */
export function loadEntries(): ErrorEntry[] {
  return loadCatalog().records.map(({ entry }) => entry);
}
