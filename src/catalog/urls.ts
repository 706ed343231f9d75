/**
 * The URL contract. These are the only functions that turn a code into a path, and parseErrorPath() the only one that
 * reads a code page's path; every page, link, export and test goes through them. Codes are `[A-Za-z0-9._]+`
 * (`CODE_PATTERN`, schema.ts), so they need no escaping in a path. A page is named by a code (`ErrorEntry.page`):
 * codes that differ only in letter case share the page of the first of them.
 */
export const ERRORS_BASE = '/errors/';

/** `/errors/<page>/`, or `/errors/<page>/#message-<n>` for one message; `page` is `ErrorEntry.page`. */
export function errorUrl(page: string, messageIndex?: number): string {
  const path = `${ERRORS_BASE}${page}/`;
  return messageIndex === undefined ? path : `${path}#${messageAnchor(messageIndex)}`;
}

/** What errorUrl() is given to build a code page's URL. */
export interface ErrorPath {
  code: string;
  /** From a `#message-<n>` anchor (n ≥ 1, as messageAnchor() writes it). */
  messageIndex?: number;
}

/** `/errors/<Code>`, an optional slash, then nothing, a query, an anchor or both. Linear: no class overlaps the next. */
const CODE_PAGE_PATH = new RegExp(`^${ERRORS_BASE}([A-Za-z0-9._]+)/?(?:\\?[^#]*)?(?:#([\\s\\S]*))?$`);
const MESSAGE_ANCHOR = /^message-([1-9][0-9]{0,8})$/;

/**
 * The inverse of errorUrl(): the code (and message) whose page a site path points to — `/errors/<Code>/`, with or
 * without the final slash, a query or an anchor — or undefined for any other path, `/errors/`, list and category pages
 * included. Whether `href` is exactly what errorUrl() builds is `errorUrl(code, messageIndex) === href`.
 */
export function parseErrorPath(href: string): ErrorPath | undefined {
  const match = CODE_PAGE_PATH.exec(href);
  if (!match?.[1]) return undefined;
  const anchor = match[2] === undefined ? undefined : MESSAGE_ANCHOR.exec(match[2]);
  return anchor?.[1] === undefined ? { code: match[1] } : { code: match[1], messageIndex: Number(anchor[1]) };
}

/** The code whose page a site path points to (see parseErrorPath). */
export function codeOfErrorUrl(href: string): string | undefined {
  return parseErrorPath(href)?.code;
}

/** Stable anchor of the n-th message (1-based, in source order). */
export function messageAnchor(messageIndex: number): string {
  return `message-${messageIndex}`;
}

/** `/errors/` for the first page of the code list, `/errors/page/<n>/` after it (two segments: never a code). */
export function errorListUrl(page = 1): string {
  return page <= 1 ? ERRORS_BASE : `${ERRORS_BASE}page/${page}/`;
}

/** `/errors/category/<id>/`: the codes of one guidance category; `/errors/category/<id>/page/<n>/` after page 1. */
export function categoryUrl(category: string, page = 1): string {
  const first = `${ERRORS_BASE}category/${category}/`;
  return page <= 1 ? first : `${first}page/${page}/`;
}

export const OPERATIONS_BASE = '/operations/';

/** `/operations/<Operation>/`: the operation's page on this site, with the codes it returns. */
export function operationUrl(operation: string): string {
  return `${OPERATIONS_BASE}${operation}/`;
}

/** `/operations/`: every operation, by the metadata's groups. */
export function operationListUrl(): string {
  return OPERATIONS_BASE;
}

/**
 * The operation's page in Alibaba Cloud's API reference (OpenAPI portal), e.g.
 * `https://api.alibabacloud.com/document/Dds/2015-12-01/CreateDBInstance` (the form the portal serves for every
 * product, version and operation; checked against its CreateDBInstance page).
 */
export function apiReferenceUrl(product: string, apiVersion: string, operation: string): string {
  return `https://api.alibabacloud.com/document/${product}/${apiVersion}/${operation}`;
}

const OPERATION_PAGE_PATH = new RegExp(`^${OPERATIONS_BASE}([A-Za-z][A-Za-z0-9]*)/?(?:[?#][\\s\\S]*)?$`);

/** The inverse of operationUrl(): the operation whose page a site path is, or undefined. */
export function operationOfUrl(href: string): string | undefined {
  return OPERATION_PAGE_PATH.exec(href)?.[1];
}

/**
 * `/errors/<page>/?operation=<Operation>#message-<n>`: the code's page with the row of that operation (and its
 * message) selected.
 */
export function errorUrlForOperation(page: string, operation: string, messageIndex?: number): string {
  const url = errorUrl(page, messageIndex);
  const [path, hash] = url.split('#');
  return `${path}?operation=${operation}${hash === undefined ? '' : `#${hash}`}`;
}

/**
 * Where a guidance file's `sources:` item can be read: an https URL as it is; `owner/repo/path@<commit>[#L<n>]` as
 * that file at that commit on GitHub; a file in `content/source/` has no URL (undefined: shown as its path).
 */
export function guidanceSourceUrl(source: string): string | undefined {
  if (/^https:\/\//.test(source)) return source;
  const pinned = /^([\w.-]+)\/([\w.-]+)\/(\S+)@([0-9a-f]{40})(#L\d+(?:-L\d+)?)?$/.exec(source);
  if (!pinned) return undefined;
  const [, owner, repo, file, commit, lines = ''] = pinned;
  return `https://github.com/${owner}/${repo}/blob/${commit}/${file}${lines}`;
}

/** Where a page's Markdown twin is served: its URL with `index.md` (`/errors/X/` → `/errors/X/index.md`). */
export function twinUrl(pageUrl: string): string {
  return `${pageUrl.replace(/\/?$/, '/')}index.md`;
}

/** A site path (`/errors/X/`) as a full URL under `base`, the site's origin; any other URL as it is. */
export function absoluteUrl(base: string, href: string): string {
  return href.startsWith('/') ? `${base.replace(/\/+$/, '')}${href}` : href;
}

/** The language at the site's root; every other locale's pages live under `/<locale>/` (`/zh-cn/errors/X/`). */
export const ROOT_LOCALE = 'en';

/** Site paths that name a file (exports, twins, feeds): the same file for every language, never localised. */
const FILE_PATH = /\.(?:json|md|txt|xml|svg|js|css|html)$/;

/**
 * The page at `path` (a root-relative site path such as errorUrl() builds) in `locale`: as it is for English,
 * `/<locale><path>` for any other language. Files (`/errors.json`, `…/index.md`) and other URLs stay as they are.
 */
export function localeUrl(locale: string | undefined, path: string): string {
  if (locale === undefined || locale === ROOT_LOCALE) return path;
  if (!path.startsWith('/') || path.startsWith('//') || FILE_PATH.test(path.replace(/[?#].*$/, ''))) return path;
  return `/${locale}${path}`;
}
