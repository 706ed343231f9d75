import type { APIRoute } from 'astro';
import { getOperationEntries, getProduct } from '../catalog/collection.ts';
import { toOperationsExport } from '../catalog/export.ts';

/** `/operations.json`: every operation with its page, its API reference page and the codes it returns. */
export const GET: APIRoute = async () => {
  const operations = await getOperationEntries();
  const body = toOperationsExport(
    await getProduct(),
    operations.map((operation) => operation.data),
  );
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
