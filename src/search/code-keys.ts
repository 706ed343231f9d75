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
  for (const segment of code.split('.')) {
    const words = camelCaseWords(segment);
    for (let start = 0; start < words.length; start += 1) {
      for (let end = start + 2; end <= words.length; end += 1) keys.add(words.slice(start, end).join(''));
    }
  }
  return [...keys];
}
