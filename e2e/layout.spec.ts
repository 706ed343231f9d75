import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { compareCodes } from '../src/catalog/codes.ts';
import { errorUrl } from '../src/catalog/urls.ts';
import { loadEntries } from './catalog.ts';
import { DESKTOP, PHONE } from './viewports.ts';

const entries = loadEntries();

/**
 * The dot-separated parts of the codes matched by `selector` that are cut across two lines although they would fit on
 * one ("Code: part"). A code should wrap only before a dot; a part wider than its element (a long part on a phone)
 * has to be cut.
 */
function partsCutThoughTheyFit(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no canvas to measure text with');
    return [...document.querySelectorAll<HTMLElement>(selector)].flatMap((element) => {
      const style = getComputedStyle(element);
      context.font = style.font;
      const lineWidth = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      // Where each character of the element's text lies: its text node and offset (a <wbr> splits the text nodes).
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const positions: [Text, number][] = [];
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let offset = 0; offset < node.length; offset++) positions.push([node, offset]);
      }
      const text = positions.map(([node, offset]) => node.data[offset]).join('');
      const cut: string[] = [];
      let start = 0;
      for (const part of text.split(/(?=\.)/)) {
        const first = positions[start];
        const last = positions[start + part.length - 1];
        start += part.length;
        if (!first || !last || context.measureText(part).width >= lineWidth) continue;
        const range = document.createRange();
        range.setStart(first[0], first[1]);
        range.setEnd(last[0], last[1] + 1);
        const lines = new Set(
          [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
        );
        if (lines.size > 1) cut.push(`${text}: ${part}`);
      }
      return cut;
    });
  }, selector);
}

for (const [name, viewport] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const) {
  test.describe(`${name} width`, () => {
    test.use({ viewport });

    test('the code list fits the screen and breaks a code only before a dot', async ({ page }) => {
      await page.goto('/errors/');
      const overflow = await page.evaluate(() => {
        const table = document.querySelector<HTMLElement>('table.code-table');
        return {
          page: document.documentElement.scrollWidth - window.innerWidth,
          table: table ? table.scrollWidth - table.clientWidth : -1,
        };
      });
      expect(overflow.page).toBeLessThanOrEqual(0);
      expect(overflow.table).toBe(0);
      expect(await partsCutThoughTheyFit(page, 'table.code-table code')).toEqual([]);
    });

    test('the guide’s retry table fits the screen, keeps a code that fits whole, and never starts a line with a comma', async ({
      page,
    }) => {
      await page.goto('/guides/handling-errors/');
      const table = page.locator('table.retry-table');
      await expect(table.locator('.code-item')).toHaveCount(entries.length);
      expect(await table.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
      const faults = await table.evaluate((element) => {
        const context = document.createElement('canvas').getContext('2d');
        if (!context) throw new Error('no canvas to measure text with');
        return [...element.querySelectorAll<HTMLElement>('.code-item')].flatMap((item) => {
          const code = item.querySelector('code');
          const cell = item.closest('td');
          if (!code || !cell) return [`${item.textContent}: no code or cell`];
          context.font = getComputedStyle(code).font;
          const cellWidth =
            cell.clientWidth -
            parseFloat(getComputedStyle(cell).paddingLeft) -
            parseFloat(getComputedStyle(cell).paddingRight);
          const codeText = code.textContent ?? '';
          const lineHeight = parseFloat(getComputedStyle(code).lineHeight) || 20;
          const found: string[] = [];
          // A code narrower than its column is never split across lines.
          if (
            context.measureText(codeText).width + 16 < cellWidth &&
            code.getBoundingClientRect().height > lineHeight * 1.5
          )
            found.push(`${codeText}: split though it fits`);
          // The comma after a code sits on the code's last line.
          const comma = [...item.childNodes].find(
            (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.includes(','),
          );
          if (comma) {
            const range = document.createRange();
            range.selectNodeContents(comma);
            const commaRect = [...range.getClientRects()].find((rect) => rect.width > 0);
            if (commaRect && commaRect.bottom > code.getBoundingClientRect().bottom + lineHeight / 2)
              found.push(`${codeText}: its comma starts a line`);
          }
          return found;
        });
      });
      expect(faults).toEqual([]);
      expect(await partsCutThoughTheyFit(page, 'table.retry-table td code')).toEqual([]);
      // "after-change" stays on one line, as tall as the one-word "backoff".
      const idHeights = await table
        .locator('.retry-id')
        .evaluateAll((ids) =>
          Object.fromEntries(ids.map((id) => [id.textContent, Math.round(id.getBoundingClientRect().height)])),
        );
      expect(idHeights['after-change']).toBe(idHeights.backoff);
    });

    test('a code page breaks its code, in the title and beside the copy button, only before a dot', async ({
      page,
    }) => {
      test.slow(); // 24 page loads
      // The longest dotted codes are the ones that must break: a sample of them (every page's markup is scanned in
      // dist/ by code-pages.spec.ts), each at its page's URL.
      const dotted = entries
        .filter(({ code, page }) => code === page && code.includes('.'))
        .map(({ code }) => code)
        .sort((a, b) => b.length - a.length || compareCodes(a, b))
        .slice(0, 24);
      expect(dotted.length).toBe(24);
      const cut: string[] = [];
      for (const code of dotted) {
        await page.goto(errorUrl(code));
        await expect(page.locator('h1')).toHaveText(code);
        cut.push(...(await partsCutThoughTheyFit(page, 'h1, .code-header .error-code')));
      }
      expect(cut).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
    });

    test('related codes line up in rows', async ({ page }) => {
      await page.goto('/errors/InvalidInstanceId.NotFound/');
      const boxes = await page
        .locator('.related > li')
        .evaluateAll((items) =>
          items
            .map((item) => item.getBoundingClientRect())
            .map(({ top, height }) => ({ top: Math.round(top), height: Math.round(height) })),
        );
      expect(boxes.length).toBeGreaterThan(2);
      // Each item is on the previous one's row (same top) or starts a new row below it, never a few pixels off.
      const offsets = boxes.slice(1).map((box, index) => box.top - (boxes[index]?.top ?? 0));
      for (const [index, offset] of offsets.entries())
        expect(offset === 0 || offset >= (boxes[index]?.height ?? 0), `item ${index + 2}: ${offset}px`).toBe(true);
    });

    test('copy buttons keep a 24 px target beside long messages', async ({ page }) => {
      await page.goto('/errors/Forbidden.RAM/');
      const sizes = await page
        .locator('.copy-button')
        .evaluateAll((buttons) =>
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
      return [...html.matchAll(/\w{0,20}[A-Za-z,]<(?:a|code|kbd)[\s>][^<]{0,20}/g)].map(
        (match) => `${path.relative(dist, file)}: ${match[0]}`,
      );
    });
  expect(glued).toEqual([]);
});

test('“Read from your paste” puts each value beside its label, on the code page and the lookup page', async ({
  page,
}) => {
  const misaligned = (selector: string) =>
    page.locator(selector).evaluate((list) =>
      [...list.querySelectorAll('dt')].flatMap((label) => {
        const value = label.nextElementSibling;
        const offset = value
          ? Math.abs(value.getBoundingClientRect().top - label.getBoundingClientRect().top)
          : Infinity;
        return offset > 1 ? [`${label.textContent}: ${offset}px`] : [];
      }),
    );
  const paste =
    'Error: SDK.ServerError\nErrorCode: InvalidInstanceId.NotFoud\nRequestId: 7C1D-22\nHostId: mongodb.aliyuncs.com';
  await page.goto(`/lookup/?q=${encodeURIComponent(paste)}`);
  await expect(page.locator('.paste-result .read-fields dt')).toHaveCount(3);
  expect(await misaligned('.paste-result .read-fields')).toEqual([]);
  await page.goto('/errors/MissingParameter/?status=403&requestId=0A1B-2C3D&host=mongodb.aliyuncs.com');
  await expect(page.locator('[data-from-paste] .read-fields dt')).toHaveCount(3);
  expect(await misaligned('[data-from-paste] .read-fields')).toEqual([]);
});

test('a code page’s badges are all one height, whether or not one is a link', async ({ page }) => {
  for (const viewport of [PHONE, DESKTOP]) {
    await page.setViewportSize(viewport);
    for (const code of ['MissingParameter', 'Forbbiden.SubUser']) {
      await page.goto(errorUrl(code));
      const heights = await page
        .locator('.code-header .badges .sl-badge')
        .evaluateAll((badges) => badges.map((badge) => badge.getBoundingClientRect().height));
      expect(heights.length, code).toBeGreaterThanOrEqual(3);
      expect(new Set(heights).size, `${code} at ${viewport.width} px: ${heights.join(', ')}`).toBe(1);
    }
  }
});
