import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildCatalog, type Catalog, type CatalogInput, type SourceFile } from './catalog.ts';
import { ContentErrors } from './content-error.ts';
import { lookupCatalogOf } from './lookup-index.ts';
import { PRODUCT_CONFIG_FILE, readProductConfig } from './product.ts';
import type { LookupCatalog } from '../lookup/types.ts';
import type { ErrorEntry } from './schema.ts';
import type { GuidanceFile } from './guidance.ts';

/**
 * Paths that replace the configuration's for one build (tests, benchmarks): the table, the guidance folder, and the
 * metadata and tool list (`null` for none).
 */
export interface PathOverrides {
  config?: string;
  table?: string;
  guidance?: string;
  metadata?: string | null;
  tools?: string | null;
}

/**
 * The overrides the environment asks for: CATALOG_CONFIG, CATALOG_SOURCE (the table), CATALOG_GUIDANCE,
 * CATALOG_METADATA and CATALOG_TOOLS (a path, or `none`).
 */
export function overridesFromEnv(env: Record<string, string | undefined>): PathOverrides {
  const optional = (value: string | undefined) => (value === 'none' ? null : value);
  const overrides: PathOverrides = {};
  if (env.CATALOG_CONFIG) overrides.config = env.CATALOG_CONFIG;
  if (env.CATALOG_SOURCE) overrides.table = env.CATALOG_SOURCE;
  if (env.CATALOG_GUIDANCE) overrides.guidance = env.CATALOG_GUIDANCE;
  if (env.CATALOG_METADATA) overrides.metadata = optional(env.CATALOG_METADATA);
  if (env.CATALOG_TOOLS) overrides.tools = optional(env.CATALOG_TOOLS);
  return overrides;
}

function readSource(root: string, file: string): SourceFile {
  return { file, text: readFileSync(path.resolve(root, file), 'utf8') };
}

/** The guidance files of a folder (`<Code>.md`; subfolders, such as a translation's, are not read). */
function readGuidanceDir(root: string, dir: string): GuidanceFile[] {
  const names = readdirSync(path.resolve(root, dir))
    .filter((name) => name.endsWith('.md'))
    .sort();
  return names.map((name) => {
    const file = path.posix.join(dir, name);
    return { code: name.slice(0, -'.md'.length), file, text: readFileSync(path.resolve(root, file), 'utf8') };
  });
}

/**
 * Reads the configuration, the sources it names and every guidance file (the page's code is the file name).
 * Synchronously: at 10,000 files that takes 0.2 s, where one `fs.promises.readFile` per file takes 1.4 s of the
 * build's critical path.
 */
export function readCatalogInput(root: string, overrides: PathOverrides = {}): CatalogInput {
  const configFile = overrides.config ?? PRODUCT_CONFIG_FILE;
  const { config, problems } = readProductConfig(configFile, readFileSync(path.resolve(root, configFile), 'utf8'));
  if (!config) throw new ContentErrors(problems);
  const metadata = overrides.metadata === undefined ? config.sources.metadata : overrides.metadata;
  const tools = overrides.tools === undefined ? config.sources.tools : overrides.tools;
  const guidanceDir = overrides.guidance ?? config.guidance;
  const guidance = readGuidanceDir(root, guidanceDir);
  return {
    config: { ...config, guidance: guidanceDir },
    configFile,
    table: readSource(root, overrides.table ?? config.sources.table),
    ...(metadata ? { metadata: readSource(root, metadata) } : {}),
    ...(tools ? { tools: readSource(root, tools) } : {}),
    // Alibaba's translations of the table; a table of another catalog (CATALOG_SOURCE) has none of this product's.
    ...(config.sources.translations && overrides.table === undefined
      ? {
          translations: Object.entries(config.sources.translations).map(
            ([locale, { table, columns, metadata: translatedMetadata, guidance: dir, glossary }]) => ({
              locale,
              columns,
              ...readSource(root, table),
              ...(translatedMetadata ? { metadata: readSource(root, translatedMetadata) } : {}),
              ...(glossary ? { glossary: readSource(root, glossary) } : {}),
              ...(dir && overrides.guidance === undefined
                ? { guidance: { dir, files: readGuidanceDir(root, dir) } }
                : {}),
            }),
          ),
        }
      : {}),
    guidance,
  };
}

/** The catalog, read and validated exactly as the build does: for scripts and tests outside Astro. */
export function readCatalog(root: string, overrides?: PathOverrides): Catalog {
  return buildCatalog(readCatalogInput(root, overrides));
}

/** The catalog's code entries (see readCatalog). */
export function readCatalogEntries(root: string, overrides?: PathOverrides): ErrorEntry[] {
  return readCatalog(root, overrides).records.map(({ entry }) => entry);
}

/** The catalog as the lookup reads it (see readCatalog and lookupCatalogOf). */
export function readLookupCatalog(root: string, overrides?: PathOverrides): LookupCatalog {
  const catalog = readCatalog(root, overrides);
  return lookupCatalogOf(
    catalog.product,
    catalog.records.map(({ entry }) => entry),
  );
}
