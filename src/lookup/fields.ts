/**
 * Stage 1 of the lookup, read: what was given becomes a PasteReading — the fields of the error, how its code was
 * found, its plain text. From a paste (readPaste), from fields read elsewhere (readLookupFields), or from the lookup
 * page's troubleshoot parameters (readTroubleshootParams).
 *
 * readPaste reads the fields of an error out of anything a user may paste: raw JSON bodies, Python dict reprs, the
 * classic and Tea SDK exception texts (Python, Go, Java, TypeScript), the Go SDK / `aliyun` CLI `SDK.ServerError`
 * block, Terraform diagnostics, structured-log lines that embed any of these as escaped strings, troubleshoot links,
 * or a bare code or message. See shared/reference/error-output-formats.md for the shapes.
 *
 * Only the first SCAN_LIMIT characters are read (see clean.ts). Every regular expression is linear: repetitions
 * are bounded or over classes disjoint from what follows, and nothing is nested.
 */
import { readAccessDenied } from './access-denied.ts';
import { collapse, scanWindow, trimEnd, unescapeLevels, unescapeOnce, unwrapQuotes } from './clean.ts';
import { otherCloudIn, type OtherCloudSignal } from './other-clouds.ts';
import { isCodeShaped, isRequestId, looksLikeCode, MAX_CODE_LENGTH, REQUEST_ID_TOKEN } from './text.ts';
import { parseTroubleshootUrl, troubleshootInfoFromParams, type ParamSource } from './troubleshoot.ts';
import type { LookupFields } from './types.ts';

/** How a code was found; decides how much an unknown code is trusted (see evidence.ts). */
export type CodeSource =
  /** A labelled field: `"Code":`, `ErrorCode:`, `Error: <Code> code:`, `Error:<Code>`, a troubleshoot link. */
  | 'field'
  /** The whole paste is one word. */
  | 'bare'
  /** The paste starts with a code-like word followed by text (Python `ClientException`: `<Code> <message>`). */
  | 'leading';

/** What stage 1 (read) hands on. */
export interface PasteReading {
  fields: LookupFields;
  codeSource?: CodeSource;
  /** The plainest text of the paste, white space folded, at most FREE_TEXT_LIMIT characters. */
  freeText: string;
  /** True when nothing but white space (or terminal decoration) was pasted. */
  blank: boolean;
  /** The paste is another cloud's error (AWS, Tencent Cloud, Huawei Cloud): its format says so (other-clouds.ts). */
  cloud?: OtherCloudSignal;
}

/** Longest plain text used as a message or for word matching. */
const FREE_TEXT_LIMIT = 1000;
/** Longest field value read. */
const MAX_VALUE = 4000;
/** At most this many matches of one pattern are looked at. */
const MAX_MATCHES = 200;
/** At most this many SDK exception texts (Tea, Python classic) are read; a paste holds one or a few. */
const MAX_COMPOSITES = 20;

/** Field priorities: lower wins. Ties go to the less-unescaped text (JSON) or are first-come (other readers). */
const Priority = {
  Json: 0,
  Line: 1,
  Composite: 2,
  Url: 3,
  JsonLowerCode: 4,
  Bare: 5,
} as const;
type Priority = (typeof Priority)[keyof typeof Priority];

type FieldName = keyof LookupFields;
const FIELD_ORDER: readonly FieldName[] = [
  'code',
  'message',
  'status',
  'requestId',
  'host',
  'operation',
  'product',
  'recommend',
];

class FieldCollector {
  private readonly best = new Map<FieldName, { value: string | number; rank: number }>();

  offer(field: FieldName, value: string | number | undefined, priority: Priority, level: number): void {
    if (value === undefined || value === '') return;
    const rank = priority * 100 + level;
    const current = this.best.get(field);
    if (!current || rank < current.rank) this.best.set(field, { value, rank });
  }

  has(field: FieldName): boolean {
    return this.best.has(field);
  }

  priorityOf(field: FieldName): number | undefined {
    const current = this.best.get(field);
    return current === undefined ? undefined : Math.floor(current.rank / 100);
  }

  fields(): LookupFields {
    const fields: LookupFields = {};
    for (const name of FIELD_ORDER) {
      const found = this.best.get(name);
      if (found === undefined) continue;
      if (name === 'status') fields.status = Number(found.value);
      else fields[name] = String(found.value);
    }
    return fields;
  }
}

const HOST = /^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}$/;
/** An operation as the API spells it (`DescribeDBInstances`), or as Python's SDK does (`describe_dbinstances`). */
const OPERATION = /^[A-Z][A-Za-z0-9]{1,79}$/;
const SNAKE_OPERATION = /^[a-z][a-z0-9_]{1,79}$/;

function operationValue(raw: string): string | undefined {
  const value = raw.trim();
  return OPERATION.test(value) || SNAKE_OPERATION.test(value) ? value : undefined;
}

function codeValue(raw: string): string | undefined {
  const value = raw.trim();
  return isCodeShaped(value) ? value : undefined;
}

function statusValue(raw: string | number): number | undefined {
  const status = typeof raw === 'number' ? raw : Number.parseInt(raw.trim(), 10);
  return Number.isInteger(status) && status >= 100 && status <= 599 ? status : undefined;
}

function requestIdValue(raw: string): string | undefined {
  const value = raw.trim().split(/\s/, 1)[0] ?? '';
  return isRequestId(value) ? value : undefined;
}

function hostValue(raw: string): string | undefined {
  const value = raw.trim();
  return value.length <= 253 && HOST.test(value) ? value : undefined;
}

function messageValue(raw: string): string | undefined {
  const value = collapse(raw.length > MAX_VALUE ? raw.slice(0, MAX_VALUE) : raw);
  return value.length > 0 ? value : undefined;
}

/** Tea's message is `code: <status>, <message> request id: <id>`. */
const TEA_MESSAGE_HEAD = /^code: ?(\d{3}), ?/;
const REQUEST_ID_TAIL = new RegExp(`[ \\t\\n]{1,8}request ?id:[ \\t]{0,8}(${REQUEST_ID_TOKEN})`, 'i');

/** Reads `<message> request id: <id>` (the part after `code: <status>, `); the message may run to the line end. */
function readTeaTail(tail: string): { message?: string; requestId?: string } {
  const head = tail.slice(0, MAX_VALUE);
  const id = REQUEST_ID_TAIL.exec(head);
  if (id) {
    const message = head.slice(0, id.index);
    // A wrapped line (Terraform wraps long diagnostics) may split the message; a whole block in between may not.
    if ((message.match(/\n/g) ?? []).length <= 3 && !message.includes('\n\n')) {
      return { message, requestId: id[1] };
    }
  }
  let end = head.indexOf('\n');
  if (end < 0) end = head.length;
  const response = head.indexOf(' Response: ');
  if (response >= 0 && response < end) end = response;
  return { message: head.slice(0, end) };
}

function offerTeaMessage(collector: FieldCollector, status: string, tail: string, level: number): void {
  const { message, requestId } = readTeaTail(tail);
  collector.offer('status', statusValue(status), Priority.Composite, level);
  collector.offer('message', message === undefined ? undefined : messageValue(message), Priority.Composite, level);
  if (requestId !== undefined) collector.offer('requestId', requestIdValue(requestId), Priority.Composite, level);
}

function offerUrl(collector: FieldCollector, url: string, priority: Priority, level: number): void {
  const info = parseTroubleshootUrl(url);
  if (!info) return;
  collector.offer('recommend', url.trim(), priority, level);
  collector.offer('code', info.code, Priority.Url, level);
  collector.offer('product', info.product, Priority.Url, level);
  collector.offer('requestId', info.requestId, Priority.Url, level);
}

function offerMessage(collector: FieldCollector, raw: string, priority: Priority, level: number): void {
  const tea = TEA_MESSAGE_HEAD.exec(raw.trimStart());
  if (tea) offerTeaMessage(collector, tea[1] ?? '', raw.trimStart().slice(tea[0].length), level);
  else collector.offer('message', messageValue(raw), priority, level);
}

/**
 * `"Key": "value"`, `'Key': 'value'` (Python repr), `"Key": 400`. The value may hold escapes; it is decoded once.
 */
const QUOTED_FIELD = new RegExp(
  `(["'])(Code|ErrorCode|code|Message|ErrorMessage|RequestId|requestId|RequestID|HostId|hostId|Recommend|recommend|statusCode|StatusCode|httpStatusCode|Action|action|Operation|operation|AuthAction)\\1\\s{0,16}:\\s{0,16}` +
    `(?:"((?:[^"\\\\]|\\\\[\\s\\S]){0,${MAX_VALUE}})"|'((?:[^'\\\\]|\\\\[\\s\\S]){0,${MAX_VALUE}})'|(\\d{3})(?![\\d.]))`,
  'g',
);

function readQuotedFields(text: string, level: number, collector: FieldCollector): void {
  let seen = 0;
  for (const match of text.matchAll(QUOTED_FIELD)) {
    if (++seen > MAX_MATCHES) break;
    const key = match[2] ?? '';
    const quoted = match[3] ?? match[4];
    const value = quoted === undefined ? (match[5] ?? '') : unescapeOnce(quoted);
    switch (key) {
      case 'Code':
      case 'ErrorCode':
        collector.offer('code', codeValue(value), Priority.Json, level);
        break;
      case 'code':
        collector.offer('code', codeValue(value), Priority.JsonLowerCode, level);
        break;
      case 'Message':
      case 'ErrorMessage':
        offerMessage(collector, value, Priority.Json, level);
        break;
      case 'RequestId':
      case 'requestId':
      case 'RequestID':
        collector.offer('requestId', requestIdValue(value), Priority.Json, level);
        break;
      case 'HostId':
      case 'hostId':
        collector.offer('host', hostValue(value), Priority.Json, level);
        break;
      case 'Recommend':
      case 'recommend':
        offerUrl(collector, value, Priority.Json, level);
        break;
      case 'Action':
      case 'action':
      case 'Operation':
      case 'operation':
        collector.offer('operation', operationValue(value), Priority.Json, level);
        break;
      case 'AuthAction':
        // A RAM action, `<service>:<Operation>` (AccessDeniedDetail): the operation refused; below any named one.
        collector.offer('operation', operationValue(value.slice(value.lastIndexOf(':') + 1)), Priority.Url, level);
        break;
      default:
        collector.offer('status', statusValue(value), Priority.Json, level);
    }
  }
}

/** `ErrorCode: X` / `Code: X` / `StatusCode: 400` / `Message: …` / `RequestId: …` lines (Go SDKs, CLI). */
const LABELLED_LINE =
  /^[ \t]{0,64}(ErrorCode|Code|StatusCode|RequestId|RequestID|Message|Recommend|HostId)[ \t]{0,16}:[ \t]{0,16}([^\n]{0,4000})/gm;

function readLabelledLines(text: string, level: number, collector: FieldCollector): void {
  let seen = 0;
  for (const match of text.matchAll(LABELLED_LINE)) {
    if (++seen > MAX_MATCHES) break;
    const value = match[2] ?? '';
    switch (match[1]) {
      case 'ErrorCode':
      case 'Code':
        collector.offer('code', codeValue(value), Priority.Line, level);
        break;
      case 'StatusCode':
        collector.offer('status', statusValue(value), Priority.Line, level);
        break;
      case 'Message': {
        // A Tea message may continue on wrapped lines: read on from the label.
        const start = match.index + match[0].length - value.length;
        const rest = text.slice(start, start + MAX_VALUE);
        if (TEA_MESSAGE_HEAD.test(rest)) offerMessage(collector, rest, Priority.Line, level);
        else offerMessage(collector, value, Priority.Line, level);
        break;
      }
      case 'Recommend':
        offerUrl(collector, value, Priority.Line, level);
        break;
      case 'HostId':
        collector.offer('host', hostValue(value), Priority.Line, level);
        break;
      default:
        collector.offer('requestId', requestIdValue(value), Priority.Line, level);
    }
  }
}

/** Tea: `… code: <status>, <message> request id: <id>`, with the code before it in some languages. */
const TEA_CODE = /\bcode: ?(\d{3}), ?/g;
/** Right before `code:` on the same line: `Error: <Code> ` (Python), `Error: <Code>: ` (TypeScript), `ClientError: <Code>: `. */
const CODE_BEFORE_TEA =
  /[A-Za-z_.]{0,64}(?:Error|Exception):[ \t]{0,4}([A-Za-z][A-Za-z0-9_]{0,127}(?:\.[A-Za-z0-9_]{1,64}){0,8}):?[ \t]{0,4}$/;
/** Python classic: `HTTP Status: <status> Error:<Code> <message> RequestID: <id>`. */
const PYTHON_CLASSIC =
  /HTTP Status:[ \t]{0,4}(\d{3})[ \t]{1,4}Error:[ \t]{0,4}([A-Za-z][A-Za-z0-9._]{0,127})[ \t]{1,4}/g;
const PYTHON_REQUEST_ID = new RegExp(`[ \\t]{1,8}RequestID:[ \\t]{0,8}(${REQUEST_ID_TOKEN})`);

function readComposite(text: string, level: number, collector: FieldCollector): void {
  let seen = 0;
  for (const match of text.matchAll(TEA_CODE)) {
    if (++seen > MAX_COMPOSITES) break;
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const before = text.slice(Math.max(lineStart, match.index - 200), match.index);
    const code = CODE_BEFORE_TEA.exec(before);
    if (code) collector.offer('code', codeValue(code[1] ?? ''), Priority.Composite, level);
    offerTeaMessage(
      collector,
      match[1] ?? '',
      text.slice(match.index + match[0].length, match.index + match[0].length + MAX_VALUE),
      level,
    );
  }
  seen = 0;
  for (const match of text.matchAll(PYTHON_CLASSIC)) {
    if (++seen > MAX_COMPOSITES) break;
    collector.offer('status', statusValue(match[1] ?? ''), Priority.Composite, level);
    collector.offer('code', codeValue(match[2] ?? ''), Priority.Composite, level);
    const tail = text.slice(match.index + match[0].length, match.index + match[0].length + MAX_VALUE);
    const lineEnd = tail.indexOf('\n');
    const line = lineEnd < 0 ? tail : tail.slice(0, lineEnd);
    const id = PYTHON_REQUEST_ID.exec(line);
    collector.offer('message', messageValue(id ? line.slice(0, id.index) : line), Priority.Composite, level);
    if (id) collector.offer('requestId', requestIdValue(id[1] ?? ''), Priority.Composite, level);
  }
}

const URL_IN_TEXT = /https?:\/\/[A-Za-z0-9.-]{1,253}(?::\d{1,5})?\/[^\s"'<>\\`{}|^[\]]{0,2000}/g;
/** Terraform: `Resource <id or name> <Operation> Failed!!!`. */
const TERRAFORM_RESOURCE = /\bResource\s{1,8}(\S{1,256})\s{1,8}([A-Za-z]{2,80})\s{1,8}Failed!!!/g;
/** A request URL or signed query: `Action=DescribeDBInstances`. */
const ACTION_PARAM = /[?&]Action=([A-Za-z]{2,80})(?![A-Za-z])/g;
/** Python classic's log line: `ServerException occurred. Host:<host> SDK-Version:…`. */
const HOST_LABEL = /\bHost:[ \t]{0,4}([A-Za-z0-9.-]{1,253})/g;
/** A structured log's `action=DescribeDBInstances` / `operation="CreateDBInstance"` (logfmt), not in a URL. */
const LOG_OPERATION =
  /(?:^|[\s,;{(])(?:action|Action|operation|Operation)=["']?([A-Za-z][A-Za-z0-9]{1,79})(?![A-Za-z0-9_])/gm;
/**
 * The Tea SDKs' method for an operation, as a stack trace names it: Java `Client.describeDBInstancesWithOptions(`,
 * TypeScript `at async Client.createDBInstanceWithOptions (`, Python `in describe_dbinstances_with_options`.
 */
const SDK_METHOD = /(?<![A-Za-z0-9_])([a-z][A-Za-z0-9]{1,79}?)WithOptions(?:Async)?(?![A-Za-z0-9_])/g;
const PYTHON_SDK_METHOD = /(?<![A-Za-z0-9_])([a-z][a-z0-9_]{1,79}?)_with_options(?:_async)?(?![A-Za-z0-9_])/g;
/** The host of a request URL to an Alibaba Cloud API (`https://ecs.aliyuncs.com/?Action=…`). */
const API_URL_HOST = /^https?:\/\/([A-Za-z0-9.-]{1,253}\.aliyuncs\.com)(?![A-Za-z0-9.-])/i;

/** A link in prose often ends with the sentence's punctuation: `(see https://…).` */
const URL_END_PUNCTUATION = '.,;:!?)]}\'"';

function firstMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (const match of text.matchAll(pattern)) {
    found.push(match);
    if (found.length >= MAX_MATCHES) break;
  }
  return found;
}

function readContext(text: string, level: number, collector: FieldCollector): void {
  for (const [url] of firstMatches(text, URL_IN_TEXT)) {
    offerUrl(collector, trimEnd(url, URL_END_PUNCTUATION), Priority.Url, level);
    const apiHost = API_URL_HOST.exec(url)?.[1];
    if (apiHost !== undefined) collector.offer('host', hostValue(apiHost), Priority.Url, level);
  }
  for (const match of firstMatches(text, TERRAFORM_RESOURCE)) {
    const operation = match[2] ?? '';
    if (OPERATION.test(operation)) collector.offer('operation', operation, Priority.Composite, level);
  }
  for (const match of firstMatches(text, ACTION_PARAM)) {
    const operation = match[1] ?? '';
    if (OPERATION.test(operation)) collector.offer('operation', operation, Priority.Url, level);
  }
  for (const match of firstMatches(text, LOG_OPERATION))
    collector.offer('operation', operationValue(match[1] ?? ''), Priority.Line, level);
  for (const match of firstMatches(text, SDK_METHOD)) {
    const method = match[1] ?? '';
    collector.offer('operation', operationValue(method.charAt(0).toUpperCase() + method.slice(1)), Priority.Url, level);
  }
  for (const match of firstMatches(text, PYTHON_SDK_METHOD))
    collector.offer('operation', operationValue(match[1] ?? ''), Priority.Url, level);
  for (const match of firstMatches(text, HOST_LABEL))
    collector.offer('host', hostValue(match[1] ?? ''), Priority.Composite, level);
}

/**
 * `Foo.Bar rest`, `FooBar: rest` or `FOO_BAR rest` at the very start (no nested quantifiers: one inner capital, or
 * one underscore, is enough).
 */
const LEADING_CODE =
  /^([A-Za-z][A-Za-z0-9_]{0,127}(?:\.[A-Za-z0-9_]{1,64}){1,8}|[A-Z][a-z0-9]{1,64}[A-Z][A-Za-z0-9_]{0,127}|[A-Za-z][A-Za-z0-9]{0,64}_[A-Za-z0-9_]{1,127}):? (\S[\s\S]*)$/;
/** A bare code may end a sentence: `InvalidParameter.` */
const SENTENCE_END = '.,;:!?';

/** Reads every field the paste holds; `blank` for white space only. */
export function readPaste(input: string): PasteReading {
  const head = scanWindow(typeof input === 'string' ? input : '');
  const levels = unescapeLevels(head);
  const plainest = levels[levels.length - 1] ?? '';
  const freeText = collapse(plainest.slice(0, FREE_TEXT_LIMIT * 4)).slice(0, FREE_TEXT_LIMIT);
  if (freeText.length === 0) return { fields: {}, freeText, blank: true };

  const collector = new FieldCollector();
  levels.forEach((text, level) => readQuotedFields(text, level, collector));
  const last = levels.length - 1;
  readLabelledLines(plainest, last, collector);
  readComposite(plainest, last, collector);
  readContext(plainest, last, collector);

  let codeSource: CodeSource | undefined = collector.has('code') ? 'field' : undefined;
  if (!collector.has('code') && !collector.has('message')) {
    const flat = unwrapQuotes(collapse(plainest.slice(0, FREE_TEXT_LIMIT * 4)));
    const single = trimEnd(flat, SENTENCE_END);
    if (
      !/\s/.test(single) &&
      single.length <= MAX_CODE_LENGTH &&
      /^[A-Za-z][A-Za-z0-9._]*$/.test(single) &&
      !single.includes('..')
    ) {
      collector.offer('code', single, Priority.Bare, last);
      codeSource = 'bare';
    } else if (flat.length <= FREE_TEXT_LIMIT) {
      const leading = LEADING_CODE.exec(flat);
      if (leading && looksLikeCode(leading[1] ?? '')) {
        collector.offer('code', leading[1], Priority.Bare, last);
        collector.offer('message', messageValue(leading[2] ?? ''), Priority.Bare, last);
        codeSource = 'leading';
      } else if (!flat.startsWith('{') && !flat.startsWith('[')) {
        // A JSON document without error fields is not a message; resolve still searches its words.
        collector.offer('message', messageValue(flat), Priority.Bare, last);
      }
    }
  }
  const cloud = otherCloudIn(plainest);
  const accessDenied = readAccessDenied(plainest);
  return {
    fields: { ...collector.fields(), ...(accessDenied ? { accessDenied } : {}) },
    ...(codeSource ? { codeSource } : {}),
    freeText,
    blank: false,
    ...(cloud ? { cloud } : {}),
  };
}

/** Fields read elsewhere (e.g. from query parameters). Blank when no code, message or request ID is given. */
export function readLookupFields(fields: LookupFields): PasteReading {
  const code = fields.code?.trim();
  const message = fields.message?.trim();
  const clean: LookupFields = { ...fields };
  if (code) clean.code = code;
  else delete clean.code;
  if (message) clean.message = message;
  else delete clean.message;
  return {
    fields: clean,
    ...(code ? { codeSource: 'field' as const } : {}),
    freeText: (message ?? code ?? '').slice(0, FREE_TEXT_LIMIT),
    blank: !code && !message && !fields.requestId,
  };
}

/**
 * The lookup page's troubleshoot parameters (`?q=<Code or text>&product=Dds&requestId=<id>`, or `Keyword=`): a
 * code-shaped `q` is a code; other text is read like a paste. `product` and `requestId` join the fields (what the
 * text itself says wins).
 */
export function readTroubleshootParams(params: ParamSource): PasteReading {
  const info = troubleshootInfoFromParams(params);
  const extra: LookupFields = {
    ...(info.product === undefined ? {} : { product: info.product }),
    ...(info.requestId === undefined ? {} : { requestId: info.requestId }),
  };
  if (info.code === undefined && info.query !== undefined) {
    const reading = readPaste(info.query);
    return reading.blank ? reading : { ...reading, fields: { ...extra, ...reading.fields } };
  }
  return readLookupFields({ ...(info.code === undefined ? {} : { code: info.code }), ...extra });
}
