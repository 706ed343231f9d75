import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { errorsLoader, operationsLoader, productLoader } from './catalog/loader.ts';
import { errorEntrySchema, operationEntrySchema, productEntrySchema } from './catalog/schema.ts';
import { docsSchemaOnce } from './docs-schema.ts';

export const collections = {
  /**
   * Home page and guides, written by hand. Their Chinese translations (content/docs/zh-cn/) are not published until
   * the site has its Chinese locale (issue 20): a Chinese page among English ones would have an English interface.
   */
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: ['**/[^_]*.{md,mdx}', '!zh-cn/**'] }),
    schema: docsSchemaOnce,
  }),
  /**
   * Starlight's interface strings that this site words its own way (content/i18n/en.json), such as the search
   * dialog's "no results" text. Loaded with the id `en` and no file path, so Starlight keys them by language rather
   * than by a path it expects under src/content/i18n.
   */
  i18n: defineCollection({
    loader: {
      name: 'site-i18n-loader',
      load: async ({ store, parseData, config, watcher }) => {
        const file = fileURLToPath(new URL('content/i18n/en.json', config.root));
        let data: Record<string, unknown>;
        try {
          data = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
        } catch (error) {
          throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
        store.clear();
        store.set({ id: 'en', data: await parseData({ id: 'en', data }) });
        watcher?.add(file);
      },
    },
    // Strict: a misspelt key is an error, not a string Starlight silently ignores.
    schema: i18nSchema().strict(),
  }),
  /** One entry per error code of every source (table, API metadata, tools), joined with its page's guidance. */
  errors: defineCollection({ loader: errorsLoader(), schema: errorEntrySchema }),
  /** One entry per operation of the API metadata, with the codes it returns. */
  operations: defineCollection({ loader: operationsLoader(), schema: operationEntrySchema }),
  /** One entry: the product the catalog covers. */
  product: defineCollection({ loader: productLoader(), schema: productEntrySchema }),
};
