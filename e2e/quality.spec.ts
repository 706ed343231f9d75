import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const PAGES = [
  '/',
  '/guides/linking/',
  '/errors/',
  '/errors/InvalidInstanceId.NotFound/',
  '/errors/MissingParameter/',
  '/lookup/',
  '/errors/no-such-code-here/',
  '/guides/handling-errors/',
  '/search/?q=backup',
];

/** Records CSP violations in the page before any script runs. */
async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${theme} theme`, () => {
    for (const url of PAGES) {
      test(`axe finds no violations on ${url}`, async ({ page }) => {
        await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
        await page.goto(url);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        if (url.startsWith('/search/'))
          await expect(page.locator('#search-page .pagefind-ui__result').first()).toBeVisible();
        // Expressive Code makes horizontally scrolling code blocks focusable from a script after layout settles.
        await page.waitForFunction(() =>
          [...document.querySelectorAll('.expressive-code pre')].every(
            (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
          ),
        );
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes
              .map((node) => node.target.join(' '))
              .slice(0, 5)
              .join(', ')}`,
        );
        expect(summary, summary.join('\n')).toEqual([]);
      });
    }
  });
}

test('pages request nothing from another origin and break no CSP rule', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await watchCsp(page);
  for (const url of PAGES) {
    const response = await page.goto(url);
    expect(response?.headers()['content-security-policy'], url).toContain("default-src 'self'");
    // /search/?q= loads Pagefind (WebAssembly, a worker) after the page has loaded: read once its results are shown.
    if (url.startsWith('/search/'))
      await expect(page.locator('#search-page .pagefind-ui__result').first()).toBeVisible();
    expect(await cspViolations(page), url).toEqual([]);
  }
  // Search and lookup load WebAssembly, workers and JSON: they must work under the policy too.
  await page.goto('/errors/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('#starlight__search input').first().fill('nonce');
  await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
  expect(await cspViolations(page)).toEqual([]);
  await page.goto('/lookup/?q=Specified%20preferred%20backup%20time%20is%20not%20valid.');
  await expect(page.locator('.paste-result .full-text')).toBeVisible();
  expect(await cspViolations(page)).toEqual([]);
  expect(foreign).toEqual([]);
});

const DIST = path.resolve(import.meta.dirname, '../dist');

/** A Content-Security-Policy as directive name → source tokens. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const directive of policy.split(';')) {
    const [name, ...tokens] = directive.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), tokens);
  }
  return directives;
}

test('the CSP’s script-src allows exactly the inline scripts of the built pages, and no unsafe-inline', async ({
  page,
}) => {
  const policy = /^\s*Content-Security-Policy:\s*(.+)$/m.exec(readFileSync(path.join(DIST, '_headers'), 'utf8'))?.[1];
  expect(policy).toBeDefined();
  const scriptSrc = parseCsp(policy ?? '').get('script-src') ?? [];
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc.filter((token) => !token.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  const served = await page.goto('/about/');
  expect(served?.headers()['content-security-policy']).toBe(policy);

  // Every built page, parsed by the browser's own HTML parser (not the build's scanner), hashed as browsers hash it.
  const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.split(path.sep).some((part) => part.startsWith('.')))
    .map((file) => readFileSync(path.join(DIST, file), 'utf8'));
  expect(pages.length).toBeGreaterThan(50);
  const inline = await page.evaluate(async (htmls) => {
    const hashes = new Set<string>();
    for (const html of htmls) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      for (const script of doc.querySelectorAll('script:not([src])')) {
        const body = script.textContent ?? '';
        if (body.trim() === '') continue;
        const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
        hashes.add(`'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`);
      }
    }
    return [...hashes].sort();
  }, pages);
  expect(inline.length).toBeGreaterThan(0);
  expect(scriptSrc.filter((token) => token.startsWith("'sha256-")).sort()).toEqual(inline);
});

test('keyboard alone reaches search, filters, copy buttons and the paste box', async ({ page }) => {
  await page.goto('/errors/MissingParameter/');
  await expect(page.locator('button[data-open-modal]')).toBeEnabled();
  // Starlight creates the search UI when the page is idle; Ctrl+K then opens the dialog with the input focused.
  await expect(page.locator('#starlight__search input')).toBeAttached();
  await page.keyboard.press('Control+k');
  await expect(page.locator('#starlight__search input').first()).toBeFocused();
  await page.keyboard.press('Escape');

  const focused = async () =>
    page.evaluate(() => {
      const active = document.activeElement;
      return active
        ? `${active.tagName.toLowerCase()}|${active.getAttribute('aria-label') ?? ''}|${active.getAttribute('name') ?? ''}`
        : '';
    });
  const reach = async (predicate: (value: string) => boolean, maxTabs = 200) => {
    for (let i = 0; i < maxTabs; i += 1) {
      await page.keyboard.press('Tab');
      if (predicate(await focused())) return true;
    }
    return false;
  };
  expect(await reach((value) => value.startsWith('button|Copy code'))).toBe(true);
  await page.keyboard.press('Enter');
  expect(await reach((value) => value.startsWith('button|Copy message 1'))).toBe(true);

  await page.goto('/errors/');
  expect(await reach((value) => value === 'select||status')).toBe(true);
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/\?status=/);

  await page.goto('/lookup/');
  await expect(page.locator('textarea')).toBeFocused();
  await page.keyboard.type('BackupJobExists');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/errors\/BackupJobExists\/$/);
});
