import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { errorUrlForOperation, operationListUrl, operationUrl } from '../src/catalog/urls.ts';
import { loadCatalog } from './catalog.ts';

const { operations } = loadCatalog();
const DIST = path.resolve(import.meta.dirname, '../dist');

test('every operation has a page listing each code it returns, and a link to the API reference', () => {
  expect(operations.length).toBeGreaterThan(100);
  const problems: string[] = [];
  for (const operation of operations) {
    const html = readFileSync(path.join(DIST, operationUrl(operation.name), 'index.html'), 'utf8');
    if (!html.includes(`href="${operation.referenceUrl}"`)) problems.push(`${operation.name}: no API reference link`);
    for (const error of operation.errors) {
      const href = errorUrlForOperation(error.page, operation.name, error.messageIndex).replaceAll('&', '&amp;');
      if (!html.includes(`href="${href}"`)) problems.push(`${operation.name}: no link to ${error.code}`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('/operations/ lists every operation under the metadata’s groups', async ({ page }) => {
  await page.goto(operationListUrl());
  await expect(page.locator('h1')).toHaveText('API operations');
  await expect(page.locator('.operation-list li')).toHaveCount(operations.length);
  const groups = new Set(operations.map((operation) => operation.group?.title ?? 'Other'));
  await expect(page.locator('main h2')).toHaveCount(groups.size);
});

test('an operation page shows its codes, and a code links to its row on the code page', async ({ page }) => {
  const operation = operations.find((candidate) => candidate.errors.length >= 3);
  expect(operation).toBeDefined();
  if (!operation) return;
  await page.goto(operationUrl(operation.name));
  await expect(page.locator('h1')).toHaveText(operation.name);
  await expect(page.locator('table.operation-errors tbody tr')).toHaveCount(operation.errors.length);
  const [first] = operation.errors;
  await page.locator('table.operation-errors tbody tr').first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`\\?operation=${operation.name}#message-${first?.messageIndex}$`));
  await expect(page.locator(`[data-returned-by] tr[data-operation="${operation.name}"]`).first()).toBeVisible();
});

test('the sidebar has one entry for the operations', async ({ page }) => {
  await page.goto('/errors/');
  await expect(page.locator('nav.sidebar a[href="/operations/"]')).toHaveCount(1);
  await expect(page.locator('nav.sidebar a[href^="/operations/"]')).toHaveCount(1);
});
