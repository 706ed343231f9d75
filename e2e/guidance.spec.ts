import { expect, test } from '@playwright/test';
import { GUIDANCE_SECTIONS } from '../src/catalog/guidance.ts';
import { CATEGORIES, RETRY_ADVICE } from '../src/catalog/taxonomy.ts';
import { errorUrl } from '../src/catalog/urls.ts';
import { loadEntries } from './catalog.ts';

const entries = loadEntries();

for (const code of ['SignatureNonceUsed', 'MissingParameter', 'Forbbiden.SubUser']) {
  test(`${code} shows every guidance section, its badges and working related links`, async ({ page, request }) => {
    const entry = entries.find((candidate) => candidate.code === code);
    if (!entry) throw new Error(`${code} is not in the catalog`);
    await page.goto(errorUrl(code));
    const headings = page.locator('.guidance h2');
    await expect(headings).toHaveText([...GUIDANCE_SECTIONS]);
    const badges = page.locator('.code-header .badges');
    await expect(badges).toContainText(CATEGORIES[entry.guidance.category].label);
    await expect(badges).toContainText(RETRY_ADVICE[entry.guidance.retry].label);
    await expect(page.locator('.code-header .summary')).toHaveText(entry.guidance.summary);
    for (const operation of entry.guidance.operations)
      await expect(page.locator('.reference code', { hasText: operation }).first()).toBeVisible();

    const related = page.locator('.reference .related a');
    await expect(related).toHaveCount(entry.guidance.related.length);
    for (const href of await related.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
      expect((await request.get(href)).status(), href).toBe(200);
    }
  });
}

test('a related link leads to the related code’s page', async ({ page }) => {
  await page.goto('/errors/SignatureNonceUsed/');
  const first = page.locator('.reference .related a').first();
  const code = (await first.textContent())?.trim() ?? '';
  await first.click();
  await expect(page.locator('h1')).toHaveText(code);
});

test('the code list filters by category', async ({ page }) => {
  await page.goto('/errors/?category=backup');
  const expected = entries.filter((entry) => entry.guidance.category === 'backup').length;
  await expect(page.locator('table.code-table tbody tr:visible')).toHaveCount(expected);
});

test('the guide links to code pages and shows the retry table', async ({ page }) => {
  await page.goto('/guides/handling-errors/');
  await expect(page.locator('h1')).toHaveText('Handling ApsaraDB for MongoDB API errors');
  await expect(page.locator('.retry-table a')).toHaveCount(entries.length);
  // Each row lists exactly the codes whose page carries that retry class.
  const rows = await page.locator('.retry-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      retry: tr.querySelector('.retry-id')?.textContent ?? '',
      links: [...tr.querySelectorAll('td a')].map((link) => link.getAttribute('href') ?? ''),
    })),
  );
  for (const { retry, links } of rows)
    expect(links.sort(), retry).toEqual(
      entries
        .filter((entry) => entry.guidance.retry === retry)
        .map((entry) => errorUrl(entry.page))
        .sort(),
    );
  expect(rows.flatMap((row) => row.links)).toHaveLength(entries.length);
  await page.locator('.sl-markdown-content a[href="/errors/SignatureNonceUsed/"]').first().click();
  await expect(page.locator('h1')).toHaveText('SignatureNonceUsed');
});
