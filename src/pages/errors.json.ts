import type { APIRoute } from 'astro';
import { getErrorEntries } from '../catalog/collection.ts';
import { toCatalogExport } from '../catalog/export.ts';

/** `/errors.json`: every code with its canonical URL, statuses, messages, category, retry advice and aliases. */
export const GET: APIRoute = async () => {
  const entries = await getErrorEntries();
  const body = toCatalogExport(entries.map((entry) => entry.data));
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
