/**
 * Lookup tables over the catalog, built once per catalog array (cached in a WeakMap): codes by spelling, messages
 * by key and template, and word weights; and the one way to keep the best of several scores for each code.
 */
import { correctCodeSpelling } from '../catalog/normalise.ts';
import { messageKey, messageKeys, words, type MessageKeys } from './text.ts';
import type { LookupEntry, LookupMessage } from './types.ts';

/** One catalog message with its comparable forms; `words` holds the message's words and its code's. */
export interface IndexedMessage extends MessageKeys {
  entry: LookupEntry;
  /** Position of the entry in the catalog (for stable ordering). */
  order: number;
  message: LookupMessage;
}

export interface SpellingHit {
  entry: LookupEntry;
  /** The spelling that matched: the code itself or one of its aliases. */
  spelling: string;
}

export interface CatalogIndex {
  entries: readonly LookupEntry[];
  orderOf: Map<LookupEntry, number>;
  /** Exact code or alias → entry. */
  exact: Map<string, SpellingHit>;
  /** Lower-cased code or alias → entry. */
  lower: Map<string, SpellingHit>;
  /** Lower-cased, misspellings corrected word by word → entry. */
  corrected: Map<string, SpellingHit>;
  /** Every code and alias, lower-cased, for typo and prefix search. */
  spellings: { lower: string; hit: SpellingHit }[];
  messages: IndexedMessage[];
  byKey: Map<string, IndexedMessage[]>;
  byLowerKey: Map<string, IndexedMessage[]>;
  byTemplate: Map<string, IndexedMessage[]>;
  byExactTemplate: Map<string, IndexedMessage[]>;
  /** Words of each entry's code and aliases. */
  codeWords: Map<LookupEntry, Set<string>>;
  /** Inverse document frequency of each word over the messages. */
  idf: Map<string, number>;
  /** Weight of a word the catalog never uses. */
  unknownWeight: number;
}

/** `forbiden.subuser` → `forbidden.subuser`: each dot-separated word capitalised, corrected, lower-cased. */
export function correctedKey(code: string): string {
  return code
    .split('.')
    .map((word) => correctCodeSpelling(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()).toLowerCase())
    .join('.');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function setFirst<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (!map.has(key)) map.set(key, value);
}

function buildIndex(entries: readonly LookupEntry[]): CatalogIndex {
  const index: CatalogIndex = {
    entries,
    orderOf: new Map(),
    exact: new Map(),
    lower: new Map(),
    corrected: new Map(),
    spellings: [],
    messages: [],
    byKey: new Map(),
    byLowerKey: new Map(),
    byTemplate: new Map(),
    byExactTemplate: new Map(),
    codeWords: new Map(),
    idf: new Map(),
    unknownWeight: 1,
  };
  entries.forEach((entry, order) => {
    index.orderOf.set(entry, order);
    const spellings = [entry.code, ...entry.aliases];
    const codeWords = new Set<string>();
    for (const spelling of spellings) {
      const hit = { entry, spelling };
      setFirst(index.exact, spelling, hit);
      setFirst(index.lower, spelling.toLowerCase(), hit);
      setFirst(index.corrected, correctedKey(spelling), hit);
      index.spellings.push({ lower: spelling.toLowerCase(), hit });
      for (const word of words(spelling)) codeWords.add(word);
    }
    index.codeWords.set(entry, codeWords);
    for (const message of entry.messages) {
      const indexed: IndexedMessage = { entry, order, message, ...messageKeys(messageKey(message.text), codeWords) };
      if (indexed.template !== undefined && indexed.lowerTemplate !== undefined) {
        push(index.byTemplate, indexed.lowerTemplate, indexed);
        push(index.byExactTemplate, indexed.template, indexed);
      }
      index.messages.push(indexed);
      push(index.byKey, indexed.key, indexed);
      push(index.byLowerKey, indexed.lower, indexed);
    }
  });
  const documentFrequency = new Map<string, number>();
  for (const message of index.messages) {
    for (const word of message.words) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  }
  const total = Math.max(1, index.messages.length);
  for (const [word, frequency] of documentFrequency) index.idf.set(word, Math.log(1 + total / frequency));
  index.unknownWeight = Math.log(1 + total) / 2;
  return index;
}

const cache = new WeakMap<readonly LookupEntry[], CatalogIndex>();

export function indexCatalog(entries: readonly LookupEntry[]): CatalogIndex {
  let index = cache.get(entries);
  if (!index) {
    index = buildIndex(entries);
    cache.set(entries, index);
  }
  return index;
}

/** Weight of a word in the catalog's vocabulary. */
function weightOf(index: CatalogIndex, word: string): number {
  return index.idf.get(word) ?? index.unknownWeight;
}

/** Weighted Dice overlap of two word sets: 1 for the same words, 0 for none shared. */
export function overlap(index: CatalogIndex, query: ReadonlySet<string>, target: ReadonlySet<string>): number {
  let shared = 0;
  let queryWeight = 0;
  let targetWeight = 0;
  for (const word of query) {
    const weight = weightOf(index, word);
    queryWeight += weight;
    if (target.has(word)) shared += weight;
  }
  for (const word of target) targetWeight += weightOf(index, word);
  const sum = queryWeight + targetWeight;
  return sum === 0 ? 0 : (2 * shared) / sum;
}

/**
 * One item per code, its best (the first of its highest scores), best first and in catalog order among equals. Lists
 * of candidates from several kinds of evidence are merged with it; on equal scores, the kind listed first wins.
 */
export function bestPerCode<T extends { entry: LookupEntry; score: number }>(
  items: Iterable<T>,
  index: CatalogIndex,
): T[] {
  const best = new Map<LookupEntry, T>();
  for (const item of items) {
    const current = best.get(item.entry);
    if (!current || item.score > current.score) best.set(item.entry, item);
  }
  return [...best.values()].sort(
    (a, b) => b.score - a.score || (index.orderOf.get(a.entry) ?? 0) - (index.orderOf.get(b.entry) ?? 0),
  );
}
