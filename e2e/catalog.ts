import path from 'node:path';
import { readCatalogEntries } from '../src/catalog/files.ts';
import type { ErrorEntry } from '../src/catalog/schema.ts';

/** The catalog exactly as the build reads it: tests compare the site with it, never with hard-coded lists. */
export function loadEntries(): ErrorEntry[] {
  return readCatalogEntries(path.resolve(import.meta.dirname, '..'));
}
