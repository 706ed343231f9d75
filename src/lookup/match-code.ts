/**
 * Matches a pasted code against the catalog: exact, letter case, alias (a corrected spelling), known misspellings
 * corrected, then small typos (bounded edit distance), prefixes and shared words.
 */
import { correctCodeSpelling } from '../catalog/normalise.ts';
import { bestPerCode, correctedKey, overlap, type CatalogIndex, type SpellingHit } from './catalog-index.ts';
import { boundedEditDistance, MAX_EDIT_LENGTH, typoAllowance } from './distance.ts';
import { words } from './text.ts';
import type { LookupEntry } from './types.ts';

export interface ScoredCode {
  entry: LookupEntry;
  score: number;
  reason: string;
}

export type CodeMatch =
  /** One code, certainly. */
  | { kind: 'exact' | 'case' | 'alias' | 'respelled'; entry: LookupEntry; reason: string }
  /** Not in the catalog, but a typo or a prefix of these. */
  | { kind: 'near'; candidates: ScoredCode[] }
  /** Not in the catalog; these look alike. */
  | { kind: 'none'; candidates: ScoredCode[] };

function aliasReason(input: string, hit: SpellingHit): string {
  const { code } = hit.entry;
  if (correctCodeSpelling(code) === hit.spelling) {
    return `Code “${input}” is the corrected spelling of ${code}, the code the service returns.`;
  }
  return `Code “${input}” is another name for ${code}.`;
}

function confident(input: string, hit: SpellingHit, caseDiffers: boolean): CodeMatch {
  const { entry } = hit;
  if (hit.spelling !== entry.code) return { kind: 'alias', entry, reason: aliasReason(input, hit) };
  if (caseDiffers) return { kind: 'case', entry, reason: `Code “${input}” is ${entry.code} in different letter case.` };
  return { kind: 'exact', entry, reason: `Code “${input}” is in the reference.` };
}

function named(hit: SpellingHit): string {
  return hit.spelling === hit.entry.code ? hit.entry.code : `${hit.entry.code} (${hit.spelling})`;
}

/** Typos, prefixes and containment: codes the input almost certainly means one of. */
function nearCodes(input: string, index: CatalogIndex): ScoredCode[] {
  const lower = input.toLowerCase();
  const found: ScoredCode[] = [];
  const allowance = typoAllowance(lower.length);
  for (const { lower: spelling, hit } of index.spellings) {
    if (allowance > 0 && lower.length <= MAX_EDIT_LENGTH) {
      const distance = boundedEditDistance(lower, spelling, allowance);
      if (distance <= allowance) {
        found.push({
          entry: hit.entry,
          score: 0.9 - 0.08 * distance,
          reason: `“${input}” is ${distance} edit${distance === 1 ? '' : 's'} away from ${named(hit)}.`,
        });
        continue;
      }
    }
    if (lower.length >= 6 && spelling.startsWith(lower)) {
      const atDot = spelling.charAt(lower.length) === '.';
      found.push({ entry: hit.entry, score: atDot ? 0.75 : 0.7, reason: `${named(hit)} starts with “${input}”.` });
    } else if (lower.length >= 6 && spelling.includes(lower)) {
      found.push({ entry: hit.entry, score: 0.6, reason: `${named(hit)} contains “${input}”.` });
    }
  }
  return bestPerCode(found, index);
}

/** Codes that share words with the input or are spelled alike. */
function similarCodes(input: string, index: CatalogIndex): ScoredCode[] {
  const lower = input.toLowerCase();
  const inputWords = new Set(words(input, 256));
  const found: ScoredCode[] = [];
  for (const entry of index.entries) {
    const shared = overlap(index, inputWords, index.codeWords.get(entry) ?? new Set());
    if (shared > 0) found.push({ entry, score: 0.6 * shared, reason: `${entry.code} shares words with “${input}”.` });
  }
  if (lower.length <= MAX_EDIT_LENGTH) {
    for (const { lower: spelling, hit } of index.spellings) {
      const longest = Math.max(lower.length, spelling.length);
      const limit = Math.floor(longest * 0.4);
      const distance = boundedEditDistance(lower, spelling, limit);
      if (distance <= limit) {
        found.push({
          entry: hit.entry,
          score: 0.6 * (1 - distance / longest),
          reason: `${named(hit)} is spelled similarly to “${input}”.`,
        });
      }
    }
  }
  return bestPerCode(found, index).filter((candidate) => candidate.score >= 0.2);
}

export function matchCode(code: string, index: CatalogIndex): CodeMatch {
  const input = code.trim();
  const exact = index.exact.get(input);
  if (exact) return confident(input, exact, false);
  const lower = index.lower.get(input.toLowerCase());
  if (lower) return confident(input, lower, true);
  const respelled = index.corrected.get(correctedKey(input));
  if (respelled) {
    const { entry } = respelled;
    return {
      kind: 'respelled',
      entry,
      reason: `Code “${input}” is another spelling of ${entry.code}, the code the service returns.`,
    };
  }
  const near = nearCodes(input, index);
  if (near.length > 0) return { kind: 'near', candidates: near };
  return { kind: 'none', candidates: similarCodes(input, index) };
}

/** Known codes and aliases mentioned in free text (exact spelling, or any case for dotted codes). */
export function codesMentioned(text: string, index: CatalogIndex): LookupEntry[] {
  const found = new Set<LookupEntry>();
  let seen = 0;
  for (const match of text.matchAll(/[A-Za-z][A-Za-z0-9.]{2,127}/g)) {
    if (++seen > 500) break;
    let token = match[0];
    while (token.endsWith('.')) token = token.slice(0, -1);
    const hit = index.exact.get(token) ?? index.lower.get(token.toLowerCase());
    if (hit) found.add(hit.entry);
  }
  return [...found];
}
