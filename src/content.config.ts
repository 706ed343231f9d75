import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { errorsLoader } from './catalog/loader.ts';
import { errorEntrySchema } from './catalog/schema.ts';

const starlightDocsSchema = docsSchema();
let builtDocsSchema: ReturnType<typeof starlightDocsSchema> | undefined;

/**
 * Starlight's docs schema, built once per module instance. `<StarlightPage>` asks for the docs schema on every page it
 * renders, and building it (zod) cost about 1 ms a page — 10 s of a 10,000-code build — for an identical schema.
 */
function docsSchemaOnce(context: Parameters<typeof starlightDocsSchema>[0]): ReturnType<typeof starlightDocsSchema> {
  builtDocsSchema ??= starlightDocsSchema(context);
  return builtDocsSchema;
}

export const collections = {
  /** Home page and guides, written by hand. */
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchemaOnce,
  }),
  /** One entry per error code: the upstream table, normalised and validated, joined with its guidance. */
  errors: defineCollection({ loader: errorsLoader(), schema: errorEntrySchema }),
};
