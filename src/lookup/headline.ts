/**
 * The words that open a lookup result which is not one sure code: what went wrong (`lead`), then what the list of
 * candidates below is (`listIntro`, only when there is a list). One near miss of a code is not "more than one code".
 * Products and clouds are named from the result (the catalog's product), never here.
 */
import type { LookupCandidates, LookupOtherCloud, LookupOtherProduct, LookupUnknownCode } from './types.ts';

export interface LookupHeadline {
  lead: string;
  listIntro?: string;
}

/**
 * Whether the candidates are several codes that differ only in letter case and the paste's code is their spelling in
 * yet another case (`invaliddbinstanceid.notfound`): each of them is meant, and none is merely spelled alike.
 */
export function isCaseSpelling(result: LookupCandidates): boolean {
  const code = result.fields.code?.toLowerCase();
  return (
    code !== undefined &&
    result.candidates.length > 1 &&
    result.candidates.every((candidate) => candidate.code.toLowerCase() === code)
  );
}

export function lookupHeadline(
  result: LookupCandidates | LookupUnknownCode | LookupOtherProduct | LookupOtherCloud,
): LookupHeadline {
  if (result.kind === 'other-cloud') {
    const code = result.code === undefined ? 'This error' : `“${result.code}”`;
    return {
      lead: `${code} comes from ${result.cloud.name}, not Alibaba Cloud: this reference covers ${result.product.name} API errors only, so no page here describes it.`,
    };
  }
  if (result.kind === 'other-product') {
    const code =
      result.code === undefined
        ? `It is not an error this reference can name`
        : `“${result.code}” is not an error code of ${result.product.name}`;
    return {
      lead: `This error came from ${result.from.name}, another Alibaba Cloud product. ${code}, so no page here describes it.`,
    };
  }
  const count = result.candidates.length;
  const withList = (lead: string, one: string, many: string): LookupHeadline =>
    count === 0 ? { lead } : { lead, listIntro: count === 1 ? one : many };
  if (result.kind === 'unknown-code') {
    return withList(
      `“${result.code}” is not in Alibaba’s published lists of API error codes for ${result.product.name}.`,
      'A code spelled closely alike:',
      'Codes spelled closely alike:',
    );
  }
  const code = result.fields.code;
  if (code !== undefined && isCaseSpelling(result)) {
    return { lead: `“${code}” fits ${count} codes that differ only in letter case.`, listIntro: 'Which one is it?' };
  }
  // A code read from the paste that is only near codes of the catalog: a misspelling, or a code this reference lacks.
  if (code !== undefined) {
    return withList(
      `“${code}” is not a code in this reference.`,
      'Did you mean:',
      'Did you mean one of these? The likeliest first:',
    );
  }
  if (count > 1) return { lead: 'More than one code fits this text.', listIntro: 'The likeliest first:' };
  return count === 1
    ? { lead: 'No code matches this text exactly.', listIntro: 'The closest one:' }
    : { lead: 'No code matches this text exactly.' };
}
