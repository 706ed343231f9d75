import { expect, test } from '@playwright/test';

test('prose keeps the space before a link, code or key', async ({ page }) => {
  await page.goto('/errors/No.Such.Code/');
  await expect(page.locator('[data-not-found] > p').last()).toHaveText(
    'Nothing lives at this address. If it holds an error code, pick it from the list below, open all error codes, look up an error text, or search (press Ctrl + K).',
  );
  await page.goto('/search/');
  await expect(page.locator('main p').first()).toContainText('Link to a search with /search/?q=<text>. To resolve');
});
