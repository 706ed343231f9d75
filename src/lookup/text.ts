/**
 * Text keys for comparing pasted messages and codes with the catalog's. Reuses the catalog's normaliser so a
 * message is compared exactly as the catalog stores it.
 */
import { normaliseText } from '../catalog/normalise.ts';
import { camelCaseWords } from '../text/camel-case.ts';
import { trimEnd, unwrapQuotes } from './clean.ts';

/**
 * A code as the API writes it: letters, digits and underscores, dot-separated words (`InvalidInstanceId.NotFound`,
 * `ORDER.ACCOUNT_INFORMATION_INCOMPLETE`, `Trade_Not_Support_Async_Pay`).
 */
const CODE_SHAPE = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*$/;
/** Longest text treated as a code. */
export const MAX_CODE_LENGTH = 128;

export function isCodeShaped(text: string): boolean {
  return text.length <= MAX_CODE_LENGTH && CODE_SHAPE.test(text);
}

/**
 * Dotted (`Foo.Bar`), CamelCase with an inner capital (`FooBar`), or words joined by underscores with a capital
 * (`NO_ACTIVE_BYOK`, `Trade_Not_Support`; not `request_id`): looks like an error code, not a word.
 */
export function looksLikeCode(text: string): boolean {
  return (
    isCodeShaped(text) &&
    (text.includes('.') || /[a-z0-9][A-Z]/.test(text) || (/[A-Za-z0-9]_[A-Za-z0-9]/.test(text) && /[A-Z]/.test(text)))
  );
}

/** A request ID: letters, digits and hyphens (a UUID, or a shorter ID), starting with a letter or digit. */
const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9-]{3,63}$/;
/** What a pattern captures where a request ID stands (`request id: <id>`); check the capture with isRequestId. */
export const REQUEST_ID_TOKEN = '[A-Za-z0-9-]{1,64}';

export function isRequestId(text: string): boolean {
  return REQUEST_ID.test(text);
}

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;

/**
 * A message as compared: the catalog's normalisation, typographic quotes made plain, one pair of wrapping quotes
 * and the final full stop removed. Case is kept (see `lowerKey`).
 */
export function messageKey(text: string): string {
  const key = normaliseText(text).replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
  return trimEnd(unwrapQuotes(key, 1), '. \u3002');
}

function lowerKey(key: string): string {
  return key.toLowerCase();
}

const QUOTED = /"([^"\n]{1,100})"/g;

/** The message with each quoted value (`"InstanceName"`) replaced by `"{}"`, and the values themselves. */
interface MessageTemplate {
  /** Case kept. */
  template: string;
  params: string[];
}

function templateOf(key: string): MessageTemplate | undefined {
  const params: string[] = [];
  const template = key.replace(QUOTED, (_whole, param: string) => {
    params.push(param);
    return '"{}"';
  });
  return params.length === 0 ? undefined : { template, params };
}

/** Words that carry no meaning for matching. */
const STOPWORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'been',
  'being',
  'by',
  'error',
  'for',
  'from',
  'had',
  'has',
  'have',
  'i',
  'in',
  'is',
  'it',
  'its',
  'me',
  'my',
  'of',
  'on',
  'or',
  'please',
  'so',
  'that',
  'the',
  'this',
  'to',
  'was',
  'we',
  'were',
  'when',
  'with',
  'you',
  'your',
]);

/** Crude suffix stripping so `used`/`uses`/`use`, `exceeded`/`exceeding` compare equal. */
function stem(word: string): string {
  let w = word;
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 2 && !(suffix === 's' && w.endsWith('ss'))) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.length > 2 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * Words of a text, camel case split (`SignatureNonceUsed` → signature nonce used, `DBInstance` → db instance; see
 * camelCaseWords), lower-cased, stop words dropped, stemmed. Only the first `limit` characters are read.
 */
export function words(text: string, limit = 2000): string[] {
  const out: string[] = [];
  for (const word of camelCaseWords(text.length > limit ? text.slice(0, limit) : text)) {
    const lower = word.toLowerCase();
    if (!STOPWORDS.has(lower)) out.push(stem(lower));
  }
  return out;
}

/** The comparable forms of one message: exact key, lower case, template with quoted values replaced, words. */
export interface MessageKeys {
  key: string;
  lower: string;
  /** Case kept, quoted values replaced. */
  template?: string;
  lowerTemplate?: string;
  params: string[];
  words: Set<string>;
}

/** Builds the comparable forms of a message key; `extraWords` join its words (e.g. the code's words). */
export function messageKeys(key: string, extraWords: Iterable<string> = []): MessageKeys {
  const template = templateOf(key);
  return {
    key,
    lower: lowerKey(key),
    ...(template ? { template: template.template, lowerTemplate: template.template.toLowerCase() } : {}),
    params: template?.params ?? [],
    words: new Set([...words(key), ...extraWords]),
  };
}
