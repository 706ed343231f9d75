import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchemaOnce } from '../../../src/docs-schema.ts';

// The site's docs schema, built once as the site builds it: otherwise <StarlightPage> rebuilds it for every page.
export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchemaOnce }),
};
