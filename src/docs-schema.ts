import { docsSchema } from '@astrojs/starlight/schema';

const starlightDocsSchema = docsSchema();
let builtDocsSchema: ReturnType<typeof starlightDocsSchema> | undefined;

/**
 * Starlight's docs schema, built once per module instance. `<StarlightPage>` asks for the docs schema on every page it
 * renders, and building it (zod) cost about 1 ms a page — 10 s of a 10,000-code build — for an identical schema.
 * Used by the site's `docs` collection and by the benchmark's floor (scripts/starlight-floor/).
 */
export function docsSchemaOnce(
  context: Parameters<typeof starlightDocsSchema>[0],
): ReturnType<typeof starlightDocsSchema> {
  builtDocsSchema ??= starlightDocsSchema(context);
  return builtDocsSchema;
}
