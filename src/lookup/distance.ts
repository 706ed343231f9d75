/**
 * Damerau-Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and transpositions
 * of neighbours), bounded: O(a × b) time on strings of at most MAX_EDIT_LENGTH characters, with an early exit once
 * every cell of a row exceeds the bound.
 */

/** Longer strings are never compared by edit distance. */
export const MAX_EDIT_LENGTH = 64;

/** The distance between `a` and `b` if it is at most `max`, else `max + 1`. Also `max + 1` for over-long input. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (a.length > MAX_EDIT_LENGTH || b.length > MAX_EDIT_LENGTH) return max + 1;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  let before = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  const result = previous[b.length] ?? max + 1;
  return result > max ? max + 1 : result;
}

/** How many edits a code of this length may be away and still count as a typo: 0 below 6 characters, then 1, then 2 from 12. */
export function typoAllowance(length: number): number {
  if (length < 6) return 0;
  return length < 12 ? 1 : 2;
}
