import path from 'node:path';
import { buildCatalog } from '../src/catalog/catalog.ts';
import { readCatalogInput } from '../src/catalog/files.ts';
import type { ErrorEntry } from '../src/catalog/schema.ts';

/** The catalog exactly as the build reads it: tests compare the site with it, never with hard-coded lists. */
export async function loadEntries(): Promise<ErrorEntry[]> {
  const records = buildCatalog(await readCatalogInput(path.resolve(import.meta.dirname, '..')));
  return records.map(({ entry }) => entry);
}
