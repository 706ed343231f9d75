import { readFileSync } from 'node:fs';
import path from 'node:path';
import { overridesFromEnv, readCatalogInput } from '../../src/catalog/files.ts';
import { ContentErrors } from '../../src/catalog/content-error.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SOURCE_FILE = 'content/source/apsaradb-mongodb-error-codes.md';

export function fixture(name: string): string {
  return readFileSync(path.join(ROOT, 'test/fixtures', name), 'utf8');
}

/** The real content of the repository, as the build reads it. */
export function realCatalogInput() {
  return readCatalogInput(ROOT, overridesFromEnv(process.env));
}

/** Runs `fn`, expects ContentErrors, and returns its messages. */
export function contentErrorsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContentErrors) return error.problems.map((e) => e.message);
    if (error instanceof Error && error.name === 'ContentError') return [error.message];
    throw error;
  }
  throw new Error('expected content errors, but none were thrown');
}
