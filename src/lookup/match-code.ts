/**
 * Matches a pasted code against the catalog: exact, letter case, alias (a corrected spelling), known misspellings
 * corrected, then small typos (bounded edit distance) and prefixes; for a code the catalog lacks, only codes spelled
 * closely alike. Codes that differ only in letter case are told apart by their exact spelling; another spelling of
 * both fits both.
 */
import { correctCodeSpelling } from '../catalog/normalise.ts';
import { bestPerCode, correctedKey, type CatalogIndex, type SpellingHit } from './catalog-index.ts';
import { boundedEditDistance, MAX_EDIT_LENGTH, typoAllowance } from './distance.ts';
import type { LookupEntry } from './types.ts';

export interface ScoredCode {
  entry: LookupEntry;
  score: number;
  reason: string;
}

export type CodeMatch =
  /** One code, certainly. */
  | { kind: 'exact' | 'case' | 'alias' | 'respelled'; entry: LookupEntry; reason: string }
  /** The spelling of several codes that differ only in letter case, none of them exactly: any of these. */
  | { kind: 'cases'; candidates: ScoredCode[] }
  /** Not in the catalog, but a typo or a prefix of these. */
  | { kind: 'near'; candidates: ScoredCode[] }
  /** Not in the catalog; these (often none) are spelled closely alike. */
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

/** Edits per character that still make two codes close spellings of each other (3 edits in 20 characters). */
const CLOSE_SPELLING_RATIO = 0.15;

/**
 * Codes spelled closely like a code the catalog lacks: a few edits relative to the length, also once known
 * misspellings are corrected on both sides. Sharing words (`InvalidFoo.NotFound`, `InvalidUser.NotFound`) is not
 * being close.
 */
function closeSpellings(input: string, index: CatalogIndex): ScoredCode[] {
  const lower = input.toLowerCase();
  if (lower.length > MAX_EDIT_LENGTH) return [];
  const corrected = correctedKey(input);
  const found: ScoredCode[] = [];
  for (const { lower: spelling, corrected: correctedSpelling, hit } of index.spellings) {
    const longest = Math.max(lower.length, spelling.length);
    const limit = Math.floor(longest * CLOSE_SPELLING_RATIO);
    if (limit < 1) continue;
    const distance = Math.min(
      boundedEditDistance(lower, spelling, limit),
      boundedEditDistance(corrected, correctedSpelling, limit),
    );
    if (distance <= limit) {
      found.push({
        entry: hit.entry,
        score: 0.6 * (1 - distance / longest),
        reason: `${named(hit)} is spelled closely like “${input}” (${distance} edit${distance === 1 ? '' : 's'}).`,
      });
    }
  }
  return bestPerCode(found, index);
}

/** The codes of several case-only variants, each a candidate. */
function caseVariants(input: string, hits: readonly SpellingHit[], index: CatalogIndex): CodeMatch {
  return {
    kind: 'cases',
    candidates: bestPerCode(
      hits.map(({ entry }) => ({
        entry,
        score: 0.95,
        reason: `Code “${input}” is ${entry.code} in different letter case, and so is another code.`,
      })),
      index,
    ),
  };
}

export function matchCode(code: string, index: CatalogIndex): CodeMatch {
  const input = code.trim();
  const exact = index.exact.get(input);
  if (exact) return confident(input, exact, false);
  const lower = index.lower.get(input.toLowerCase()) ?? [];
  if (lower.length > 1) return caseVariants(input, lower, index);
  if (lower[0]) return confident(input, lower[0], true);
  const respelledHits = index.corrected.get(correctedKey(input)) ?? [];
  if (respelledHits.length > 1) return caseVariants(input, respelledHits, index);
  const [respelled] = respelledHits;
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
  return { kind: 'none', candidates: closeSpellings(input, index) };
}

/**
 * Known codes and aliases mentioned in free text: the exact spelling, or else any letter case (every code that
 * spelling fits, when several differ only in case).
 */
export function codesMentioned(text: string, index: CatalogIndex): LookupEntry[] {
  const found = new Set<LookupEntry>();
  let seen = 0;
  for (const match of text.matchAll(/[A-Za-z][A-Za-z0-9._]{2,127}/g)) {
    if (++seen > 500) break;
    let token = match[0];
    while (token.endsWith('.')) token = token.slice(0, -1);
    const exact = index.exact.get(token);
    const hits = exact ? [exact] : (index.lower.get(token.toLowerCase()) ?? []);
    for (const hit of hits) found.add(hit.entry);
  }
  return [...found];
}
