import { expect, test } from '@playwright/test';
import { errorUrl, messageAnchor } from '../src/catalog/urls.ts';
import { loadEntries } from './catalog.ts';

const entries = loadEntries();

test.describe('every code page', () => {
  for (const entry of entries) {
    test(`${entry.code} answers with and without the slash and shows its messages`, async ({ page }) => {
      for (const url of [errorUrl(entry.code), errorUrl(entry.code).replace(/\/$/, '')]) {
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(200);
        await expect(page.locator('h1')).toHaveText(entry.code);
        for (const message of entry.messages) {
          const item = page.locator(`#${messageAnchor(message.index)}`);
          await expect(item.locator('code.message')).toHaveText(message.text);
          await expect(item).toContainText(String(message.status));
        }
      }
    });
  }
});

test('MissingParameter lists three messages with stable anchors in source order', async ({ page }) => {
  await page.goto('/errors/MissingParameter/#message-2');
  const items = page.locator('.message-item');
  await expect(items).toHaveCount(3);
  await expect(items.nth(2)).toHaveAttribute('id', 'message-3');
  await expect(items.nth(2)).toContainText('403');
  await expect(page.locator('#message-2')).toBeInViewport();
});

test('a code with several HTTP statuses explains each on its own line', async ({ page }) => {
  const entry = entries.find((candidate) => candidate.statuses.length > 1);
  expect(entry, 'a code with more than one status').toBeDefined();
  await page.goto(errorUrl(entry?.code ?? ''));
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
