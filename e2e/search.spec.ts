import { expect, test, type Page } from '@playwright/test';

async function searchFor(page: Page, query: string) {
  await page.goto('/errors/');
  await page.getByRole('button', { name: 'Search' }).click();
  const input = page.getByRole('searchbox').or(page.locator('#starlight__search input')).first();
  await input.fill(query);
  return page.locator('#starlight__search .pagefind-ui__result');
}

test('the search dialog finds a code and ranks its page first', async ({ page }) => {
  const results = await searchFor(page, 'InvalidInstanceId.NotFound');
  await expect(results.first().locator('a').first()).toHaveAttribute('href', /\/errors\/InvalidInstanceId\.NotFound\/?$/);
});

test('the search dialog finds a typo’d code by its corrected spelling', async ({ page }) => {
  const results = await searchFor(page, 'Forbidden.SubUser');
  await expect(results.first().locator('a').first()).toHaveAttribute('href', /\/errors\/Forbbiden\.SubUser\/?$/);
});

test('the search dialog offers HTTP status and category filters', async ({ page }) => {
  await page.goto('/errors/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('#starlight__search input').first().fill('backup');
  const filters = page.locator('#starlight__search .pagefind-ui__filter-name');
  await expect(filters).toHaveText(['Category', 'Status']);
  await page.locator('#starlight__search .pagefind-ui__filter-name', { hasText: 'Category' }).click();
  await page.locator('#starlight__search label', { hasText: 'Backup & restore' }).click();
  const results = page.locator('#starlight__search .pagefind-ui__result');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.locator('.pagefind-ui__result-title a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/Backup|Retention|Preferred|IncorrectBackupSetState/);
});

test('/search/?q= opens the results for that text', async ({ page }) => {
  await page.goto('/search/?q=SecurityIPList');
  const first = page.locator('#search-page .pagefind-ui__result').first();
  await expect(first.locator('a').first()).toHaveAttribute('href', /\/errors\/InvalidSecurityIPList\.Format\/?$/);
});
