/**
 * The URL contract. These are the only functions that turn a code into a path; every page, link, export and test
 * goes through them. Codes are `[A-Za-z0-9.]+`, so they need no escaping in a path.
 */
export const ERRORS_BASE = '/errors/';

/** `/errors/<Code>/`, or `/errors/<Code>/#message-<n>` for one message. */
export function errorUrl(code: string, messageIndex?: number): string {
  const page = `${ERRORS_BASE}${code}/`;
  return messageIndex === undefined ? page : `${page}#${messageAnchor(messageIndex)}`;
}

const CODE_PAGE_PATH = new RegExp(`^${ERRORS_BASE}([A-Za-z0-9.]+)/?(?:[?#]|$)`);

/**
 * The inverse of errorUrl: the code whose page a site path points to (`/errors/<Code>/`, with or without the slash,
 * a query or an anchor), or undefined for any other path — `/errors/`, list and category pages included.
 */
export function codeOfErrorUrl(href: string): string | undefined {
  return CODE_PAGE_PATH.exec(href)?.[1];
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
