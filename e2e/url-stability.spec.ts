import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { errorUrl } from '../src/catalog/urls.ts';
import { loadEntries } from './catalog.ts';

/** Every published URL (test/urls/published-urls.txt) must keep resolving to a real page. */
const published = readFileSync(path.resolve(import.meta.dirname, '../test/urls/published-urls.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

const pages = new Set(loadEntries().map((entry) => errorUrl(entry.page)));

test('the published list is not empty', () => {
  expect(published.length).toBeGreaterThan(100);
});

test('every published URL resolves', async ({ page, request }) => {
  test.setTimeout(300_000);
  const failures: string[] = [];
  for (const url of published) {
    const [pathAndQuery = '', hash] = url.split('#');
    const response = await request.get(pathAndQuery);
    if (response.status() === 200) {
      if (hash && !(await response.text()).includes(`id="${hash}"`)) failures.push(`${url}: no element #${hash}`);
      continue;
    }
    // Not a file: the 404 page must resolve it in the browser (case-insensitive codes).
    await page.goto(url);
    try {
      await expect(page.locator('h1')).not.toHaveText('Page not found', { timeout: 5000 });
      // …to a code page that exists (`/errors/<Page>/`, with any `#message-<n>`).
      await expect.poll(() => pages.has(new URL(page.url()).pathname)).toBe(true);
    } catch {
      failures.push(`${url}: did not resolve (ended at ${page.url()})`);
    }
  }
  expect(failures, failures.join('\n')).toEqual([]);
});
