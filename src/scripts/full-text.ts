/** Full-text search through the site's Pagefind index, with the same ranking options as the search dialog. */
import { collapse } from '../lookup/clean.ts';
import { PAGEFIND_RANKING } from '../search/pagefind-options.ts';

export interface FullTextHit {
  url: string;
  title: string;
  excerpt: string;
}

interface PagefindModule {
  options(options: object): Promise<void>;
  search(
    term: string,
  ): Promise<{ results: { data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }> }[] } | null>;
}

let pagefind: Promise<PagefindModule> | undefined;

function loadPagefind(): Promise<PagefindModule> {
  const bundle = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ bundle).then(async (module: PagefindModule) => {
    await module.options({ ranking: PAGEFIND_RANKING });
    return module;
  });
  return pagefind;
}

/** Strips Pagefind's <mark> highlighting: excerpts are shown as text. */
function plain(excerpt: string): string {
  return excerpt
    .replace(/<\/?mark>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Searches `text` (first 300 characters) and returns up to `limit` hits. Never throws. */
export async function fullTextSearch(text: string, limit = 5): Promise<FullTextHit[]> {
  const term = collapse(text).slice(0, 300);
  if (!term) return [];
  try {
    const response = await (await loadPagefind()).search(term);
    const data = await Promise.all((response?.results ?? []).slice(0, limit).map((result) => result.data()));
    return data.map((hit) => ({ url: hit.url, title: hit.meta.title ?? hit.url, excerpt: plain(hit.excerpt) }));
  } catch {
    return [];
  }
}
