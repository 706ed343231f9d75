import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

const starlightDocsSchema = docsSchema();
let builtDocsSchema: ReturnType<typeof starlightDocsSchema> | undefined;

// Built once, as the site does (src/content.config.ts): otherwise <StarlightPage> rebuilds it for every page.
export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: (context: Parameters<typeof starlightDocsSchema>[0]) => (builtDocsSchema ??= starlightDocsSchema(context)),
  }),
};
