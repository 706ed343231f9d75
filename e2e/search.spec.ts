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
