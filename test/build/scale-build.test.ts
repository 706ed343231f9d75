import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticCatalog } from '../../scripts/synthetic-catalog.ts';
import { LIST_PAGE_SIZE, SIDEBAR_MAX_CODES } from '../../src/catalog/browse.ts';
import { categoryUrl, errorListUrl, errorUrl } from '../../src/catalog/urls.ts';
import { ROOT } from '../catalog/helpers.ts';
import { buildWith } from './build-with.ts';

/**
 * A catalog one list page and 50 codes large, every code in one category: the real catalog is too small to page, so
 * this build is what shows the list and a category page splitting into pages, and the sidebar linking categories.
 */
const CODES = LIST_PAGE_SIZE + 50;
const OUT = 'test-results/scale-build';
const dist = path.join(ROOT, OUT);
const catalogDir = path.join(ROOT, 'test-results/scale-catalog');

/** The built page at a site path (`/errors/page/2/` → `dist/errors/page/2/index.html`). */
const page = (urlPath: string) => readFileSync(path.join(dist, urlPath, 'index.html'), 'utf8');
const rows = (html: string) => html.match(/<tr data-status=/g)?.length ?? 0;
const pagerLinks = (html: string) =>
  [...(html.match(/<nav class="list-pager"[\s\S]*?<\/nav>/)?.[0] ?? '').matchAll(/href="([^"]+)"/g)].map(
    (match) => match[1],
  );

let codes: string[] = [];
beforeAll(() => {
  const catalog = generateSyntheticCatalog({ codes: CODES, seed: 7 });
  rmSync(catalogDir, { recursive: true, force: true });
  mkdirSync(path.join(catalogDir, 'guidance'), { recursive: true });
  writeFileSync(path.join(catalogDir, 'source.md'), catalog.source);
  writeFileSync(path.join(catalogDir, 'metadata.json'), catalog.metadata);
  for (const { code, text } of catalog.guidance) {
    writeFileSync(
      path.join(catalogDir, 'guidance', `${code}.md`),
      text.replace(/^category: [a-z-]+$/m, 'category: backup'),
    );
  }
  codes = catalog.guidance.map(({ code }) => code);
  const { status, output } = buildWith(
    {
      CATALOG_SOURCE: path.join(catalogDir, 'source.md'),
      CATALOG_GUIDANCE: path.join(catalogDir, 'guidance'),
      CATALOG_METADATA: path.join(catalogDir, 'metadata.json'),
    },
    OUT,
  );
  expect(status, output).toBe(0);
}, 180_000);

describe(`a build of ${CODES} codes in one category`, () => {
  it('splits the list of every code into pages that link to each other', () => {
    expect(codes).toHaveLength(CODES);
    expect(rows(page(errorListUrl(1)))).toBe(LIST_PAGE_SIZE);
    expect(rows(page(errorListUrl(2)))).toBe(CODES - LIST_PAGE_SIZE);
    expect(pagerLinks(page(errorListUrl(1)))).toEqual([errorListUrl(2)]);
    expect(pagerLinks(page(errorListUrl(2)))).toEqual([errorListUrl(1)]);
  });

  it('splits a category larger than one page the same way', () => {
    const first = page(categoryUrl('backup'));
    const second = page(categoryUrl('backup', 2));
    expect(rows(first)).toBe(LIST_PAGE_SIZE);
    expect(rows(second)).toBe(CODES - LIST_PAGE_SIZE);
    expect(pagerLinks(first)).toEqual([categoryUrl('backup', 2)]);
    expect(pagerLinks(second)).toEqual([categoryUrl('backup')]);
    expect(second).toContain('<title>Backup & restore, page 2 |');
    expect(second).toContain('aria-label="Pages of Backup &amp; restore"');
    // Together the pages list every code once.
    const listed = [first, second].flatMap((html) =>
      [...html.matchAll(/<a href="\/errors\/([A-Za-z0-9.]+)\/"><code>/g)].map((match) => match[1]),
    );
    expect(new Set(listed)).toEqual(new Set(codes));
    expect(listed).toHaveLength(CODES);
  });

  it('links the sidebar to category pages instead of listing every code', () => {
    expect(CODES).toBeGreaterThan(SIDEBAR_MAX_CODES);
    const codePage = page(errorUrl(codes[0] ?? ''));
    const sidebar = codePage.match(/<nav [^>]*aria-label="Main"[\s\S]*?<\/nav>/)?.[0] ?? '';
    expect(sidebar).toContain(`href="${categoryUrl('backup')}"`);
    expect(sidebar).not.toContain(`href="${errorUrl(codes[1] ?? '')}"`);
    expect(existsSync(path.join(dist, 'errors', 'category', 'backup', 'page', '3'))).toBe(false);
  });
});
