/**
 * The words that open a lookup result which is not one sure code: what went wrong (`lead`), then what the list of
 * candidates below is (`listIntro`, only when there is a list). One near miss of a code is not "more than one code".
 */
import type { LookupCandidates, LookupUnknownCode } from './types.ts';

export interface LookupHeadline {
  lead: string;
  listIntro?: string;
}

export function lookupHeadline(result: LookupCandidates | LookupUnknownCode): LookupHeadline {
  const count = result.candidates.length;
  const withList = (lead: string, one: string, many: string): LookupHeadline =>
    count === 0 ? { lead } : { lead, listIntro: count === 1 ? one : many };
  if (result.kind === 'unknown-code') {
    return withList(
      `“${result.code}” is not an ApsaraDB for MongoDB API error code in this reference.`,
      'The closest code:',
      'The closest codes:',
    );
  }
  // A code read from the paste that is only near codes of the catalog: a misspelling, or a code this reference lacks.
  if (result.fields.code !== undefined) {
    return withList(
      `“${result.fields.code}” is not a code in this reference.`,
      'Did you mean:',
      'Did you mean one of these? The likeliest first:',
    );
  }
  if (count > 1) return { lead: 'More than one code fits this text.', listIntro: 'The likeliest first:' };
  return count === 1
    ? { lead: 'No code matches this text exactly.', listIntro: 'The closest one:' }
    : { lead: 'No code matches this text exactly.' };
}
