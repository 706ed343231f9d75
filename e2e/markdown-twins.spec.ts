import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CODE_TWIN_SECTIONS } from '../src/catalog/markdown-twins.ts';
import { errorUrl, operationUrl, twinUrl } from '../src/catalog/urls.ts';
import { loadCatalog } from './catalog.ts';

/** The Markdown twins and llms.txt: every page has its twin with every section; a sample is copied in the browser. */
const DIST = path.resolve(import.meta.dirname, '../dist');
const catalog = loadCatalog();
const pages = [...new Set(catalog.records.map(({ entry }) => entry.page))];
const read = (url: string) => readFileSync(path.join(DIST, ...url.split('/').filter(Boolean)), 'utf8');

test('every code page has a Markdown twin with every section, and every operation page one with its codes', () => {
  const problems: string[] = [];
  for (const page of pages) {
    const url = twinUrl(errorUrl(page));
    if (!existsSync(path.join(DIST, ...url.split('/').filter(Boolean)))) {
      problems.push(`${url}: missing`);
      continue;
    }
    const twin = read(url);
    for (const section of CODE_TWIN_SECTIONS)
      if (!twin.includes(`\n## ${section}\n`)) problems.push(`${url}: no "## ${section}"`);
    for (const { entry } of catalog.records.filter((record) => record.entry.page === page))
      for (const message of entry.messages)
        if (!twin.includes(message.text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim()))
          problems.push(`${url}: message ${message.index} of ${entry.code} missing`);
  }
  for (const operation of catalog.operations) {
    const url = twinUrl(operationUrl(operation.name));
    const twin = existsSync(path.join(DIST, ...url.split('/').filter(Boolean))) ? read(url) : '';
    if (!twin.startsWith(`# ${operation.name}\n`)) problems.push(`${url}: missing or untitled`);
    for (const error of operation.errors)
      if (!twin.includes(`\`${error.code}\``)) problems.push(`${url}: ${error.code}`);
  }
  expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
});

test('llms.txt links every code page’s twin and every operation’s; llms-full.txt holds every code page', () => {
  const llms = read('/llms.txt');
  const full = read('/llms-full.txt');
  const missing = [
    ...pages.filter((page) => !llms.includes(`${twinUrl(errorUrl(page))})`)),
    ...catalog.operations.filter((op) => !llms.includes(`${twinUrl(operationUrl(op.name))})`)).map((op) => op.name),
    ...pages.filter((page) => !full.includes(`\n- Page: `) || !full.includes(`${errorUrl(page)}\n`)),
  ];
  expect(missing).toEqual([]);
});

test('the Copy as Markdown button copies the page’s twin, and the link opens it', async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/errors/InvalidDBInstanceId.NotFound/');
  const button = page.getByRole('button', { name: /Copy as Markdown/ });
  await button.click();
  await expect(button).toContainText('copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(read('/errors/InvalidDBInstanceId.NotFound/index.md'));
  expect(copied.startsWith('# InvalidDBInstanceId.NotFound · InvalidDbInstanceId.NotFound\n')).toBe(true);
  const href = await page.getByRole('link', { name: 'This page as Markdown' }).getAttribute('href');
  expect(href).toBe('/errors/InvalidDBInstanceId.NotFound/index.md');
  const response = await request.get(href ?? '');
  expect(response.headers()['content-type']).toContain('text/markdown');
  await page.goto('/operations/CreateBackup/');
  await expect(page.getByRole('button', { name: /Copy as Markdown/ })).toBeVisible();
});
