import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { buildCatalog } from './catalog.ts';
import { contentPathsFromEnv, readCatalogInput } from './files.ts';
import { errorEntrySchema } from './schema.ts';
import { renderGuidance } from './render-guidance.ts';
import { unindexLinksToOtherCodes } from './search-weights.ts';

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
      const records = buildCatalog(await readCatalogInput(root, paths));
      store.clear();
      for (const { entry, guidanceBody, guidanceTree } of records) {
        const data = await parseData({ id: entry.code, data: entry });
        const { html, headings } = renderGuidance(guidanceTree);
        store.set({
          id: entry.code,
          data,
          body: guidanceBody,
          rendered: { html: unindexLinksToOtherCodes(html, entry.code), metadata: { headings } },
          digest: generateDigest({ entry, guidanceBody }),
          filePath: entry.guidance.file,
        });
      }
      logger.info(`${records.length} codes, ${records.reduce((sum, { entry }) => sum + entry.variants.length, 0)} messages from ${paths.source}`);
      watcher?.add([paths.source, paths.guidance]);
    },
  };
}
