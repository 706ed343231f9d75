import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { compareCodes } from '../src/catalog/codes.ts';
import { errorUrl } from '../src/catalog/urls.ts';
import { loadEntries } from './catalog.ts';
import { DESKTOP, PHONE } from './viewports.ts';

const entries = loadEntries();

// Below 50rem the code table's rows become blocks (site.css): the filters must hide rows there too.
for (const [width, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  test.describe(`${width} width`, () => {
    test.use({ viewport });

    test('the code list shows every code and the status filter narrows it', async ({ page }) => {
      await page.goto('/errors/');
      const rows = page.locator('table.code-table tbody tr');
      await expect(rows).toHaveCount(entries.length);
      await expect(page.locator('table.code-table tbody tr:visible')).toHaveCount(entries.length);

      await page.getByLabel('HTTP status').selectOption('404');
      const expected404 = entries.filter((entry) => entry.statuses.includes(404)).map((entry) => entry.code);
      await expect(page.locator('table.code-table tbody tr:visible')).toHaveCount(expected404.length);
      await expect(page.locator('table.code-table tbody tr:visible td:first-child')).toHaveText(
        expected404.sort(compareCodes),
      );
      await expect(page).toHaveURL(/\?status=404$/);
      await expect(page.locator('.filter-count')).toHaveText(`${expected404.length} of ${entries.length} codes`);
    });

    test('a status or category filter in the URL is applied on load', async ({ page }) => {
      await page.goto('/errors/?status=403');
      const expected = entries.filter((entry) => entry.statuses.includes(403)).length;
      await expect(page.locator('table.code-table tbody tr:visible')).toHaveCount(expected);
      await page.goto('/errors/?category=backup');
      const backup = entries.filter((entry) => entry.guidance.category === 'backup').length;
      await expect(page.locator('table.code-table tbody tr:visible')).toHaveCount(backup);
    });
  });
}

test('the sidebar reaches any code in two clicks', async ({ page }) => {
  await page.goto('/errors/InvalidParameter/');
  const target = entries.find((entry) => entry.code === 'BackupJobExists');
  const sidebar = page.locator('nav[aria-label="Main"]');
  await sidebar.getByText(/^Backup & restore/).click();
  await sidebar.getByRole('link', { name: target?.code ?? '', exact: true }).click();
  await expect(page).toHaveURL(errorUrl('BackupJobExists'));
});

test('a category page lists its codes without a category column, and the sidebar opens on it', async ({ page }) => {
  await page.goto('/errors/category/backup/');
  const backup = entries.filter((entry) => entry.guidance.category === 'backup');
  await expect(page.locator('table.code-table tbody tr')).toHaveCount(backup.length);
  await expect(page.locator('table.code-table thead th')).toHaveText(['Code', 'HTTP status', 'Message']);
  await expect(page.getByLabel('Category')).toHaveCount(0);
  const current = page.locator('nav[aria-label="Main"] a[aria-current="page"]');
  await expect(current).toHaveText(`All ${backup.length} codes`);
  await expect(current).toBeVisible();
  await expect(current).toHaveAccessibleName(`All ${backup.length} codes in Backup & restore`);
  // The list of every code keeps its category column and filter.
  await page.goto('/errors/');
  await expect(page.locator('table.code-table thead th')).toHaveText(['Code', 'HTTP status', 'Message', 'Category']);
  await expect(page.getByLabel('Category')).toHaveCount(1);
});

test('the sidebar lists every guide, and /guides/ links to each', async ({ page }) => {
  const guidesDir = path.resolve(import.meta.dirname, '../content/docs/guides');
  const guides = readdirSync(guidesDir)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => `/guides/${name.replace(/\.mdx?$/, '')}/`);
  expect(guides.length).toBeGreaterThan(1);
  await page.goto('/errors/');
  const sidebar = page.locator('nav[aria-label="Main"]');
  const group = sidebar.locator('details').filter({ has: page.locator('summary', { hasText: /^Guides$/ }) });
  const inSidebar = await group.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(inSidebar.sort()).toEqual([...guides].sort());
  await page.goto('/guides/');
  const cards = await page.locator('main a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  for (const guide of guides) expect(cards).toContain(guide);
});

test('the home page says what the site is and shows the three ways in', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toContainText('ApsaraDB for MongoDB API errors');
  for (const way of ['Browse', 'Search', 'Deep link'])
    await expect(page.getByText(way, { exact: true }).first()).toBeVisible();
});
