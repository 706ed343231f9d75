import type { APIRoute } from 'astro';
import { getErrorEntries, getProduct } from '../catalog/collection.ts';
import { toCatalogExport } from '../catalog/export.ts';

/** `/errors.json`: every code with its page, statuses, messages, operations, sources, category, retry and aliases. */
export const GET: APIRoute = async () => {
  const entries = await getErrorEntries();
  const body = toCatalogExport(
    await getProduct(),
    entries.map((entry) => entry.data),
  );
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
