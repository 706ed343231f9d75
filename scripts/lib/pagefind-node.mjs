/**
 * Loads the built site's Pagefind bundle in Node, so search can be tested against the real index without a
 * browser. Pagefind fetches its index files; here `fetch` answers `file:` URLs from `dist/`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const FILE_FETCH = Symbol.for('pagefind-node.file-fetch');
/** @type {((url: string, bytes: number) => void) | undefined} */
let fileFetchListener;

/** Makes `fetch` answer `file:` URLs (again, if something replaced it since); other URLs go to the previous fetch. */
function patchFetchForFiles() {
  if (globalThis.fetch[FILE_FETCH]) return;
  const networkFetch = globalThis.fetch;
  const fileFetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return networkFetch(input, init);
    try {
      const body = await readFile(new URL(url));
      fileFetchListener?.(url, body.byteLength);
      const type = url.endsWith('.wasm') || url.includes('wasm.') ? 'application/wasm' : 'application/octet-stream';
      return new Response(body, { status: 200, headers: { 'content-type': type } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
  fileFetch[FILE_FETCH] = true;
  globalThis.fetch = fileFetch;
}

/**
 * Calls `listener` with the URL and size of every index file Pagefind fetches until the returned function is
 * called (the benchmark counts what one search transfers). Pagefind's index files are stored compressed, so their
 * size on disk is what a browser downloads.
 * @param {(url: string, bytes: number) => void} listener
 * @returns {() => void}
 */
export function observeFileFetches(listener) {
  fileFetchListener = listener;
  return () => {
    if (fileFetchListener === listener) fileFetchListener = undefined;
  };
}

/**
 * @param {string} distDir the built site
 * @param {object} [extraOptions] Pagefind options, e.g. `{ ranking }`
 * @returns {Promise<{ search: (query: string, options?: object) => Promise<{ url: string, meta: Record<string,string>, score: number }[]>, pages: () => Promise<{ url: string, content: string }[]>, filters: () => Promise<Record<string, Record<string, number>>> }>}
 */
export async function loadPagefind(distDir, extraOptions = {}) {
  patchFetchForFiles();
  const bundleDir = path.resolve(distDir, 'pagefind');
  const pagefind = await import(pathToFileURL(path.join(bundleDir, 'pagefind.js')).href);
  await pagefind.options({ basePath: pathToFileURL(bundleDir).href + '/', baseUrl: '/', ...extraOptions });
  await pagefind.init();
  return {
    async search(query, options = {}) {
      const response = await pagefind.search(query, options);
      const results = response?.results ?? [];
      return Promise.all(
        results.slice(0, options.limit ?? 10).map(async (result) => {
          const data = await result.data();
          return { url: data.url, meta: data.meta, score: result.score };
        }),
      );
    },
    /** Every indexed page with the text Pagefind holds for it. */
    async pages() {
      const response = await pagefind.search(null);
      return Promise.all(
        (response?.results ?? []).map(async (result) => {
          const data = await result.data();
          return { url: data.url, content: data.content };
        }),
      );
    },
    filters: () => pagefind.filters(),
  };
}
