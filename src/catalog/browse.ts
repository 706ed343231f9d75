/**
 * How browsing scales with the catalog. With a few hundred codes the sidebar lists every code and `/errors/` is one
 * page; beyond that the sidebar links to category pages and the list is split into pages, so no page grows with
 * the catalog (see `npm run bench`).
 */
export const SIDEBAR_MAX_CODES = 300;
export const LIST_PAGE_SIZE = 1000;

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / LIST_PAGE_SIZE));
}

export function pageSlice<T>(items: readonly T[], page: number): T[] {
  return items.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE);
}
