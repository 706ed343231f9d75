import { getCollection, type CollectionEntry } from 'astro:content';
import { categoriesIn, type CategoryId } from './taxonomy.ts';
import type { ErrorEntry } from './schema.ts';

export type ErrorCollectionEntry = CollectionEntry<'errors'>;

let sorted: Promise<ErrorCollectionEntry[]> | undefined;

/** Every code of the catalog, sorted by code (case-insensitive). The one way pages read the catalog. */
export function getErrorEntries(): Promise<ErrorCollectionEntry[]> {
  sorted ??= getCollection('errors').then((entries) =>
    entries.sort((a, b) => a.data.code.localeCompare(b.data.code, 'en', { sensitivity: 'base' })),
  );
  return sorted;
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
