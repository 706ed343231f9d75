/**
 * Search keys of a code: the runs of its camel-case words inside each dot-separated segment, so a fragment that
 * people type (`BackupSetID`, `SecurityIPList`, `DBInstanceState`) is an exact word on that code's page — Pagefind
 * otherwise splits the query into `backup set id` and ranks pages that say "backup" most.
 */
const CAMEL_WORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g;

export function camelWords(segment: string): string[] {
  return segment.match(CAMEL_WORD) ?? [];
}

export function codeSearchKeys(code: string): string[] {
  const keys = new Set<string>();
  for (const segment of code.split('.')) {
    const words = camelWords(segment);
    for (let start = 0; start < words.length; start += 1) {
      for (let end = start + 2; end <= words.length; end += 1) keys.add(words.slice(start, end).join(''));
    }
  }
  keys.delete(code);
  return [...keys];
}
