import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildCatalog, type Catalog, type CatalogInput } from './catalog.ts';
import { overridesFromEnv, readCatalogInput } from './files.ts';
import { errorEntrySchema, operationEntrySchema, productEntrySchema } from './schema.ts';

/**
 * The content loaders of the `errors`, `operations` and `product` collections. All three come from one catalog
 * build: the input is read by each loader (cheap), and the catalog is built once per distinct input. Any content
 * problem stops the build with every file and line at fault.
 */
let built: { key: string; catalog: Catalog } | undefined;

function inputKey(input: CatalogInput): string {
  const hash = createHash('sha256');
  const translated = (input.translations ?? []).flatMap((translation) => [
    translation,
    translation.metadata,
    translation.glossary,
    ...(translation.guidance?.files ?? []),
  ]);
  for (const file of [input.table, input.metadata, input.tools, ...translated, ...input.guidance])
    if (file) hash.update(file.file).update('\0').update(file.text).update('\0');
  hash.update(JSON.stringify(input.config));
  return hash.digest('hex');
}

function catalogFor(context: LoaderContext): { catalog: Catalog; input: CatalogInput; root: string } {
  const root = fileURLToPath(context.config.root);
  const input = readCatalogInput(root, overridesFromEnv(process.env));
  const key = inputKey(input);
  if (built?.key !== key) built = { key, catalog: buildCatalog(input) };
  context.watcher?.add(
    [
      input.configFile,
      input.table.file,
      input.metadata?.file,
      input.tools?.file,
      ...(input.translations ?? []).flatMap((translation) => [
        translation.file,
        translation.metadata?.file,
        translation.glossary?.file,
        translation.guidance?.dir,
      ]),
      input.config.guidance,
    ]
      .filter((file): file is string => file !== undefined)
      .map((file) => path.resolve(root, file)),
  );
  return { catalog: built.catalog, input, root };
}

export function errorsLoader(): Loader {
  return {
    name: 'catalog-errors-loader',
    schema: errorEntrySchema,
    load: async (context) => {
      const { store, parseData, generateDigest, logger } = context;
      const { catalog, input, root } = catalogFor(context);
      store.clear();
      for (const { entry, guidanceBody, guidanceHtml, guidanceHeadings } of catalog.records) {
        store.set({
          id: entry.code,
          data: await parseData({ id: entry.code, data: entry }),
          rendered: { html: guidanceHtml, metadata: { headings: guidanceHeadings } },
          digest: generateDigest({ entry, guidanceBody }),
          // Astro wants it relative to the project root, also when CATALOG_GUIDANCE is an absolute path elsewhere.
          filePath: path.relative(root, path.resolve(root, entry.guidance.file)).split(path.sep).join('/'),
        });
      }
      const messages = catalog.records.reduce((sum, { entry }) => sum + entry.messages.length, 0);
      const sources = [
        input.table.file,
        ...(input.translations ?? []).map((translation) => translation.file),
        input.metadata?.file,
        input.tools?.file,
      ]
        .filter(Boolean)
        .join(', ');
      logger.info(`${catalog.records.length} codes, ${messages} messages from ${sources}`);
    },
  };
}

export function operationsLoader(): Loader {
  return {
    name: 'catalog-operations-loader',
    schema: operationEntrySchema,
    load: async (context) => {
      const { store, parseData, generateDigest } = context;
      const { catalog } = catalogFor(context);
      store.clear();
      for (const operation of catalog.operations)
        store.set({
          id: operation.name,
          data: await parseData({ id: operation.name, data: operation }),
          digest: generateDigest(operation),
        });
    },
  };
}

export function productLoader(): Loader {
  return {
    name: 'catalog-product-loader',
    schema: productEntrySchema,
    load: async (context) => {
      const { store, parseData } = context;
      const { catalog } = catalogFor(context);
      store.clear();
      store.set({ id: 'product', data: await parseData({ id: 'product', data: catalog.product }) });
    },
  };
}
