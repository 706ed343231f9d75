/**
 * Alibaba Cloud's troubleshooting links (the `Recommend` field of an error body) and their query parameters:
 *   https://api.aliyun.com/troubleshoot?q=<Code>&product=Dds&requestId=<id>
 *   https://api.alibabacloud.com/troubleshoot?intl_lang=EN_US&q=<Code>&product=<Product>&requestId=<id>
 *   https://next.api.aliyun.com/troubleshoot?q=<Code>&product=<Product>
 *   https://error-center.aliyun.com/status/search?Keyword=<Code>&source=PopGw
 */
import { isCodeShaped, isRequestId } from './text.ts';

/** What a troubleshoot link or its query says. */
export interface TroubleshootInfo {
  /** `q` or `Keyword`, when it looks like a code. */
  code?: string;
  /** `q` or `Keyword` when it does not look like a code (free text). */
  query?: string;
  product?: string;
  requestId?: string;
}

/** Something with `get(name)` (URLSearchParams), or a plain record of query values. */
export type ParamSource =
  { get(name: string): string | null } | Readonly<Record<string, string | readonly string[] | null | undefined>>;

const MAX_PARAM_LENGTH = 2000;
const PRODUCT = /^[A-Za-z][A-Za-z0-9-]{0,63}$/;
const TROUBLESHOOT_HOST = /(?:^|\.)(?:aliyun|alibabacloud)\.com$/i;

/** `+` and percent escapes decoded; a malformed escape (`%E0%A4%A`) leaves the value as it is. */
function decodeParam(value: string): string {
  const plus = value.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(plus);
  } catch (error) {
    if (error instanceof URIError) return plus;
    throw error;
  }
}

function paramValue(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim().slice(0, MAX_PARAM_LENGTH);
  return trimmed.length > 0 ? trimmed : undefined;
}

/** `q`/`Keyword` → code or free-text query; `product`; `requestId`. Names are compared without case. */
function infoFromLookup(get: (lowerName: string) => string | undefined): TroubleshootInfo {
  const info: TroubleshootInfo = {};
  const q = paramValue(get('q') ?? get('keyword'));
  if (q !== undefined) {
    if (isCodeShaped(q)) info.code = q;
    else info.query = q;
  }
  const product = paramValue(get('product'));
  if (product !== undefined && PRODUCT.test(product)) info.product = product;
  const requestId = paramValue(get('requestid'));
  if (requestId !== undefined && isRequestId(requestId)) info.requestId = requestId;
  return info;
}

/** Whether `url` is one of the troubleshoot link forms (host on aliyun.com/alibabacloud.com). */
function troubleshootParts(url: string): { query: string } | undefined {
  const match = /^https?:\/\/([A-Za-z0-9.-]{1,253})(?::\d{1,5})?(\/[^?#]{0,500})?(?:\?([^#]{0,4000}))?/.exec(
    url.trim(),
  );
  if (!match) return undefined;
  const host = match[1] ?? '';
  const path = (match[2] ?? '').toLowerCase();
  if (!TROUBLESHOOT_HOST.test(host)) return undefined;
  if (!path.includes('troubleshoot') && !path.includes('/status/search')) return undefined;
  return { query: match[3] ?? '' };
}

/** Reads a troubleshoot link; undefined when `url` is not one. */
export function parseTroubleshootUrl(url: string): TroubleshootInfo | undefined {
  const parts = troubleshootParts(url);
  if (!parts) return undefined;
  const params = new Map<string, string>();
  for (const pair of parts.query.replace(/&amp;/gi, '&').split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = decodeParam(pair.slice(0, eq)).toLowerCase();
    if (!params.has(name)) params.set(name, decodeParam(pair.slice(eq + 1)));
  }
  return infoFromLookup((name) => params.get(name));
}

function lookupIn(source: ParamSource): (lowerName: string) => string | undefined {
  if (typeof (source as { get?: unknown }).get === 'function') {
    const getter = source as { get(name: string): string | null };
    const names: Record<string, string[]> = {
      q: ['q', 'Q'],
      keyword: ['Keyword', 'keyword', 'KEYWORD'],
      product: ['product', 'Product'],
      requestid: ['requestId', 'RequestId', 'requestid', 'RequestID', 'request_id'],
    };
    return (name) => {
      for (const spelling of names[name] ?? [name]) {
        const value = getter.get(spelling);
        if (typeof value === 'string') return value;
      }
      return undefined;
    };
  }
  const record = source as Readonly<Record<string, string | readonly string[] | null | undefined>>;
  const lowered = new Map<string, string>();
  for (const [key, raw] of Object.entries(record)) {
    const value = typeof raw === 'string' ? raw : Array.isArray(raw) && typeof raw[0] === 'string' ? raw[0] : undefined;
    const name = key.toLowerCase().replace(/_/g, '');
    if (value !== undefined && !lowered.has(name)) lowered.set(name, value);
  }
  return (name) => lowered.get(name);
}

/** The troubleshoot query parameters of the lookup page (`?q=…&product=…&requestId=…`). */
export function troubleshootInfoFromParams(source: ParamSource): TroubleshootInfo {
  return infoFromLookup(lookupIn(source));
}

/** Alibaba Cloud's troubleshoot page, as its `Recommend` links give it. */
const TROUBLESHOOT_PAGE = 'https://api.aliyun.com/troubleshoot';

/**
 * Alibaba Cloud's troubleshoot link for a code of a product: `https://api.aliyun.com/troubleshoot?q=<code>&product=
 * <product>&requestId=<id>`, the request ID only when it is one (isRequestId). Built from these parts alone, each
 * checked and encoded; undefined when the code or product has another shape.
 */
export function troubleshootLink(code: string, product: string, requestId?: string): string | undefined {
  if (!isCodeShaped(code) || !PRODUCT.test(product)) return undefined;
  const id = requestId !== undefined && isRequestId(requestId) ? `&requestId=${encodeURIComponent(requestId)}` : '';
  return `${TROUBLESHOOT_PAGE}?q=${encodeURIComponent(code)}&product=${encodeURIComponent(product)}${id}`;
}
