import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { errorUrl, messageAnchor, operationUrl } from '../src/catalog/urls.ts';
import { loadEntries } from './catalog.ts';

const entries = loadEntries();

const DIST = path.resolve(import.meta.dirname, '../dist');
/** A built page's HTML, from dist/ (every page is checked there; a sample in the browser). */
const built = (url: string) => readFileSync(path.join(DIST, url, 'index.html'), 'utf8');
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

test('every code page is built with its code, every message and every operation that returns it', () => {
  const problems: string[] = [];
  for (const entry of entries) {
    const html = built(errorUrl(entry.page));
    if (!text(html).includes(entry.code)) problems.push(`${entry.code}: code not on ${errorUrl(entry.page)}`);
    for (const message of entry.messages) {
      const item = new RegExp(`<li[^>]*id="${messageAnchor(message.index)}"[^>]*data-status="${message.status}"`);
      if (!item.test(html)) problems.push(`${entry.code}: no #${messageAnchor(message.index)} with ${message.status}`);
      if (!text(html).includes(message.text)) problems.push(`${entry.code}: message ${message.index} text missing`);
    }
    for (const row of entry.returnedBy) {
      const tr = `<tr data-operation="${row.operation}" data-message-index="${row.messageIndex}">`;
      if (!html.includes(tr)) problems.push(`${entry.code}: no "Returned by" row for ${row.operation}`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

/** In the browser: a code of each source, several messages, a shared page, a code only Alibaba's tools know. */
const sample = [
  entries.find((entry) => entry.code === 'MissingParameter'),
  entries.find((entry) => entry.sources.join() === 'metadata' && entry.returnedBy.length > 1),
  entries.find((entry) => entry.pageCodes.length > 0),
  entries.find((entry) => entry.sources.join() === 'tools'),
  entries.find((entry) => entry.correctedSpelling !== undefined),
].filter((entry): entry is (typeof entries)[number] => entry !== undefined);

test.describe('code pages in the browser', () => {
  for (const entry of sample) {
    test(`${entry.code} answers with and without the slash and shows its messages`, async ({ page }) => {
      for (const url of [errorUrl(entry.page), errorUrl(entry.page).replace(/\/$/, '')]) {
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(200);
        await expect(page.locator('h1')).toHaveText(entry.page);
        await expect(page.locator('.code-line .error-code')).toContainText([entry.code]);
        for (const message of entry.messages) {
          const item = page.locator(`#${messageAnchor(message.index)}`);
          await expect(item.locator('code.message')).toHaveText(message.text);
          await expect(item).toContainText(String(message.status));
        }
      }
    });
  }
});

test('MissingParameter keeps its three table messages first, with the anchors they were published with', async ({
  page,
}) => {
  const entry = entries.find((candidate) => candidate.code === 'MissingParameter');
  await page.goto('/errors/MissingParameter/#message-2');
  const items = page.locator('.message-item');
  await expect(items).toHaveCount(entry?.messages.length ?? 0);
  await expect(items.nth(2)).toHaveAttribute('id', 'message-3');
  await expect(items.nth(2)).toContainText('403');
  await expect(items.nth(2)).toContainText('The input parameter OwnerId,OwnerAccount');
  await expect(page.locator('#message-2')).toBeInViewport();
});

test('a code with several HTTP statuses explains each on its own line', async ({ page }) => {
  const entry = entries.find((candidate) => candidate.statuses.length > 1);
  expect(entry, 'a code with more than one status').toBeDefined();
  await page.goto(errorUrl(entry?.page ?? ''));
  const statuses = page.locator('.facts dt:text-is("HTTP status") ~ dd:not(dt:text-is("Retry") ~ dd)');
  await expect(statuses).toHaveText(
    (entry?.statuses ?? []).map((status) => new RegExp(`^${status} [A-Z][^:]+: .+[.]$`)),
  );
  const lines = await statuses.evaluateAll((items) =>
    items.map((item) => Math.round(item.getBoundingClientRect().top)),
  );
  expect(new Set(lines).size).toBe(lines.length);
});

test('normalised text: no mojibake, no doubled escapes', async ({ page }) => {
  await page.goto('/errors/Forbidden.RAM/');
  await expect(page.locator('code.message')).toContainText('doesn’t support RAM');
  await page.goto('/errors/InvalidToken.Malformed/');
  await expect(page.locator('code.message')).toHaveText('The Specified parameter "Token" is not valid.');
});

test('the copy button copies the code', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/errors/InvalidInstanceId.NotFound/');
  await page.getByRole('button', { name: 'Copy code InvalidInstanceId.NotFound' }).click();
  await expect(page.getByRole('button', { name: 'Copy code InvalidInstanceId.NotFound' })).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('InvalidInstanceId.NotFound');
});

test('codes that differ only in letter case share a page that offers both, and each spelling’s URL reaches it', async ({
  page,
}) => {
  const member = entries.find((entry) => entry.pageCodes.length > 0 && entry.code !== entry.page);
  expect(member, 'a code that shares its page').toBeDefined();
  if (!member) return;
  // The second spelling's own URL is not a file (a case-insensitive disk holds one of the two): the 404 page resolves
  // it to the shared page, at that code's first message.
  await page.goto(errorUrl(member.code));
  await expect(page).toHaveURL(
    new RegExp(`${errorUrl(member.page, member.messages[0]?.index).replace(/[.]/g, '\\.')}$`),
  );
  await expect(page.locator('.code-line .error-code')).toHaveText([member.page, member.code]);
  await expect(page.locator('.case-note')).toContainText('differ only in letter case');
  // A spelling in neither case fits both codes: it lands on their shared page, which offers both.
  await page.goto(errorUrl(member.code.toLowerCase()));
  await expect(page).toHaveURL(new RegExp(`${errorUrl(member.page).replace(/[.]/g, '\\.')}$`));
  await expect(page.locator('.code-line .error-code')).toHaveText([member.page, member.code]);
});

test('a code only Alibaba’s tools know says so and links where they handle it', async ({ page }) => {
  const entry = entries.find((candidate) => candidate.sources.join() === 'tools');
  expect(entry).toBeDefined();
  if (!entry) return;
  await page.goto(errorUrl(entry.page));
  await expect(page.locator('.tools-note')).toContainText('not in Alibaba’s published lists');
  const links = page.locator('.handled-by a');
  await expect(links).toHaveCount(entry.handledBy.length);
  await expect(links.first()).toHaveAttribute('href', entry.handledBy[0]?.url ?? '');
});

test('"Returned by" lists each operation with its status and links to the operation’s page', async ({ page }) => {
  const entry = entries.find((candidate) => candidate.returnedBy.length > 2 && candidate.pageCodes.length === 0);
  expect(entry).toBeDefined();
  if (!entry) return;
  await page.goto(errorUrl(entry.page));
  const rows = page.locator('[data-returned-by] tbody tr');
  await expect(rows).toHaveCount(entry.returnedBy.length);
  const first = entry.returnedBy[0];
  const row = rows.first();
  await expect(row).toContainText(String(first?.status));
  await expect(row.getByRole('link', { name: first?.operation })).toHaveAttribute(
    'href',
    operationUrl(first?.operation ?? ''),
  );
});
