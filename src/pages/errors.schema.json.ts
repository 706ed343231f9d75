import type { APIRoute } from 'astro';
import { catalogExportJsonSchema } from '../catalog/export.ts';

/** `/errors.schema.json`: the JSON Schema of `/errors.json`, generated from the same zod schema. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(catalogExportJsonSchema(), null, 2), {
    headers: { 'content-type': 'application/schema+json' },
  });
