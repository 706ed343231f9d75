/**
 * Browser glue around the pure resolver (src/lookup): loads the lookup index, runs the resolver (lookUp: the one place
 * its errors are caught), turns a result into a same-origin destination, and navigates only to `/errors/…` paths.
 * Text from the paste is only ever shown with textContent.
 */
import { errorUrl, messageAnchor, parseErrorPath, type ErrorPath } from '../catalog/urls.ts';
import type { LookupCatalog, LookupFields, LookupMatch, LookupResult } from '../lookup/index.ts';
import { CONTEXT_PARAMS } from './context-params.ts';

export const LOOKUP_INDEX_URL = '/lookup-index.json';

let catalog: Promise<LookupCatalog> | undefined;

/** The lookup index (the product and its codes), fetched once (again after a failed fetch). */
export function loadLookupCatalog(): Promise<LookupCatalog> {
  catalog ??= fetch(LOOKUP_INDEX_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`${LOOKUP_INDEX_URL}: HTTP ${response.status}`);
      return response.json() as Promise<LookupCatalog>;
    })
    .catch((error: unknown) => {
      catalog = undefined;
      throw error;
    });
  return catalog;
}

/** The resolver failed: it threw, or the lookup index could not be loaded or read. */
export interface LookupFailure {
  kind: 'failed';
}

/**
 * Runs the resolver on the lookup index (or on `given`, a page's own catalog) and returns its answer. The browser's boundary around the
 * pure resolver, which does not catch its own errors: whatever goes wrong — a bug the resolver throws, an index that
 * does not load or has the wrong shape — is logged and answered with `failed`, for the page to say so (see
 * lookupFailure in lookup-view.ts) instead of doing nothing.
 */
export async function lookUp(
  resolve: (catalog: LookupCatalog) => LookupResult,
  given?: LookupCatalog,
): Promise<LookupResult | LookupFailure> {
  try {
    return resolve(given ?? (await loadLookupCatalog()));
  } catch (error) {
    console.error('The lookup failed:', error);
    return { kind: 'failed' };
  }
}

/** The code page `pathAndHash` is, when it is exactly what errorUrl() builds: `/errors/<Code>/`, `#message-<n>` or not. */
function codePage(pathAndHash: string): ErrorPath | undefined {
  const page = parseErrorPath(pathAndHash);
  return page && errorUrl(page.code, page.messageIndex) === pathAndHash ? page : undefined;
}

/**
 * `/errors/<Code>/?requestId=…&operation=…#message-<n>` for a match, or undefined when the URL is not a code page.
 * `operation` is the match's (the operation as the API spells it, one that returns the code, whose row the page
 * selects), else the one read from the paste.
 */
export function destinationFor(
  match: Pick<LookupMatch, 'url'> & { operation?: string },
  fields: LookupFields = {},
  extra: Record<string, string> = {},
): string | undefined {
  const page = codePage(match.url);
  if (!page) return undefined;
  const params = new URLSearchParams();
  const context: LookupFields = match.operation === undefined ? fields : { ...fields, operation: match.operation };
  for (const name of CONTEXT_PARAMS) {
    const value = context[name];
    if (value !== undefined && String(value).length <= 200) params.set(name, String(value));
  }
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  const query = params.toString();
  const hash = page.messageIndex === undefined ? '' : `#${messageAnchor(page.messageIndex)}`;
  return `${errorUrl(page.code)}${query ? `?${query}` : ''}${hash}`;
}

/** Navigates to a destination built by destinationFor(); anything that is not a same-origin code page is refused. */
export function goTo(destination: string, options: { replace?: boolean } = {}): boolean {
  const url = new URL(destination, location.origin);
  if (url.origin !== location.origin || !codePage(url.pathname + url.hash)) return false;
  if (options.replace) location.replace(url.href);
  else location.assign(url.href);
  return true;
}

/** Creates an element with text content (never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}
