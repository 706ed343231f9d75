/**
 * Matches a pasted message against the catalog's messages: exact (after the catalog's normalisation), letter case,
 * a message with `%s` placeholders filled in, the same wording with another quoted parameter, containment, then
 * weighted word overlap. The HTTP status, when known, breaks ties.
 */
import { overlap, type CatalogIndex, type IndexedMessage } from './catalog-index.ts';
import { messageKey, messageKeys, type MessageKeys } from './text.ts';
import type { LookupEntry, LookupMessage } from './types.ts';

/** A message read from a paste, in comparable forms, with the HTTP status when the paste had one. */
export interface MessageQuery extends MessageKeys {
  status?: number;
}

export type MessageMatchKind = 'exact' | 'case' | 'placeholder' | 'template' | 'contains' | 'partial' | 'words';

export interface ScoredMessage {
  item: IndexedMessage;
  kind: MessageMatchKind;
  score: number;
  reason: string;
}

/** Longest message compared. */
const MAX_MESSAGE = 1000;
/** Kinds that identify a message rather than resemble it. */
const IDENTIFYING: ReadonlySet<MessageMatchKind> = new Set(['exact', 'case', 'placeholder', 'template']);

export function messageQuery(message: string, status?: number): MessageQuery | undefined {
  const key = messageKey(message.length > MAX_MESSAGE * 2 ? message.slice(0, MAX_MESSAGE * 2) : message).slice(
    0,
    MAX_MESSAGE,
  );
  if (key.length === 0) return undefined;
  return { ...messageKeys(key), ...(status === undefined ? {} : { status }) };
}

function label(item: IndexedMessage): string {
  return item.entry.messages.length > 1 ? `${item.entry.code} (message ${item.message.index})` : item.entry.code;
}

function clamp(score: number): number {
  return Math.max(0, Math.min(1, score));
}

function templateScore(query: MessageQuery, item: IndexedMessage): ScoredMessage {
  const asked = query.params[0] ?? '';
  const own = item.params[0] ?? '';
  const code = item.entry.code.toLowerCase();
  let score = 0.85;
  // A code named after the parameter (InvalidToken.Malformed for "Token") is meant; a generic code
  // (InvalidParameter, whose example parameter is not in its name) fits any other parameter.
  if (asked.length > 0 && code.includes(asked.toLowerCase())) score += 0.08;
  else if (own.length > 0 && !code.includes(own.toLowerCase())) score += 0.05;
  if (query.template === item.template) score += 0.01;
  return {
    item,
    kind: 'template',
    score,
    reason: `The message has the wording of ${label(item)}, naming “${asked}” where the reference names “${own}”.`,
  };
}

/** The catalog message with `%s` placeholders that the query fills in, exactly (or in other letter case). */
function placeholderScore(query: MessageQuery, item: IndexedMessage): ScoredMessage | undefined {
  const pattern = item.placeholder;
  if (!pattern) return undefined;
  const exact = pattern.exact.exec(query.key);
  const found = exact ?? pattern.anyCase.exec(query.key);
  if (!found) return undefined;
  const values = found.slice(1).map((value) => `“${value}”`);
  // In other letter case it is the same wording with another value, as a template is: it identifies a code only
  // when no other code's template fits too.
  return {
    item,
    kind: exact ? 'placeholder' : 'template',
    score: exact ? 0.92 : 0.9,
    reason: `The message is the message of ${label(item)}${exact ? '' : ' (in other letter case)'}, with ${values.join(', ')} where it has %s.`,
  };
}

/** How well `query` matches one catalog message; undefined for no resemblance. */
function scoreMessage(query: MessageQuery, item: IndexedMessage, index: CatalogIndex): ScoredMessage | undefined {
  const options: ScoredMessage[] = [];
  if (query.key === item.key) {
    options.push({ item, kind: 'exact', score: 1, reason: `The message is the message of ${label(item)}.` });
  } else if (query.lower === item.lower) {
    options.push({
      item,
      kind: 'case',
      score: 0.97,
      reason: `The message is the message of ${label(item)}, in different letter case.`,
    });
  } else {
    const filled = placeholderScore(query, item);
    if (filled) options.push(filled);
    if (query.lowerTemplate !== undefined && query.lowerTemplate === item.lowerTemplate)
      options.push(templateScore(query, item));
    if (item.lower.length >= 12 && query.lower.includes(item.lower)) {
      options.push({ item, kind: 'contains', score: 0.8, reason: `The text contains the message of ${label(item)}.` });
    }
    if (query.lower.length >= 8 && item.lower.includes(query.lower)) {
      options.push({
        item,
        kind: 'partial',
        score: 0.5 + (0.3 * query.lower.length) / item.lower.length,
        reason: `The text is part of the message of ${label(item)}.`,
      });
    }
    const shared = overlap(index, query.words, item.words);
    if (shared > 0)
      options.push({
        item,
        kind: 'words',
        score: 0.75 * shared,
        reason: `The wording is close to the message of ${label(item)}.`,
      });
  }
  let best = options[0];
  for (const option of options) if (best === undefined || option.score > best.score) best = option;
  if (best === undefined) return undefined;
  if (query.status !== undefined) best.score += item.message.status === query.status ? 0.03 : -0.03;
  best.score = clamp(best.score);
  return best;
}

/** Every catalog message that resembles the query, best first. */
export function rankMessages(
  query: MessageQuery,
  index: CatalogIndex,
  items: readonly IndexedMessage[] = index.messages,
): ScoredMessage[] {
  const scored: ScoredMessage[] = [];
  for (const item of items) {
    const result = scoreMessage(query, item, index);
    if (result && result.score > 0) scored.push(result);
  }
  return scored.sort(
    (a, b) => b.score - a.score || a.item.order - b.item.order || a.item.message.index - b.item.message.index,
  );
}

/** The code (and message) a pasted message identifies. */
export interface IdentifiedCode {
  entry: LookupEntry;
  messageIndex?: number;
  reason: string;
}

function entriesOf(hits: readonly ScoredMessage[]): Set<LookupEntry> {
  return new Set(hits.map((hit) => hit.item.entry));
}

/** The message among `hits` (all of one entry), when the entry has several messages and one is meant. */
function messageOf(hits: readonly ScoredMessage[], status: number | undefined): number | undefined {
  const [first] = hits;
  if (!first || first.item.entry.messages.length <= 1) return undefined;
  const indices = new Set(hits.map((hit) => hit.item.message.index));
  if (indices.size === 1) return first.item.message.index;
  const withStatus = hits.filter((hit) => hit.item.message.status === status);
  return withStatus.length === 1 ? withStatus[0]?.item.message.index : undefined;
}

/** One code from identifying hits: directly, or after keeping only the known status. */
function decideAmong(hits: readonly ScoredMessage[], status: number | undefined): IdentifiedCode | undefined {
  const [first] = hits;
  if (!first) return undefined;
  if (entriesOf(hits).size === 1)
    return { entry: first.item.entry, messageIndex: messageOf(hits, status), reason: first.reason };
  if (status === undefined) return undefined;
  const withStatus = hits.filter((hit) => hit.item.message.status === status);
  const [kept] = withStatus;
  if (!kept || entriesOf(withStatus).size !== 1) return undefined;
  return {
    entry: kept.item.entry,
    messageIndex: messageOf(withStatus, status),
    reason: `${kept.reason} Of the codes with this message, only ${kept.item.entry.code} answers with HTTP ${status}.`,
  };
}

/**
 * The one code the message identifies, from its ranking (rankMessages): an exact message, the same message in other
 * letter case (unless another code's message has the same case-exact wording with another parameter), or the same
 * wording with another quoted parameter — of one code, or of one code with the known status. Undefined otherwise.
 */
export function identifiedCode(
  query: MessageQuery,
  ranked: readonly ScoredMessage[],
  index: CatalogIndex,
): IdentifiedCode | undefined {
  const byKind = (kind: MessageMatchKind) => ranked.filter((hit) => hit.kind === kind);
  const exact = byKind('exact');
  if (exact.length > 0) return decideAmong(exact, query.status);
  const caseHits = byKind('case');
  if (caseHits.length > 0) {
    const codes = entriesOf(caseHits);
    const sameWording = query.template === undefined ? [] : (index.byExactTemplate.get(query.template) ?? []);
    if (sameWording.some((item) => !codes.has(item.entry))) return undefined;
    return decideAmong(caseHits, query.status);
  }
  const filled = decideAmong(byKind('placeholder'), query.status);
  if (filled) return filled;
  const templates = byKind('template');
  if (templates.length > 0) return decideAmong(templates, query.status);
  return undefined;
}

/**
 * Picks the message of `entry` that a pasted message means, if it clearly means one (from the pasted message's
 * ranking, `ranked`: only the entry's own messages count), else the one message with the known status. With an
 * operation that returns some of the entry's messages, it picks among those first, and takes the one it returns
 * when it returns one.
 */
export function pickMessage(
  entry: LookupEntry,
  ranked: readonly ScoredMessage[] | undefined,
  status: number | undefined,
  operation?: string,
): { messageIndex?: number; reason?: string } {
  if (entry.messages.length <= 1) return {};
  const returned =
    operation === undefined ? [] : entry.messages.filter((message) => message.operations.includes(operation));
  // A message pasted word for word decides, whichever operation it names.
  const exact = ranked?.find((hit) => hit.item.entry === entry)?.kind === 'exact';
  if (!exact && returned.length > 0 && returned.length < entry.messages.length) {
    const indices = new Set(returned.map((message) => message.index));
    const among = pickAmong(
      entry,
      ranked?.filter((hit) => indices.has(hit.item.message.index)),
      status,
      returned,
    );
    if (among.messageIndex !== undefined) return among;
    const [only] = returned;
    if (only && returned.length === 1)
      return { messageIndex: only.index, reason: `${operation} returns it with message ${only.index}.` };
  }
  return pickAmong(entry, ranked, status, entry.messages);
}

function pickAmong(
  entry: LookupEntry,
  ranked: readonly ScoredMessage[] | undefined,
  status: number | undefined,
  messages: readonly LookupMessage[],
): { messageIndex?: number; reason?: string } {
  if (ranked) {
    const [best, second] = ranked.filter((hit) => hit.item.entry === entry);
    if (best) {
      const clear = second === undefined || best.score - second.score >= 0.1;
      if (
        (IDENTIFYING.has(best.kind) && (second === undefined || second.score < best.score)) ||
        (best.score >= 0.4 && clear)
      ) {
        return {
          messageIndex: best.item.message.index,
          reason: `Its message matches message ${best.item.message.index}.`,
        };
      }
    }
  }
  if (status !== undefined) {
    const withStatus = messages.filter((message) => message.status === status);
    const [only] = withStatus;
    if (only && withStatus.length === 1)
      return { messageIndex: only.index, reason: `HTTP ${status} is the status of message ${only.index} only.` };
  }
  return {};
}
