import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildCatalog, type CatalogInput } from './catalog.ts';
import type { ErrorEntry } from './schema.ts';

/** Where the content lives, relative to the project root. */
export const CONTENT_PATHS = {
  source: 'content/source/apsaradb-mongodb-error-codes.md',
  guidance: 'content/guidance',
} as const;

/**
 * The content paths for this build: CATALOG_SOURCE and CATALOG_GUIDANCE override the defaults (used by the
 * benchmark's synthetic catalogs and the bad-input build tests).
 */
export function contentPathsFromEnv(env: Record<string, string | undefined>): { source: string; guidance: string } {
  return { source: env.CATALOG_SOURCE ?? CONTENT_PATHS.source, guidance: env.CATALOG_GUIDANCE ?? CONTENT_PATHS.guidance };
}

/** Reads the source table and every `content/guidance/*.md` file (the code is the file name). */
export async function readCatalogInput(root: string, paths: { source: string; guidance: string } = CONTENT_PATHS): Promise<CatalogInput> {
  const sourceText = await readFile(path.resolve(root, paths.source), 'utf8');
  const names = (await readdir(path.resolve(root, paths.guidance))).filter((name) => name.endsWith('.md')).sort();
  const guidance = await Promise.all(
    names.map(async (name) => {
      const file = path.posix.join(paths.guidance, name);
      return { code: name.slice(0, -'.md'.length), file, text: await readFile(path.resolve(root, file), 'utf8') };
    }),
  );
  return { source: { file: paths.source, text: sourceText }, guidance };
}

/** The catalog's entries, read and validated exactly as the build does: for scripts and tests outside Astro. */
export async function readCatalogEntries(root: string, paths?: { source: string; guidance: string }): Promise<ErrorEntry[]> {
  return buildCatalog(await readCatalogInput(root, paths)).map(({ entry }) => entry);
}
