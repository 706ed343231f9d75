/**
 * Lookup tables over the catalog, built once per catalog (cached in a WeakMap): codes by spelling, messages by key,
 * template and placeholder, the operations that return codes, and word weights; and the one way to keep the best of
 * several scores for each code.
 */
import { correctCodeSpelling } from '../catalog/normalise.ts';
import { messageKey, messageKeys, words, type MessageKeys } from './text.ts';
import type { LookupCatalog, LookupEntry, LookupMessage, LookupProduct } from './types.ts';

/**
 * A catalog message with `%s` placeholders (the API metadata writes some so: `The specified parameter %s is not
 * valid.`), as patterns in which each `%s` stands for one to MAX_PLACEHOLDER_VALUE non-blank characters.
 */
export interface PlaceholderPattern {
  exact: RegExp;
  anyCase: RegExp;
}

/** One catalog message with its comparable forms; `words` holds the message's words and its code's. */
export interface IndexedMessage extends MessageKeys {
  entry: LookupEntry;
  /** Position of the entry in the catalog (for stable ordering). */
  order: number;
  message: LookupMessage;
  /** When the message has `%s` placeholders. */
  placeholder?: PlaceholderPattern;
}

/** An operation that returns codes of the catalog (from `messages[].operations`). */
export interface IndexedOperation {
  /** As the API spells it. */
  name: string;
  /** The codes it returns. */
  returns: Set<LookupEntry>;
}

export interface SpellingHit {
  entry: LookupEntry;
  /** The spelling that matched: the code itself or one of its aliases. */
  spelling: string;
}

export interface CatalogIndex {
  product: LookupProduct;
  entries: readonly LookupEntry[];
  orderOf: Map<LookupEntry, number>;
  /** Exact code or alias → entry. */
  exact: Map<string, SpellingHit>;
  /** Lower-cased code or alias → its entries: more than one for codes that differ only in letter case. */
  lower: Map<string, SpellingHit[]>;
  /** Lower-cased, misspellings corrected word by word → its entries (likewise). */
  corrected: Map<string, SpellingHit[]>;
  /** Every code and alias, lower-cased and corrected, for typo and prefix search. */
  spellings: { lower: string; corrected: string; hit: SpellingHit }[];
  messages: IndexedMessage[];
  byKey: Map<string, IndexedMessage[]>;
  byLowerKey: Map<string, IndexedMessage[]>;
  byTemplate: Map<string, IndexedMessage[]>;
  byExactTemplate: Map<string, IndexedMessage[]>;
  /** Operation, by operationKey(), → what it returns. */
  operations: Map<string, IndexedOperation>;
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

/** One hit per entry under a key: the first spelling of each entry. */
function pushEntry(map: Map<string, SpellingHit[]>, key: string, hit: SpellingHit): void {
  const list = map.get(key);
  if (!list) map.set(key, [hit]);
  else if (!list.some((other) => other.entry === hit.entry)) list.push(hit);
}

/** How an operation is looked up: letter case and underscores ignored (`describe_dbinstances`, `DescribeDBInstances`). */
export function operationKey(operation: string): string {
  return operation.toLowerCase().replace(/_/g, '');
}

/** Longest value a `%s` stands for. */
export const MAX_PLACEHOLDER_VALUE = 200;
/** At most this many placeholders in one message are honoured (each adds bounded backtracking). */
const MAX_PLACEHOLDERS = 3;
/** Shortest wording around the placeholders: a message that is mostly `%s` would fit any text. */
const MIN_PLACEHOLDER_WORDING = 8;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The patterns of a message key with `%s`, or undefined when it has none (or too many, or too little wording). */
function placeholderPattern(key: string): PlaceholderPattern | undefined {
  if (!key.includes('%s')) return undefined;
  const parts = key.split('%s');
  if (parts.length - 1 > MAX_PLACEHOLDERS || parts.join('').trim().length < MIN_PLACEHOLDER_WORDING) return undefined;
  // `^` anchors one start; each `\S{1,N}` backtracks at most N characters before the next literal.
  const source = `^${parts.map(escapeRegExp).join(`(\\S{1,${MAX_PLACEHOLDER_VALUE}})`)}$`;
  return { exact: new RegExp(source), anyCase: new RegExp(source, 'i') };
}

function buildIndex(catalog: LookupCatalog): CatalogIndex {
  const { entries } = catalog;
  const index: CatalogIndex = {
    product: catalog.product,
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
    operations: new Map(),
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
      const corrected = correctedKey(spelling);
      setFirst(index.exact, spelling, hit);
      pushEntry(index.lower, spelling.toLowerCase(), hit);
      pushEntry(index.corrected, corrected, hit);
      index.spellings.push({ lower: spelling.toLowerCase(), corrected, hit });
      for (const word of words(spelling)) codeWords.add(word);
    }
    index.codeWords.set(entry, codeWords);
    for (const message of entry.messages) {
      const key = messageKey(message.text);
      const placeholder = placeholderPattern(key);
      const indexed: IndexedMessage = {
        entry,
        order,
        message,
        ...messageKeys(key, codeWords),
        ...(placeholder ? { placeholder } : {}),
      };
      for (const operation of message.operations) {
        const known = index.operations.get(operationKey(operation));
        if (known) known.returns.add(entry);
        else index.operations.set(operationKey(operation), { name: operation, returns: new Set([entry]) });
      }
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

const cache = new WeakMap<LookupCatalog, CatalogIndex>();

export function indexCatalog(catalog: LookupCatalog): CatalogIndex {
  let index = cache.get(catalog);
  if (!index) {
    index = buildIndex(catalog);
    cache.set(catalog, index);
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
