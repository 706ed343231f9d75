import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { buildCatalog } from './catalog.ts';
import { contentPathsFromEnv, readCatalogInput } from './files.ts';
import { errorEntrySchema } from './schema.ts';

/**
 * The `errors` collection: one entry per distinct code of the upstream table, joined with its guidance.
 * Any content problem stops the build with every file and line at fault.
 */
export function errorsLoader(): Loader {
  return {
    name: 'apsaradb-errors-loader',
    schema: errorEntrySchema,
    load: async ({ store, parseData, generateDigest, config, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const paths = contentPathsFromEnv(process.env);
      const input = readCatalogInput(root, paths);
      const records = buildCatalog(input);
      store.clear();
      for (const { entry, guidanceBody, guidanceHtml, guidanceHeadings } of records) {
        store.set({
          id: entry.code,
          data: await parseData({ id: entry.code, data: entry }),
          rendered: { html: guidanceHtml, metadata: { headings: guidanceHeadings } },
          digest: generateDigest({ entry, guidanceBody }),
          // Astro wants it relative to the project root, also when CATALOG_GUIDANCE is an absolute path elsewhere.
          filePath: path.relative(root, path.resolve(root, entry.guidance.file)).split(path.sep).join('/'),
        });
      }
      logger.info(
        `${records.length} codes, ${records.reduce((sum, { entry }) => sum + entry.messages.length, 0)} messages from ${paths.source}`,
      );
      watcher?.add([paths.source, paths.guidance]);
    },
  };
}
