import type { APIRoute } from 'astro';
import { getErrorEntries, getProduct } from '../catalog/collection.ts';
import { toRetryOptions } from '../catalog/retry-options.ts';

/** `/retry-options.json`: every code's retry class as the Darabonba runtime's retry options (retry-options.ts). */
export const GET: APIRoute = async () => {
  const entries = await getErrorEntries();
  const body = toRetryOptions(
    entries.map((entry) => entry.data),
    (await getProduct()).name,
  );
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
