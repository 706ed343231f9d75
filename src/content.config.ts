import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { errorsLoader } from './catalog/loader.ts';
import { errorEntrySchema } from './catalog/schema.ts';

export const collections = {
  /** Home page and guides, written by hand. */
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema(),
  }),
  /** One entry per error code: the upstream table, normalised and validated, joined with its guidance. */
  errors: defineCollection({ loader: errorsLoader(), schema: errorEntrySchema }),
};
