/**
 * Stage 4 of the lookup, decide: the answer. One code (`match`) only with confidence — the paste's code (exact, other
 * letter case, an alias or known misspelling), a message that identifies one code (also when the paste's code is a
 * typo of it), or the one code the text names; otherwise the ranked candidates, or `unknown-code` for a code the
 * catalog does not know (with Alibaba Cloud's troubleshoot link for it). An SDK's error name alone gets a hint instead
 * of guessed candidates. A paste from another cloud is `other-cloud`; one from another Alibaba Cloud product is still
 * the match when its code is here (with a note), and `other-product` when it is not.
 */
import { errorUrl } from '../catalog/urls.ts';
import { isCertain, type Evidence } from './evidence.ts';
import type { PasteReading } from './fields.ts';
import { pickMessage } from './match-message.ts';
import type { Ranking } from './rank.ts';
import { troubleshootLink } from './troubleshoot.ts';
import type { LookupEntry, LookupFields, LookupMatch, LookupProduct, LookupResult, NamedSource } from './types.ts';

/** Longest `searchText`. */
const SEARCH_TEXT_LIMIT = 200;

/** The paste's operation, when it returns `entry` (so the code's page has its row). */
function operationOf(entry: LookupEntry, { operation }: Evidence): string | undefined {
  return operation?.returns.has(entry) ? operation.name : undefined;
}

function matchResult(
  entry: LookupEntry,
  messageIndex: number | undefined,
  reason: string,
  fields: LookupFields,
  evidence: Evidence,
): LookupMatch {
  let index = messageIndex;
  let why = reason;
  // A code that shares its page with one that differs only in case (and comes after it): its first message's anchor.
  const [first] = entry.messages;
  if (index === undefined && entry.page !== entry.code && first) {
    index = first.index;
    why = joinReasons(why, `Its messages start at message ${index} of the page it shares with ${entry.page}.`);
  }
  const operation = operationOf(entry, evidence);
  return {
    kind: 'match',
    code: entry.code,
    ...(index === undefined ? {} : { messageIndex: index }),
    url: errorUrl(entry.page, index),
    reason: why,
    fields,
    ...(operation === undefined ? {} : { operation }),
  };
}

function joinReasons(...parts: (string | undefined)[]): string {
  return parts.filter((part): part is string => part !== undefined && part.length > 0).join(' ');
}

/**
 * The fields the answer shows: as read, but without a code that was set aside (a leading word set aside,
 * `DescribeDBInstances returns …`, leaves the whole text as the message), and with the operation spelled as the API
 * spells it when the catalog knows it (`describe_dbinstances` → DescribeDBInstances).
 */
function fieldsShown({ fields, freeText }: PasteReading, { setAside, operation }: Evidence): LookupFields {
  const shown: LookupFields = { ...fields };
  if (operation && operation.returns.size > 0) shown.operation = operation.name;
  if (!setAside) return shown;
  delete shown.code;
  return setAside.source === 'leading' ? { ...shown, message: freeText } : shown;
}

function searchTextOf(fields: LookupFields, freeText: string): string {
  return (fields.message ?? fields.code ?? freeText).slice(0, SEARCH_TEXT_LIMIT).trim();
}

function named(product: LookupProduct): NamedSource {
  return { code: product.code, name: product.name };
}

function decide(
  reading: PasteReading,
  evidence: Evidence,
  { candidates }: Ranking,
  product: LookupProduct,
): LookupResult {
  const { code, message, mentioned } = evidence;
  const status = reading.fields.status;
  const fields = fieldsShown(reading, evidence);
  const searchText = searchTextOf(fields, reading.freeText);
  const pick = (entry: LookupEntry) => pickMessage(entry, message?.ranked, status, operationOf(entry, evidence));

  if (code) {
    const { match } = code;
    if (isCertain(match)) {
      const picked = pick(match.entry);
      return matchResult(match.entry, picked.messageIndex, joinReasons(match.reason, picked.reason), fields, evidence);
    }
    if (match.kind === 'near') {
      const named = message?.identifies;
      if (named && match.candidates.some((candidate) => candidate.entry === named.entry)) {
        const reason = `Code “${code.written}” is not in the reference; it is close to ${named.entry.code}, and ${named.reason}`;
        return matchResult(named.entry, named.messageIndex, reason, fields, evidence);
      }
      return { kind: 'candidates', candidates, fields, searchText };
    }
    if (match.kind === 'cases') return { kind: 'candidates', candidates, fields, searchText };
    const troubleshootUrl = troubleshootLink(code.written, product.code, fields.requestId);
    return {
      kind: 'unknown-code',
      code: code.written,
      product: named(product),
      ...(troubleshootUrl === undefined ? {} : { troubleshootUrl }),
      candidates,
      fields,
      searchText,
    };
  }

  if (!message) return { kind: 'candidates', candidates: [], fields, searchText };
  if (message.identifies) {
    const { entry, messageIndex, reason } = message.identifies;
    // The operation may pick among the messages the text fits equally (a message shared by two of its statuses).
    const picked = messageIndex === undefined && operationOf(entry, evidence) ? pick(entry) : { messageIndex };
    return matchResult(entry, picked.messageIndex, reason, fields, evidence);
  }
  const [only] = mentioned;
  if (only && mentioned.length === 1) {
    const picked = pick(only);
    return matchResult(
      only,
      picked.messageIndex,
      joinReasons(`The text names code ${only.code}.`, picked.reason),
      fields,
      evidence,
    );
  }
  return { kind: 'candidates', candidates, fields, searchText };
}

/**
 * A paste that is only an SDK's error name (`SDK.ServerError`, the first line of a longer output) gets no candidates
 * — the words of "ServerException" are not a message — and a hint where the code is; so does one that names an SDK's
 * error and matches nothing.
 */
function withSdkHint(result: LookupResult, evidence: Evidence): LookupResult {
  if (result.kind !== 'candidates' && result.kind !== 'unknown-code') return result;
  const wrapper = evidence.sdkWrapper;
  if (!wrapper || !(wrapper.alone || result.candidates.length === 0)) return result;
  return { ...result, hint: wrapper.hint, candidates: [] };
}

/** Decides the answer for a (non-blank) reading against the catalog of `product`. */
export function decideAnswer(
  reading: PasteReading,
  evidence: Evidence,
  ranking: Ranking,
  product: LookupProduct,
): LookupResult {
  const from = evidence.product;
  if (from?.kind === 'other-cloud') {
    // Another cloud's code is not read as an Alibaba one: the fields show the code its format names, if any.
    const fields = fieldsShown(reading, evidence);
    delete fields.code;
    if (from.code !== undefined) fields.code = from.code;
    return {
      kind: 'other-cloud',
      cloud: from.cloud,
      product: named(product),
      ...(from.code === undefined ? {} : { code: from.code }),
      fields,
    };
  }
  const result = withSdkHint(decide(reading, evidence, ranking, product), evidence);
  if (from?.kind !== 'other-product') return result;
  if (result.kind === 'match') {
    const said = from.from === 'host' ? `its endpoint is ${from.written}` : `its link says product=${from.written}`;
    return {
      ...result,
      note: `This error came from ${from.product.name}, another Alibaba Cloud product (${said}); the page describes ${result.code} as ${product.name} returns it.`,
      fromProduct: from.product,
    };
  }
  const fields = fieldsShown(reading, evidence);
  const code = fields.code;
  const troubleshootUrl = code === undefined ? undefined : troubleshootLink(code, from.product.code, fields.requestId);
  return {
    kind: 'other-product',
    from: from.product,
    product: named(product),
    ...(code === undefined ? {} : { code }),
    ...(troubleshootUrl === undefined ? {} : { troubleshootUrl }),
    fields,
  };
}
