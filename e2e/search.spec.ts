import { expect, test, type Page } from '@playwright/test';
import { errorUrl } from '../src/catalog/urls.ts';
import { loadEntries } from './catalog.ts';

const entries = loadEntries();

async function searchFor(page: Page, query: string) {
  await page.goto('/errors/');
  await page.getByRole('button', { name: 'Search' }).click();
  const input = page.getByRole('searchbox').or(page.locator('#starlight__search input')).first();
  await input.fill(query);
  return page.locator('#starlight__search .pagefind-ui__result');
}

test('the search dialog finds a code and ranks its page first', async ({ page }) => {
  const results = await searchFor(page, 'InvalidInstanceId.NotFound');
  await expect(results.first().locator('a').first()).toHaveAttribute(
    'href',
    /\/errors\/InvalidInstanceId\.NotFound\/?$/,
  );
  // The excerpt reads as the page opens: the code once (the title), then its summary.
  await expect(results.first().locator('.pagefind-ui__result-excerpt').first()).toHaveText(
    /^InvalidInstanceId\.NotFound\. No instance /,
  );
});

test('a code’s result shows its excerpt under its title, without repeating the title', async ({ page }) => {
  const top = (await searchFor(page, 'InvalidRegion.NotFound')).first();
  await expect(top.locator('.pagefind-ui__result-excerpt:visible').first()).toHaveText(
    /^InvalidRegion\.NotFound\. The RegionId /,
  );
  await expect(top.getByText('InvalidRegion.NotFound', { exact: true }).filter({ visible: true })).toHaveCount(1);
  // A click on the excerpt still opens the page (the hidden title's link covers it, as Starlight's nested results do).
  const excerpt = await top.locator('.pagefind-ui__result-excerpt:visible').first().boundingBox();
  if (!excerpt) throw new Error('the excerpt has no box');
  await page.mouse.click(excerpt.x + excerpt.width / 2, excerpt.y + excerpt.height / 2);
  await expect(page).toHaveURL(/\/errors\/InvalidRegion\.NotFound\/(#_top)?$/);
  // A match in a later section keeps that section's title.
  // (The operation's own page ranks first on its title; the first code page's match is in a section.)
  const section = (await searchFor(page, 'DescribeBackupTasks progress'))
    .filter({ has: page.locator('a[href^="/errors/"]') })
    .first();
  await expect(section.locator('.pagefind-ui__result-nested .pagefind-ui__result-title:visible').first()).toHaveText(
    /\S/,
  );
  await page.goto('/search/?q=InvalidRegion.NotFound');
  const onSearchPage = page.locator('#search-page .pagefind-ui__result').first();
  await expect(onSearchPage.locator('.pagefind-ui__result-excerpt:visible').first()).toHaveText(
    /^InvalidRegion\.NotFound\. The RegionId /,
  );
  await expect(onSearchPage.getByText('InvalidRegion.NotFound', { exact: true }).filter({ visible: true })).toHaveCount(
    1,
  );
});

test('the search dialog finds a typo’d code by its corrected spelling', async ({ page }) => {
  const results = await searchFor(page, 'Forbidden.SubUser');
  await expect(results.first().locator('a').first()).toHaveAttribute('href', /\/errors\/Forbbiden\.SubUser\/?$/);
});

test('a code fragment finds its code, and the result reads as the page does, without the search keys', async ({
  page,
}) => {
  const results = await searchFor(page, 'DBInstanceLockMode');
  const top = results.first();
  await expect(top.locator('a').first()).toHaveAttribute('href', /\/errors\/IncorrectDBInstanceLockMode\/?$/);
  // The keys that let a fragment match ("IncorrectDB", "DBInstance", "LockMode", …) and the code as one word are
  // metadata: not in the result's title or excerpt, not a visible tag.
  const shown = top.locator(
    '.pagefind-ui__result-title, .pagefind-ui__result-excerpt, .pagefind-ui__result-tag:visible',
  );
  await expect(shown.first()).toHaveText('IncorrectDBInstanceLockMode');
  for (const text of await shown.allInnerTexts())
    expect(text).not.toMatch(/\bIncorrectDB\b|\bDBInstance\b|\bLockMode\b/);
  await expect(top.locator('.pagefind-ui__result-tag:visible')).toHaveText([/^Messages: /]);
  await page.goto('/search/?q=DBInstanceLockMode');
  const onSearchPage = page.locator('#search-page .pagefind-ui__result').first();
  await expect(onSearchPage.locator('a').first()).toHaveAttribute('href', /\/errors\/IncorrectDBInstanceLockMode\/?$/);
  await expect(onSearchPage.locator('.pagefind-ui__result-tag:visible')).toHaveText([/^Messages: /]);
});

test('the search dialog offers HTTP status and category filters', async ({ page }) => {
  const backup = new Set(
    entries.filter((entry) => entry.guidance.category === 'backup').map((entry) => errorUrl(entry.page)),
  );
  const isBackupPage = (href: string) => backup.has(href.replace(/#.*$/, ''));
  await page.goto('/errors/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('#starlight__search input').first().fill('state');
  const filters = page.locator('#starlight__search .pagefind-ui__filter-name');
  await expect(filters).toHaveText(['Category', 'Status']);
  const links = page.locator('#starlight__search .pagefind-ui__result-title a');
  const hrefs = () => links.evaluateAll((elements) => elements.map((element) => element.getAttribute('href') ?? ''));
  // Unfiltered, "state" finds pages of several categories (instance state, backup sets, …).
  await expect.poll(async () => (await hrefs()).some((href) => !isBackupPage(href))).toBe(true);
  await page.locator('#starlight__search .pagefind-ui__filter-name', { hasText: 'Category' }).click();
  await page.locator('#starlight__search label', { hasText: 'Backup & restore' }).click();
  await expect
    .poll(async () => {
      const shown = await hrefs();
      return shown.length > 0 && shown.every(isBackupPage);
    })
    .toBe(true);
});

test('/search/?q= opens the results for that text', async ({ page }) => {
  // A code's tail across its dot finds that code, not its siblings (InvalidSecurityIPList.Malformed, .Duplicate, …).
  await page.goto('/search/?q=SecurityIPList.Format');
  const first = page.locator('#search-page .pagefind-ui__result').first();
  await expect(first.locator('a').first()).toHaveAttribute('href', /\/errors\/InvalidSecurityIPList\.Format\/?$/);
});

test('a search that finds nothing points to the lookup, in the dialog and on /search/', async ({ page }) => {
  const pointsToLookup = /No page matches .*wombatfrog.*paste it into the lookup at \/lookup\//i;
  await page.goto('/search/?q=wombatfrog');
  await expect(page.locator('#search-page .pagefind-ui__message')).toHaveText(pointsToLookup);
  await searchFor(page, 'wombatfrog');
  await expect(page.locator('#starlight__search .pagefind-ui__message')).toHaveText(pointsToLookup);
});
