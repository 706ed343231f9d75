import type { APIRoute } from 'astro';
import { getErrorEntries } from '../catalog/collection.ts';
import type { LookupEntry } from '../lookup/index.ts';

/** `/lookup-index.json`: what the in-browser resolver needs (codes, aliases, messages), nothing more. */
export const GET: APIRoute = async () => {
  const entries: LookupEntry[] = (await getErrorEntries()).map(({ data }) => ({
    code: data.code,
    aliases: data.aliases,
    messages: data.messages.map(({ index, status, text }) => ({ index, status, text })),
  }));
  return new Response(JSON.stringify(entries), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
