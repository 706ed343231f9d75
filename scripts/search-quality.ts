/**
 * Search-quality suite: runs queries against the built Pagefind index (dist/pagefind) with the site's own ranking
 * options and prints top-1 and mean reciprocal rank per query set.
 *
 * Gates: every exact code (as written, lower case, corrected spelling, aliases) must rank its page first;
 * the curated queries in test/search/queries.json must reach at least 95% top-1; every operation, parameter and
 * search keyword a code page lists is indexed as its own words, and no indexed word runs two words of a page
 * together.
 *
 *   node scripts/search-quality.ts [--dist dist] [--verbose]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCatalogEntries } from '../src/catalog/files.ts';
import { errorUrl } from '../src/catalog/urls.ts';
import { PAGEFIND_RANKING } from '../src/search/pagefind-options.ts';
import { loadPagefind } from './lib/pagefind-node.mjs';

interface Query {
  query: string;
  /** The code whose page must rank first. */
  expect: string;
  kind: string;
}

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, verbose: { type: 'boolean', default: false } },
});
const root = path.resolve(import.meta.dirname, '..');
const entries = readCatalogEntries(root);
const pagefind = await loadPagefind(path.resolve(root, values.dist), { ranking: PAGEFIND_RANKING });

function exactCodeQueries(): Query[] {
  return entries.flatMap((entry) => [
    { query: entry.code, expect: entry.code, kind: 'exact code' },
    { query: entry.code.toLowerCase(), expect: entry.code, kind: 'exact code, lower case' },
    ...entry.aliases.map((alias) => ({ query: alias, expect: entry.code, kind: 'alias or corrected spelling' })),
  ]);
}

async function curatedQueries(): Promise<Query[]> {
  const queries = JSON.parse(await readFile(path.join(root, 'test/search/queries.json'), 'utf8')) as Query[];
  const known = new Set(entries.map((entry) => entry.code));
  const unknown = queries.filter((query) => !known.has(query.expect));
  if (queries.length < 100)
    throw new Error(`test/search/queries.json holds ${queries.length} queries; the suite needs at least 100`);
  if (unknown.length > 0)
    throw new Error(`test/search/queries.json expects unknown codes: ${unknown.map((q) => q.expect).join(', ')}`);
  return queries;
}

interface Outcome {
  query: Query;
  rank: number | undefined;
  top: string[];
}

async function run(queries: Query[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const query of queries) {
    const results = await pagefind.search(query.query, { limit: 10 });
    const urls = results.map((result) => result.url);
    const index = urls.findIndex((url) => url === errorUrl(query.expect));
    outcomes.push({ query, rank: index === -1 ? undefined : index + 1, top: urls.slice(0, 3) });
  }
  return outcomes;
}

function report(name: string, outcomes: Outcome[]): { top1: number; mrr: number } {
  const top1 = outcomes.filter((outcome) => outcome.rank === 1).length / outcomes.length;
  const mrr = outcomes.reduce((sum, outcome) => sum + (outcome.rank ? 1 / outcome.rank : 0), 0) / outcomes.length;
  console.log(`${name}: ${outcomes.length} queries, top-1 ${(top1 * 100).toFixed(1)}%, MRR ${mrr.toFixed(3)}`);
  for (const outcome of outcomes) {
    if (outcome.rank === 1 && !values.verbose) continue;
    const where = outcome.rank === undefined ? 'not in top 10' : `rank ${outcome.rank}`;
    console.log(
      `  ${outcome.rank === 1 ? 'ok  ' : 'MISS'} [${outcome.query.kind}] "${outcome.query.query}" → ${outcome.query.expect}: ${where}; top: ${outcome.top.join(', ')}`,
    );
  }
  return { top1, mrr };
}

/** Every indexed page's text, by URL. */
const indexedText = new Map((await pagefind.pages()).map((page) => [page.url, page.content]));

/**
 * The names a code page lists (operations, parameters, search keywords) that its indexed text does not hold as
 * words of their own: Pagefind joins the text of adjacent elements it does not treat as blocks, which makes
 * "DescribeBackupPolicy" and "DBInstanceId" one unsearchable word.
 */
function namesNotIndexedAsWords(): string[] {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const missing: string[] = [];
  for (const entry of entries) {
    const content = indexedText.get(errorUrl(entry.code));
    if (content === undefined) {
      missing.push(`${entry.code}: its page is not in the index`);
      continue;
    }
    const { operations, parameters, keywords } = entry.guidance;
    for (const name of [...operations, ...parameters, ...keywords]) {
      if (!new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'u').test(content))
        missing.push(`${entry.code}: "${name}"`);
    }
  }
  return missing;
}

/**
 * Words that run together in Starlight's own markup, not this site's: the home page's hero links ("Browse all codes",
 * "Handling errors") have no space between them. Each must still occur, so a fixed one is removed from here.
 */
const UPSTREAM_GLUED_WORDS: Record<string, string[]> = { '/': ['codesHandling'] };

/** The words of a built page as a reader sees them: every tag a word boundary. */
async function wordsOfPage(url: string): Promise<Set<string>> {
  const html = await readFile(
    path.join(path.resolve(root, values.dist), url, url.endsWith('/') ? 'index.html' : ''),
    'utf8',
  );
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, digits: string) =>
      String.fromCodePoint(parseInt(digits, hex ? 16 : 10)),
    )
    .replace(/&[a-z]+;/gi, ' ');
  return new Set(text.split(/[^\p{L}\p{N}]+/u));
}

/**
 * Indexed words that no page shows: text of two elements run together by Pagefind (it ends a sentence after a <p>,
 * <li> or <td>, but not after a <dd> or <th>), which makes both words unsearchable on that page.
 */
async function gluedWords(): Promise<string[]> {
  const problems: string[] = [];
  for (const [url, content] of indexedText) {
    const shown = await wordsOfPage(url);
    const glued = [...new Set(content.split(/[^\p{L}\p{N}]+/u))].filter((word) => word && !shown.has(word));
    const allowed = UPSTREAM_GLUED_WORDS[url] ?? [];
    for (const word of glued.filter((word) => !allowed.includes(word))) problems.push(`${url}: "${word}"`);
    for (const word of allowed.filter((word) => !glued.includes(word)))
      problems.push(`${url}: "${word}" no longer occurs; remove it from UPSTREAM_GLUED_WORDS`);
  }
  return problems;
}

const exact = report('Exact codes and aliases', await run(exactCodeQueries()));
const curated = report('Curated queries', await run(await curatedQueries()));
const unlisted = namesNotIndexedAsWords();
console.log(
  `Listed operations, parameters and keywords indexed as words: ${unlisted.length === 0 ? 'all' : `${unlisted.length} not`}`,
);
for (const name of unlisted) console.log(`  MISS ${name}`);
const glued = await gluedWords();
console.log(`Indexed words that run two words of a page together: ${glued.length === 0 ? 'none' : glued.length}`);
for (const word of glued) console.log(`  MISS ${word}`);
const failures: string[] = [];
if (exact.top1 < 1) failures.push('every exact code and alias must rank its own page first');
if (curated.top1 < 0.95) failures.push(`curated top-1 ${(curated.top1 * 100).toFixed(1)}% is below 95%`);
if (unlisted.length > 0) failures.push(`${unlisted.length} listed names are not indexed as words of their own`);
if (glued.length > 0) failures.push(`${glued.length} indexed words run two words of a page together`);
if (failures.length > 0) {
  console.error(`Search quality FAILED: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('Search quality passed.');
