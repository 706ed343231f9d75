/**
 * Pagefind ranking for this site, passed to Starlight (`pagefind.ranking`, for its search dialog) and used by the
 * `/search/` page, the lookup's full-text results and the search-quality suite, so every search ranks the same way.
 *
 * The four BM25 values are **Starlight's defaults** (`@astrojs/starlight` `schemas/pagefind.ts`), not Pagefind's
 * own (https://pagefind.app/docs/ranking/: termFrequency 1.0, termSimilarity 1.0, pageLength 0.75,
 * termSaturation 1.4). Measured with `npm run test:search` on the 213 code pages and 130 operation pages, Starlight's
 * give exact codes top-1 100 %, operations 100 %, curated queries 93.6 % (MRR 0.962); Pagefind's give 100 %, 97.7 %
 * and 90.9 % (MRR 0.946), page length favouring short pages that merely share a query's words. (On the 53 codes of
 * the table alone both gave the same 97.5 %.) Why each weight: ARCHITECTURE.md, "Search".
 */
export const PAGEFIND_RANKING = {
  /** How much shorter-than-average pages are favoured. Range 0–1; Starlight 0.1, Pagefind 0.75. */
  pageLength: 0.1,
  /** Term frequency (1) against weighted term count (0). Range 0–1; Starlight 0.1, Pagefind 1.0. */
  termFrequency: 0.1,
  /** How slowly repeated terms saturate. Range 0–2; Starlight 2, Pagefind 1.4. */
  termSaturation: 2,
  /** Boost for words close in length to the query word (`part` → `party` over `partition`). ≥ 0; Starlight 9, Pagefind 1. */
  termSimilarity: 9,
  /** Extra boost when the query matches with its diacritics (`café` over `cafe`). ≥ 0; Starlight and Pagefind 0.8. */
  diacriticSimilarity: 0.8,
  /**
   * `messages` is page metadata holding the code's messages verbatim: a pasted message adds a boost to the page whose
   * message it is over pages that only share its words (measured: curated top-1 96.2% → 97.5%). `keys` holds a
   * code's search keys (`code-keys.ts`): 1–3 rank alike (curated 97.5%); from 5 a page whose keys share a word of
   * the query outranks the page the words are about (96.9%); without them `DBInstanceState` ranks its page 4th.
   * `exact` holds a one-word code as its word (`code-keys.ts`, `codeAsWord`), so that code typed whole finds its own
   * page before a longer code that starts with it (`InvalidInstanceId` over `InvalidInstanceId.NotFound`).
   */
  metaWeights: { title: 5, messages: 5, keys: 2, exact: 10 }, // Pagefind: { title: 5 }
} as const;
