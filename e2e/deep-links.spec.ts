import { expect, test } from '@playwright/test';
import { DESKTOP, PHONE, sizeName } from './viewports.ts';

test('a lower-case URL reaches the canonical page', async ({ page }) => {
  await page.goto('/errors/invalidinstanceid.notfound');
  await expect(page).toHaveURL(/\/errors\/InvalidInstanceId\.NotFound\/$/);
  await expect(page.locator('h1')).toHaveText('InvalidInstanceId.NotFound');
});

test('a corrected spelling reaches the canonical page, keeping the hash', async ({ page }) => {
  await page.goto('/errors/Forbidden.SubUser#message-1');
  await expect(page).toHaveURL(/\/errors\/Forbbiden\.SubUser\/#message-1$/);
});

test('a mixed-case alias without the slash is resolved too', async ({ page }) => {
  await page.goto('/errors/FORBIDDEN.NOTSUPPORTRAM');
  await expect(page).toHaveURL(/\/errors\/Forbedden\.NotSupportRAM\/$/);
});

test('#message-n and ?message= select the message', async ({ page }) => {
  await page.goto(
    '/errors/MissingParameter/?message=The%20input%20parameter%20OwnerId%2COwnerAccount%20that%20is%20mandatory',
  );
  await expect(page.locator('#message-3')).toHaveAttribute('data-selected', '');
  await expect(page.locator('#message-1')).not.toHaveAttribute('data-selected', '');
  await page.goto('/errors/MissingParameter/#message-2');
  await expect(page.locator('#message-2')).toBeInViewport();
});

test('the details a lookup passes along do not move the message the link selects', async ({ page }) => {
  // The details appear above the messages when the page's script has run, by which time the browser may have scrolled
  // to the selected message.
  const context = 'status=403&requestId=0A1B-2C3D';
  const message = `message=${encodeURIComponent('The input parameter OwnerId,OwnerAccount that is mandatory')}`;
  const selected = page.locator('#message-3');
  const top = () => selected.evaluate((item) => item.getBoundingClientRect().top);
  for (const viewport of [PHONE, DESKTOP]) {
    await page.setViewportSize(viewport);
    for (const [alone, withContext] of [
      ['#message-3', `?${context}#message-3`],
      [`?${message}`, `?${message}&${context}`],
    ]) {
      await page.goto(`/errors/MissingParameter/${alone}`);
      if (alone.startsWith('?')) await expect(selected).toHaveAttribute('data-selected', '');
      await expect(selected).toBeInViewport({ ratio: 1 });
      const expected = await top();
      await page.goto(`/errors/MissingParameter/${withContext}`);
      await expect(page.locator('[data-from-paste]')).toBeVisible();
      if (alone.startsWith('?')) await expect(selected).toHaveAttribute('data-selected', '');
      expect(Math.abs((await top()) - expected), `${sizeName(viewport)} ${withContext}`).toBeLessThanOrEqual(1);
    }
  }
});

test('an unknown path under /errors/ offers the closest codes', async ({ page }) => {
  const response = await page.goto('/errors/InvalidInstanceIdd.NotFoundd.Extra');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('.code-columns a').first()).toBeVisible();
});

test('an SDK’s error name in the path is explained on the 404 page', async ({ page }) => {
  await page.goto('/errors/SDK.ServerError/');
  await expect(page.locator('[data-not-found] .suggestions')).toContainText(
    'No page for “SDK.ServerError”. SDK.ServerError is how the Go SDK',
  );
});

test('without JavaScript the 404 page lists the codes as links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/errors/invalidinstanceid.notfound');
  await expect(page.locator('.code-columns a[href="/errors/InvalidInstanceId.NotFound/"]')).toBeVisible();
  await context.close();
});

test('a hostile path is shown as text and never navigates off-site', async ({ page }) => {
  await page.goto('/errors/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('[data-not-found] img')).toHaveCount(0);
  await page.goto('/errors/javascript:alert(1)');
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/errors\//);
});
