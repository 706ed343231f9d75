import type { LookupCatalog, LookupEntry } from '../lookup/types.ts';
import type { ErrorEntry, ProductInfo } from './schema.ts';

/** A code as the lookup reads it: code, page, aliases, messages with the operations that return each. */
export function lookupEntryOf(entry: ErrorEntry): LookupEntry {
  return {
    code: entry.code,
    page: entry.page,
    aliases: entry.aliases,
    messages: entry.messages.map(({ index, status, text, publishedIn }) => ({
      index,
      status,
      text,
      operations: publishedIn.flatMap((place) => (place.source === 'metadata' ? [place.operation] : [])),
    })),
  };
}

/**
 * The catalog the lookup resolves against (`/lookup-index.json`, tests, the benchmark), from the `product` and `errors`
 * collections: the product's code, name and endpoint hosts (each once, lower case, sorted), and every code.
 */
export function lookupCatalogOf(product: ProductInfo, entries: readonly ErrorEntry[]): LookupCatalog {
  const hosts = [...new Set(product.endpoints.map(({ endpoint }) => endpoint.toLowerCase()))].sort();
  const ram = { service: product.ramService, instanceResource: product.ramInstanceResource };
  return { product: { code: product.product, name: product.name, hosts, ram }, entries: entries.map(lookupEntryOf) };
}
