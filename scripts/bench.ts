/**
 * Benchmark (`npm run bench`, not part of the tests): builds synthetic catalogs in the real source format and prints
 * build time and memory, output sizes, what a code page loads, what one search costs, and the size of /errors/,
 * each against its target. Figures only; it exits 0 unless a build fails.
 *
 *   node scripts/bench.ts [--sizes 1000,10000] [--seed 1] [--runs 1] [--out DIR] [--no-floor] [--no-lookup]
 *
 * Catalogs and builds go to DIR, by default the system temp directory, so a 340 MB build never lands in the project
 * tree. Shared machines are noisy (the same 10,000-code build took 79–105 s here within half an hour): --runs N
 * builds each size N times from cold and reports the median time with its range, and the highest memory.
 *
 * Each run is paired with a build of the floor (scripts/starlight-floor/): Starlight alone, as many near-empty pages
 * as the catalog has codes, with the site's build settings. Built in the same minutes as the site, it shows what this
 * machine's hour lets the stack do at that size before any content, and so how much of the build is this site's.
 *
 * Then it runs the lookup's benchmark (scripts/bench-lookup.ts: resolving pastes up to 1 MB against the lookup's time
 * budgets, on the real catalog); --no-lookup leaves it out.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { errorUrl } from '../src/catalog/urls.ts';
import { PAGEFIND_RANKING } from '../src/search/pagefind-options.ts';
import { loadPagefind, observeFileFetches } from './lib/pagefind-node.mjs';
import { pageWeight } from './lib/page-weight.ts';
import { writeSyntheticCatalog } from './synthetic-catalog.ts';
import { BUILD_HEAP_MB, buildNodeArgs } from './lib/build-heap.mjs';
import { LIST_PAGE_SIZE } from '../src/catalog/browse.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '1' },
    out: { type: 'string', default: path.join(os.tmpdir(), 'apsaradb-mongodb-errors-bench') },
    floor: { type: 'boolean', default: true },
    lookup: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const root = path.resolve(import.meta.dirname, '..');
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((size) => size > 0);
const runs = Math.max(1, Math.floor(Number(values.runs)) || 1);

const TARGETS = {
  buildSeconds: 60,
  buildMemoryMiB: 2048,
  codePageVsBare: 1.1,
  errorsListGzipKB: 100,
  searchKB: 300,
};

function walk(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

interface BuildFigures {
  wallMs: number;
  /** Peak RSS of the build process. */
  maxRssKb: number;
  /** Peak RSS of the build process and its children (Pagefind) together, sampled; null where /proc is missing. */
  peakTreeRssKb: number | null;
  /** CPU time of the build process (all its threads) and of its child processes (Pagefind); null without /proc. */
  cpuMs: { build: number; children: number } | null;
  /** Milliseconds from the start at which Astro's hooks ran (see build-once.mjs). */
  marks: Partial<Record<'configDone' | 'buildStart' | 'bundleDone' | 'pagesDone' | 'buildDone', number>>;
}

/** Where the build's time went, from the hook marks: "startup 0.9 s, content sync 3.5 s, …". */
function phases({ marks, wallMs }: BuildFigures): string {
  const steps: [string, number | undefined, number | undefined][] = [
    ['startup', 0, marks.configDone],
    ['content sync', marks.configDone, marks.buildStart],
    ['bundling', marks.buildStart, marks.bundleDone],
    ['rendering pages', marks.bundleDone, marks.pagesDone],
    ['Pagefind + _headers', marks.pagesDone, marks.buildDone ?? wallMs],
  ];
  return steps
    .map(
      ([name, from, to]) =>
        `${name} ${from === undefined || to === undefined ? '?' : ((to - from) / 1000).toFixed(1)} s`,
    )
    .join(', ');
}

/** One cold `astro build` of the project in `cwd`, measured by build-once.mjs in its own process. */
function build(cwd: string, outDir: string, env: Record<string, string>): BuildFigures {
  for (const dir of [outDir, `${outDir}-cache`]) rmSync(dir, { recursive: true, force: true });
  const result = spawnSync(
    process.execPath,
    [...buildNodeArgs(), path.join(root, 'scripts/lib/build-once.mjs'), outDir],
    {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: `${outDir}-cache`, ...env },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  if (result.status !== 0) throw new Error(`build of ${outDir} failed:\n${result.stdout}\n${result.stderr}`);
  const last = result.stdout.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(last) as BuildFigures;
}

/** The run of median wall time, and "median of 3 (79.9–89.8 s)" when there was more than one. */
function median(results: readonly BuildFigures[]): { figures: BuildFigures; spread: string } {
  const byTime = [...results].sort((a, b) => a.wallMs - b.wallMs);
  const figures = byTime[Math.floor((byTime.length - 1) / 2)] as BuildFigures;
  const seconds = (ms = 0) => (ms / 1000).toFixed(1);
  const spread =
    byTime.length > 1
      ? ` median of ${byTime.length} (${seconds(byTime[0]?.wallMs)}–${seconds(byTime.at(-1)?.wallMs)} s)`
      : '';
  return { figures, spread };
}

/**
 * What one search costs a browser: the Pagefind bundle (gzip), and every file it fetches — entry, WebAssembly,
 * metadata, the filter chunks the search dialog loads to show its filters, the query's index chunks, and the top
 * result's fragment (stored compressed, counted as is).
 */
async function searchCost(
  distDir: string,
  query: string,
): Promise<{ bytes: number; files: number; ms: number; topUrl: string }> {
  const fetched = new Map<string, number>();
  const stopObserving = observeFileFetches((url, bytes) => fetched.set(url, bytes));
  const started = performance.now();
  const pagefind = await loadPagefind(distDir, { ranking: PAGEFIND_RANKING });
  await pagefind.filters();
  const [top] = await pagefind.search(query, { limit: 1 });
  const ms = performance.now() - started;
  stopObserving();
  const bundle = readFileSync(path.join(distDir, 'pagefind/pagefind.js'));
  const bytes = [...fetched.values()].reduce((sum, size) => sum + size, 0) + gzipSync(bundle).length;
  return { bytes, files: fetched.size + 1, ms, topUrl: top?.url ?? '(none)' };
}

/** The biggest page of a code list (`/errors/`, its pages, category pages), gzip HTML: none should grow with the catalog. */
function largestListPage(distDir: string): { path: string; gzipBytes: number } {
  const errorsDir = path.join(distDir, 'errors');
  const listPages = readdirSync(errorsDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) =>
      /^(index\.html|page\/|category\/)/.test(path.relative(errorsDir, file).split(path.sep).join('/')),
    );
  return listPages
    .map((file) => ({
      path: `/${path.relative(distDir, path.dirname(file)).split(path.sep).join('/')}/`,
      gzipBytes: gzipSync(readFileSync(file), { level: 9 }).length,
    }))
    .reduce((largest, page) => (page.gzipBytes > largest.gzipBytes ? page : largest), { path: '(none)', gzipBytes: 0 });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (ok: boolean) => (ok ? 'ok' : 'MISSES TARGET');

for (const size of sizes) {
  console.log(`\n== ${size.toLocaleString('en')} codes ==`);
  const catalogDir = path.resolve(values.out, `catalog-${size}`);
  const generated = performance.now();
  const catalog = await writeSyntheticCatalog(catalogDir, { codes: size, seed: Number(values.seed) });
  console.log(`synthetic catalog written in ${((performance.now() - generated) / 1000).toFixed(1)} s`);
  const outDir = path.resolve(values.out, `dist-${size}`);
  const floorDir = path.resolve(values.out, `floor-${size}`);
  const results: BuildFigures[] = [];
  const floors: BuildFigures[] = [];
  for (let run = 0; run < runs; run++) {
    // Cold builds every time (no output or content cache from an earlier run), the floor right after the site's.
    results.push(build(root, outDir, catalog.env));
    if (values.floor)
      floors.push(build(path.join(root, 'scripts/starlight-floor'), floorDir, { FLOOR_PAGES: String(size) }));
  }
  const { figures, spread } = median(results);
  const { wallMs } = figures;
  const maxRssKb = Math.max(...results.map((result) => result.maxRssKb));
  const trees = results.map((result) => result.peakTreeRssKb).filter((peak): peak is number => peak !== null);
  const peakTreeRssKb = trees.length > 0 ? Math.max(...trees) : null;
  const all = walk(outDir);
  const pagefindFiles = walk(path.join(outDir, 'pagefind'));
  const codes = readdirSync(path.join(outDir, 'errors'), { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && /\./.test(entry.name),
  );
  const someCode = codes[Math.floor(codes.length / 2)]?.name ?? '';
  const codePage = pageWeight(outDir, errorUrl(someCode));
  const barePage = pageWeight(outDir, '/about/');
  const errorsList = pageWeight(outDir, '/errors/');
  const errorsHtmlGzip = gzipSync(readFileSync(path.join(outDir, 'errors/index.html')), { level: 9 }).length;
  const largestList = largestListPage(outDir);
  const search = await searchCost(outDir, someCode);

  const buildSeconds = wallMs / 1000;
  const memoryMiB = maxRssKb / 1024;
  const ratio = codePage.gzipBytes / barePage.gzipBytes;
  console.log(
    `build wall time        ${buildSeconds.toFixed(1)} s${spread}   (target ≤ ${TARGETS.buildSeconds} s at 10,000: ${mark(size < 10000 || buildSeconds <= TARGETS.buildSeconds)})`,
  );
  console.log(`  where it went         ${phases(figures)}`);
  if (floors.length > 0) {
    const floor = median(floors);
    console.log(
      `Starlight alone        ${(floor.figures.wallMs / 1000).toFixed(1)} s${floor.spread}: ${size.toLocaleString('en')} near-empty pages, same build settings (scripts/starlight-floor/, built after each run above)`,
    );
    console.log(`  where it went         ${phases(floor.figures)}`);
    console.log(
      `  this site above it    ${((wallMs - floor.figures.wallMs) / 1000).toFixed(1)} s (median against median)`,
    );
  }
  if (figures.cpuMs !== null) {
    const { build: buildCpu, children } = figures.cpuMs;
    const cpuSeconds = (buildCpu + children) / 1000;
    const cores = os.availableParallelism();
    console.log(
      `build CPU time         ${cpuSeconds.toFixed(1)} s (build process ${(buildCpu / 1000).toFixed(1)} s, Pagefind ${(children / 1000).toFixed(1)} s): at least ${(cpuSeconds / cores).toFixed(1)} s on ${cores} cores even if every core were busy throughout`,
    );
  }
  console.log(
    `build peak memory      ${memoryMiB.toFixed(0)} MiB (the build process, V8 heap capped at ${BUILD_HEAP_MB} MiB; target ≤ ${TARGETS.buildMemoryMiB} MiB: ${mark(memoryMiB <= TARGETS.buildMemoryMiB)})`,
  );
  console.log(
    `  with Pagefind        ${peakTreeRssKb === null ? 'n/a (needs /proc)' : `${(peakTreeRssKb / 1024).toFixed(0)} MiB`} (the build and its Pagefind child process together, sampled every 200 ms)`,
  );
  console.log(
    `dist/                  ${(all.bytes / 1024 / 1024).toFixed(1)} MB in ${all.files.toLocaleString('en')} files`,
  );
  console.log(
    `Pagefind               ${(pagefindFiles.bytes / 1024 / 1024).toFixed(1)} MB in ${pagefindFiles.files.toLocaleString('en')} files`,
  );
  console.log(
    `code page (${someCode})  ${kb(codePage.gzipBytes)} gzip in ${codePage.files} files (HTML+CSS+JS before any search)`,
  );
  console.log(`bare Starlight page    ${kb(barePage.gzipBytes)} gzip in ${barePage.files} files (/about/, the floor)`);
  console.log(
    `code page / bare       ${ratio.toFixed(2)}× (target ≤ ${TARGETS.codePageVsBare}×: ${mark(ratio <= TARGETS.codePageVsBare)})`,
  );
  console.log(
    `/errors/ HTML          ${kb(errorsHtmlGzip)} gzip; with CSS+JS ${kb(errorsList.gzipBytes)} (target ≤ ${TARGETS.errorsListGzipKB} KB: ${mark(errorsHtmlGzip / 1024 <= TARGETS.errorsListGzipKB)})`,
  );
  console.log(
    `largest list page      ${kb(largestList.gzipBytes)} gzip HTML, ${largestList.path} (every list and category page is split at ${LIST_PAGE_SIZE} codes)`,
  );
  console.log(
    `one code search        ${kb(search.bytes)} transferred in ${search.files} files, ${search.ms.toFixed(0)} ms in Node, top hit ${search.topUrl} (target ≤ ${TARGETS.searchKB} KB: ${mark(search.bytes / 1024 <= TARGETS.searchKB)})`,
  );
}

if (values.lookup) {
  console.log('\n== lookup (scripts/bench-lookup.ts) ==');
  const lookup = spawnSync(process.execPath, [path.join(root, 'scripts/bench-lookup.ts')], { stdio: 'inherit' });
  if (lookup.status !== 0) console.log(`the lookup benchmark did not finish (exit ${lookup.status ?? lookup.signal})`);
}
