/**
 * Search keys of a code: the runs of its camel-case words (src/text/camel-case.ts) inside each dot-separated segment,
 * so a fragment that people type (`BackupSetID`, `SecurityIPList`, `DBInstanceState`) is an exact word of that code's
 * page — Pagefind otherwise splits the query into `backup set id` and ranks pages that say "backup" most. Code pages
 * hold them as searchable metadata (`keys`), not as text, so they never show in a result's excerpt.
 */
import { camelCaseWords } from '../text/camel-case.ts';

/**
 * Every run of two or more camel-case words of each segment, whole segments included: were `InvalidPreferredBackupTime`
 * left out of its own page's keys, `InvalidPreferredBackupTime.Format`, whose keys hold it, would outrank that page.
 */
export function codeSearchKeys(code: string): string[] {
  const keys = new Set<string>();
  const segments = code.split('.');
  segments.forEach((segment, index) => {
    const words = camelCaseWords(segment);
    for (let start = 0; start < words.length; start += 1) {
      for (let end = start + 2; end <= words.length; end += 1) keys.add(words.slice(start, end).join(''));
    }
    // Across a dot: the end of this segment with the next one (`PreferredBackupTime.Format`, `SecurityIPList.Format`),
    // so a typed tail of the code finds its page rather than a sibling's with the same first segment.
    const next = segments[index + 1];
    if (next !== undefined && words.length > 1)
      for (let start = 1; start < words.length; start += 1) keys.add(`${words.slice(start).join('')}.${next}`);
  });
  return [...keys];
}

/**
 * A one-word code (`InvalidInstanceId`, `QuotaExceed`) as the search word only a query for that code matches, or
 * undefined for a code of several words (`InvalidInstanceId.NotFound`, `NO_ACTIVE_BYOK`). Pagefind matches a query
 * word as a prefix, so `InvalidInstanceId` also finds `InvalidInstanceId.NotFound` through its title; held as weighted
 * metadata `exact`, the whole word lifts the one-word code's own page. A code of several words needs none: a query
 * for it matches all its words on its own page (measured: exact codes and aliases top-1 100 % with or without it,
 * and with it a fragment such as `DBInstanceState` matched the start of a reversed `DBInstanceStatus…` word).
 */
export function codeAsWord(code: string): string | undefined {
  return /[._]/.test(code) ? undefined : code.toLowerCase();
}
