import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { compareCodes } from './codes.ts';
import { categoriesIn, type CategoryId } from './taxonomy.ts';
import type { ErrorEntry, ProductInfo } from './schema.ts';

export type ErrorCollectionEntry = CollectionEntry<'errors'>;

let sorted: Promise<ErrorCollectionEntry[]> | undefined;

/** Every code of the catalog, sorted by code (`compareCodes`). The one way pages read the catalog. */
export function getErrorEntries(): Promise<ErrorCollectionEntry[]> {
  sorted ??= getCollection('errors').then((entries) => entries.sort((a, b) => compareCodes(a.data.code, b.data.code)));
  return sorted;
}

/** The product the catalog covers (the `product` collection's one entry). */
export async function getProduct(): Promise<ProductInfo> {
  const entry = await getEntry('product', 'product');
  if (!entry) throw new Error('the product collection has no entry');
  return entry.data;
}

let pageOfCode: Promise<ReadonlyMap<string, string>> | undefined;

/**
 * The page of every code (`ErrorEntry.page`), built once per build: a page that links other codes reads it, and
 * building it on each of 10,000 pages cost 10,000 × 10,000 map entries (rendering took 2.3 times as long).
 */
export function getPageOfCode(): Promise<ReadonlyMap<string, string>> {
  pageOfCode ??= getErrorEntries().then((entries) => new Map(entries.map(({ data }) => [data.code, data.page])));
  return pageOfCode;
}

let grouped: Promise<{ category: CategoryId; entries: ErrorCollectionEntry[] }[]> | undefined;

/** The catalog grouped by category, computed once per build (the sidebar needs it on every page). */
export function getEntriesByCategory(): Promise<{ category: CategoryId; entries: ErrorCollectionEntry[] }[]> {
  grouped ??= getErrorEntries().then((entries) => groupByCategory(entries));
  return grouped;
}

/** Codes grouped by guidance category, in the taxonomy's order; empty categories are left out. */
export function groupByCategory<T extends { data: ErrorEntry }>(
  entries: readonly T[],
): { category: CategoryId; entries: T[] }[] {
  return categoriesIn(entries.map((entry) => entry.data)).map((category) => ({
    category,
    entries: entries.filter((entry) => entry.data.guidance.category === category),
  }));
}

export type OperationCollectionEntry = CollectionEntry<'operations'>;

/** A code page: its codes (one, or several that differ only in letter case), in the page's order. */
export interface CodePage {
  page: string;
  entries: ErrorCollectionEntry[];
}

let pages: Promise<CodePage[]> | undefined;

/** Every code page, sorted like the codes; a page's codes in message order (the page's first code first). */
export function getCodePages(): Promise<CodePage[]> {
  pages ??= getErrorEntries().then((entries) => {
    const byPage = new Map<string, ErrorCollectionEntry[]>();
    for (const entry of entries) byPage.set(entry.data.page, [...(byPage.get(entry.data.page) ?? []), entry]);
    return [...byPage].map(([page, members]) => ({
      page,
      entries: members.sort(
        (a, b) =>
          Number(b.data.code === page) - Number(a.data.code === page) ||
          (a.data.messages[0]?.index ?? 0) - (b.data.messages[0]?.index ?? 0),
      ),
    }));
  });
  return pages;
}

let operations: Promise<OperationCollectionEntry[]> | undefined;

/** Every operation of the API metadata, sorted by name. */
export function getOperationEntries(): Promise<OperationCollectionEntry[]> {
  operations ??= getCollection('operations').then((entries) =>
    entries.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en')),
  );
  return operations;
}
