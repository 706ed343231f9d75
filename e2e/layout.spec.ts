import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
  test.describe(`${name} width`, () => {
    test.use({ viewport });

    test('the code list fits the screen and breaks a code only before a dot', async ({ page }) => {
      await page.goto('/errors/');
      const layout = await page.evaluate(() => {
        const table = document.querySelector<HTMLElement>('table.code-table');
        // <wbr> splits a code into one text node per dot-separated part: a part drawn on two lines has two boxes.
        const brokenParts = [...document.querySelectorAll('table.code-table code')].flatMap((code) =>
          [...code.childNodes]
            .filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent)
            .filter((node) => {
              const range = document.createRange();
              range.selectNodeContents(node);
              return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
            })
            .map((node) => `${code.textContent}: ${node.textContent}`),
        );
        return {
          pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
          tableOverflow: table ? table.scrollWidth - table.clientWidth : -1,
          brokenParts,
        };
      });
      expect(layout.pageOverflow).toBeLessThanOrEqual(0);
      expect(layout.tableOverflow).toBe(0);
      expect(layout.brokenParts).toEqual([]);
    });

    test('copy buttons keep a 24 px target beside long messages', async ({ page }) => {
      await page.goto('/errors/Forbidden.RAM/');
      const sizes = await page.locator('.copy-button').evaluateAll((buttons) =>
        buttons.map((button) => button.getBoundingClientRect()).map(({ width, height }) => Math.min(width, height)),
      );
      expect(sizes.length).toBeGreaterThan(1);
      for (const size of sizes) expect(size).toBeGreaterThanOrEqual(24);
    });
  });
}

test('prose keeps the space before a link, code or key', async ({ page }) => {
  await page.goto('/errors/No.Such.Code/');
  await expect(page.locator('[data-not-found] > p').last()).toHaveText(
    'Nothing lives at this address. If it holds an error code, pick it from the list below, open all error codes, look up an error text, or search (press Ctrl + K).',
  );
  await page.goto('/search/');
  await expect(page.locator('main p').first()).toContainText('Link to a search with /search/?q=<text>. To resolve');
});

test('no built page glues a word to the link, code or key after it', () => {
  // Astro drops a template's line break next to an element ("open\n<a>" becomes "open<a>"): scan every page for it.
  const dist = path.resolve(import.meta.dirname, '../dist');
  const glued = readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .flatMap((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const html = readFileSync(file, 'utf8').replace(/<script\b[\s\S]*?<\/script>/g, '');
      return [...html.matchAll(/\w{0,20}[A-Za-z,]<(?:a|code|kbd)[\s>][^<]{0,20}/g)].map((match) => `${path.relative(dist, file)}: ${match[0]}`);
    });
  expect(glued).toEqual([]);
});
