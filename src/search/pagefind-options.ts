/**
 * Pagefind ranking for this site, passed to Starlight (`pagefind.ranking`) and used by the search-quality suite,
 * so the suite measures exactly what readers get. Why each value: see ARCHITECTURE.md, "Search".
 */
export const PAGEFIND_RANKING = {
  metaWeights: { title: 10, code: 10, messages: 10 },
  /** Pagefind's default: a page's own code dominates through weighted elements, not through length. */
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
} as const;
