/**
 * Stage 4 of the lookup, decide: the answer. One code (`match`) only with confidence — the paste's code (exact, other
 * letter case, an alias or known misspelling), a message that identifies one code (also when the paste's code is a
 * typo of it), or the one code the text names; otherwise the ranked candidates, or `unknown-code` for a code the
 * catalog does not know. An SDK's error name alone gets a hint instead of guessed candidates.
 */
import { errorUrl } from '../catalog/urls.ts';
import { isCertain, type Evidence } from './evidence.ts';
import type { PasteReading } from './fields.ts';
import { pickMessage } from './match-message.ts';
import type { Ranking } from './rank.ts';
import type { LookupEntry, LookupFields, LookupResult } from './types.ts';

/** Longest `searchText`. */
const SEARCH_TEXT_LIMIT = 200;

function matchResult(
  entry: LookupEntry,
  messageIndex: number | undefined,
  reason: string,
  fields: LookupFields,
): LookupResult {
  return {
    kind: 'match',
    code: entry.code,
    ...(messageIndex === undefined ? {} : { messageIndex }),
    url: errorUrl(entry.code, messageIndex),
    reason,
    fields,
  };
}

function joinReasons(...parts: (string | undefined)[]): string {
  return parts.filter((part): part is string => part !== undefined && part.length > 0).join(' ');
}

/**
 * The fields the answer shows: as read, but without a code that was set aside; a leading word set aside
 * (`DescribeDBInstances returns …`) leaves the whole text as the message.
 */
function fieldsShown({ fields, freeText }: PasteReading, { setAside }: Evidence): LookupFields {
  if (!setAside) return fields;
  const rest: LookupFields = { ...fields };
  delete rest.code;
  return setAside.source === 'leading' ? { ...rest, message: freeText } : rest;
}

function searchTextOf(fields: LookupFields, freeText: string): string {
  return (fields.message ?? fields.code ?? freeText).slice(0, SEARCH_TEXT_LIMIT).trim();
}

function decide(reading: PasteReading, evidence: Evidence, { candidates }: Ranking): LookupResult {
  const { code, message, mentioned } = evidence;
  const status = reading.fields.status;
  const fields = fieldsShown(reading, evidence);
  const searchText = searchTextOf(fields, reading.freeText);

  if (code) {
    const { match } = code;
    if (isCertain(match)) {
      const pick = pickMessage(match.entry, message?.ranked, status);
      return matchResult(match.entry, pick.messageIndex, joinReasons(match.reason, pick.reason), fields);
    }
    if (match.kind === 'near') {
      const named = message?.identifies;
      if (named && match.candidates.some((candidate) => candidate.entry === named.entry)) {
        const reason = `Code “${code.written}” is not in the reference; it is close to ${named.entry.code}, and ${named.reason}`;
        return matchResult(named.entry, named.messageIndex, reason, fields);
      }
      return { kind: 'candidates', candidates, fields, searchText };
    }
    return { kind: 'unknown-code', code: code.written, candidates, fields, searchText };
  }

  if (!message) return { kind: 'candidates', candidates: [], fields, searchText };
  if (message.identifies) {
    const { entry, messageIndex, reason } = message.identifies;
    return matchResult(entry, messageIndex, reason, fields);
  }
  const [only] = mentioned;
  if (only && mentioned.length === 1) {
    const pick = pickMessage(only, message.ranked, status);
    return matchResult(only, pick.messageIndex, joinReasons(`The text names code ${only.code}.`, pick.reason), fields);
  }
  return { kind: 'candidates', candidates, fields, searchText };
}

/**
 * Decides the answer for a (non-blank) reading. A paste that is only an SDK's error name (`SDK.ServerError`, the
 * first line of a longer output) gets no candidates — the words of "ServerException" are not a message — and a hint
 * where the code is; so does one that names an SDK's error and matches nothing.
 */
export function decideAnswer(reading: PasteReading, evidence: Evidence, ranking: Ranking): LookupResult {
  const result = decide(reading, evidence, ranking);
  if (result.kind !== 'candidates' && result.kind !== 'unknown-code') return result;
  const wrapper = evidence.sdkWrapper;
  if (!wrapper || !(wrapper.alone || result.candidates.length === 0)) return result;
  return { ...result, hint: wrapper.hint, candidates: [] };
}
