import type { APIRoute } from 'astro';
import { getErrorEntries, getProduct } from '../catalog/collection.ts';
import { lookupCatalogOf } from '../catalog/lookup-index.ts';

/** `/lookup-index.json`: what the in-browser resolver needs (the product, and codes, pages, aliases, messages). */
export const GET: APIRoute = async () => {
  const catalog = lookupCatalogOf(
    await getProduct(),
    (await getErrorEntries()).map(({ data }) => data),
  );
  return new Response(JSON.stringify(catalog), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
