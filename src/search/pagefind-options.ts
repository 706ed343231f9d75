/**
 * Pagefind ranking for this site, passed to Starlight (`pagefind.ranking`) and used by the search-quality suite
 * and the in-page full-text search, so every search ranks the same way. Why each value: ARCHITECTURE.md, "Search".
 */
export const PAGEFIND_RANKING = {
  /** Pagefind's defaults for the BM25 part: a page's own code wins through weighted elements, not through length. */
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
  /**
   * `messages` is page metadata holding the code's messages verbatim: a pasted message adds a boost to the page whose
   * message it is over pages that only share its words (measured: curated top-1 96.2% → 97.5%). `keys` holds a
   * code's search keys (`code-keys.ts`): 1–3 rank alike (curated 97.5%); from 5 a page whose keys share a word of
   * the query outranks the page the words are about (96.9%); without them `DBInstanceState` ranks its page 4th.
   */
  metaWeights: { title: 5, messages: 5, keys: 2 },
} as const;
