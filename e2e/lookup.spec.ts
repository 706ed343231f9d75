import { expect, test, type Page } from '@playwright/test';
import { LAPTOP, PHONE, SHORT_DESKTOP, SMALL_PHONE, sizeName } from './viewports.ts';
import { accessDeniedLog } from '../test/lookup/samples.ts';

const lookup = (text: string) => `/lookup/?q=${encodeURIComponent(text)}`;

test.describe('lookup lands on the right page', () => {
  const cases: [string, string, RegExp][] = [
    [
      'Python classic SDK',
      'aliyunsdkcore.acs_exception.exceptions.ServerException: HTTP Status: 404 Error:InvalidInstanceId.NotFound The InstanceId provided does not exist in our records. RequestID: 5E4F-AB12-77',
      '/errors/InvalidInstanceId.NotFound/',
    ],
    [
      'Java Tea (status + message only)',
      'com.aliyun.tea.TeaException: code: 403, The input parameter OwnerId,OwnerAccount that is mandatory for processing this request is not supplied. request id: 0A1B-2C3D',
      '/errors/MissingParameter/',
    ],
    [
      'aliyun CLI with ANSI colours',
      '\u001b[31mERROR: SDK.ServerError\nErrorCode: Forbbiden.SubUser\nRecommend: https://api.aliyun.com/troubleshoot?q=Forbbiden.SubUser&product=Dds&requestId=77AA-01\nRequestId: 77AA-01\nMessage: The specified action is not available for you.\u001b[0m',
      '/errors/Forbbiden.SubUser/',
    ],
    ['corrected spelling', 'Forbidden.NotAdminUser', '/errors/Forbbiden.NotAdminUser/'],
    ['lower-case code', 'signaturenonceused', '/errors/SignatureNonceUsed/'],
  ].map(
    ([name, text, path]) =>
      [name, text, new RegExp(`${path.replace(/[.]/g, '\\.')}(\\?[^#]*)?(#message-\\d+)?$`)] as [
        string,
        string,
        RegExp,
      ],
  );

  for (const [name, text, expected] of cases) {
    test(name, async ({ page }) => {
      await page.goto(lookup(text));
      await expect(page).toHaveURL(expected);
      await expect(page.locator('h1')).not.toHaveText('Look up an error');
    });
  }
});

test('the code page shows what was read from the paste and selects the message', async ({ page }) => {
  await page.goto(
    lookup(
      'code: 403, The input parameter OwnerId,OwnerAccount that is mandatory for processing this request is not supplied. request id: 0A1B-2C3D',
    ),
  );
  await expect(page).toHaveURL(/\/errors\/MissingParameter\/\?.*#message-3$/);
  const panel = page.locator('[data-from-paste]');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('0A1B-2C3D');
  await expect(panel).toContainText('403');
});

test('a permission error’s AccessDeniedDetail is decoded beside the link to its page', async ({ page }) => {
  await page.goto(lookup(accessDeniedLog));
  await expect(page).toHaveURL(/\/lookup\//);
  const decoded = page.locator('.access-denied');
  await expect(decoded).toBeVisible();
  await expect(decoded).toContainText('RAM refused the action dds:DescribeDBInstanceAttribute.');
  await expect(decoded).toContainText('Implicit deny');
  await expect(decoded.locator('pre').first()).toContainText(
    '"Resource": "acs:dds:cn-hangzhou:1968132000120000:dbinstance/dds-bp1a2b3c4d5e6f7g"',
  );
  await expect(decoded).toContainText('aliyun ram DecodeDiagnosticMessage --EncodedDiagnosticMessage');
  const link = page.locator('.lookup-match a');
  await expect(link).toHaveAttribute('href', /^\/errors\/Forbidden\.RAM\/\?/);
  await link.click();
  await expect(page.locator('h1')).toHaveText('Forbidden.RAM');
});

test('the troubleshoot link’s parameters work when its host is swapped', async ({ page }) => {
  await page.goto('/lookup/?q=InvalidBackupSetID.NotFound&product=Dds&requestId=1F2E3D4C-AAAA');
  await expect(page).toHaveURL(/\/errors\/InvalidBackupSetID\.NotFound\/\?requestId=1F2E3D4C-AAAA&product=Dds$/);
  await expect(page.locator('[data-from-paste]')).toContainText('1F2E3D4C-AAAA');
});

test('an SDK’s error name alone says where the code is instead of guessing', async ({ page }) => {
  await page.goto(lookup('ERROR: SDK.ServerError'));
  const result = page.locator('.paste-result');
  await expect(result.locator('.lookup-hint')).toHaveText(
    /^SDK\.ServerError is how the Go SDK and the aliyun CLI label every error the API returns; the code is on the ErrorCode: line below it\./,
  );
  await expect(result.locator('.candidates li')).toHaveCount(0);
  await expect(result).not.toContainText('Read from your paste');
});

test('ambiguous text shows ranked candidates with reasons and full-text results', async ({ page }) => {
  await page.goto(lookup('Specified preferred backup time is not valid.'));
  const candidates = page.locator('.paste-result .candidates li');
  await expect(candidates.first()).toBeVisible();
  const codes = await candidates.locator('code').allTextContents();
  expect(codes.slice(0, 2).sort()).toEqual(['InvalidPreferredBackupTime', 'InvalidPreferredBackupTime.Format']);
  await expect(candidates.first().locator('.reason')).not.toBeEmpty();
  await expect(page.locator('.paste-result .full-text')).toBeVisible();
  const fullText = await page
    .locator('.paste-result .full-text a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  for (const code of codes) expect(fullText).not.toContain(`/errors/${code}/`);
});

test('a result replaced while its full-text results load gets none of them', async ({ page }) => {
  // Pagefind is held back until the second text's answer is shown, so the first text's full-text search ends after it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/pagefind.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/lookup/');
  const box = page.getByLabel('Paste an error, a code or a message');
  const result = page.locator('.paste-result');
  await box.fill('Specified preferred backup time is not valid.');
  await expect(result.locator('.candidates li').first()).toBeVisible();
  await box.fill('InvalidWidget.NotFound');
  await expect(result.locator('.lookup-unknown')).toBeVisible();
  release();
  await expect(result).toHaveAttribute('data-settled', '');
  await expect(result.locator('.full-text')).toHaveCount(1);
  await expect(result.getByRole('link', { name: 'All results for this text' })).toHaveAttribute(
    'href',
    `/search/?q=${encodeURIComponent('InvalidWidget.NotFound')}`,
  );
});

test('an unknown code says so plainly', async ({ page }) => {
  await page.goto(lookup('InvalidWidget.NotFound'));
  await expect(page.locator('.lookup-unknown')).toContainText('InvalidWidget.NotFound');
  await expect(page).toHaveURL(/\/lookup\//);
});

test('a misspelt code in a paste is named as not a code, with the one close code offered', async ({ page }) => {
  await page.goto(lookup('Error: SDK.ServerError\nErrorCode: InvalidInstanceId.NotFoud\nRequestId: 7C1D-22'));
  const result = page.locator('.paste-result');
  await expect(result.locator('.lookup-ambiguous')).toHaveText(
    '“InvalidInstanceId.NotFoud” is not a code in this reference. Did you mean:',
  );
  await expect(result.locator('.candidates li')).toHaveCount(1);
  await expect(result.locator('.candidates li a')).toHaveAttribute(
    'href',
    /^\/errors\/InvalidInstanceId\.NotFound\/\?requestId=7C1D-22/,
  );
  await expect(page).toHaveURL(/\/lookup\//);
});

/**
 * Opens a linked query and waits until its page is done: the answer and its full-text results are shown, and the box
 * has the focus (so autofocus, which scrolls the box into view, has nothing left to do). Before that the screen can
 * still move, and what a test reads there is not what the reader ends up seeing.
 */
async function openLinkedQuery(page: Page, text: string): Promise<void> {
  await page.goto(lookup(text));
  await expect(page.locator('.paste-result')).toHaveAttribute('data-settled', '');
  await expect(page.getByLabel('Paste an error, a code or a message')).toBeFocused();
}

test('on a phone, a linked query’s answer is on screen without scrolling', async ({ page }) => {
  for (const viewport of [PHONE, SMALL_PHONE]) {
    await page.setViewportSize(viewport);
    await openLinkedQuery(page, 'ErrorCode: InvalidInstanceId.NotFoud');
    await expect(page.locator('.paste-result .lookup-ambiguous'), sizeName(viewport)).toBeInViewport({ ratio: 1 });
    await expect(page.locator('.paste-result .candidates li').first(), sizeName(viewport)).toBeInViewport({ ratio: 1 });
  }
  // On a desktop screen the answer is in view where it is: the page does not scroll.
  await page.setViewportSize(SHORT_DESKTOP);
  await openLinkedQuery(page, 'ErrorCode: InvalidInstanceId.NotFoud');
  await expect(page.locator('.paste-result .candidates li').first()).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('on a phone, a linked query’s answer stays on screen when the first frame comes late', async ({ page }) => {
  // A busy phone may render its first frame only after the page's scripts have scrolled to the answer, and the box's
  // autofocus runs at that frame. Here a render-blocking script, answered once the answer is shown, holds it back.
  let release = () => {};
  let held = Promise.resolve();
  await page.route('/hold-first-frame.js', async (route) => {
    await held;
    await route.fulfill({ contentType: 'text/javascript', body: '' });
  });
  await page.route(/\/lookup\/\?q=/, async (route) => {
    const response = await route.fetch();
    const hold = '<script async blocking="render" src="/hold-first-frame.js"></script>';
    await route.fulfill({ response, body: (await response.text()).replace('<head>', `<head>${hold}`) });
  });
  for (const viewport of [PHONE, SMALL_PHONE]) {
    held = new Promise<void>((resolve) => (release = resolve));
    await page.setViewportSize(viewport);
    await page.goto(lookup('ErrorCode: InvalidInstanceId.NotFoud'), { waitUntil: 'commit' });
    await expect(page.locator('.paste-result')).toHaveAttribute('data-settled', '');
    release();
    await page.waitForLoadState('load');
    await expect(page.getByLabel('Paste an error, a code or a message')).toBeFocused();
    await expect(page.locator('.paste-result .lookup-ambiguous'), sizeName(viewport)).toBeInViewport({ ratio: 1 });
    await expect(page.locator('.paste-result .candidates li').first(), sizeName(viewport)).toBeInViewport({ ratio: 1 });
  }
});

test('hostile q is shown as text and never navigates off-site', async ({ page }) => {
  const hostile = '<img src=x onerror="document.title=\'pwned\'"> javascript:alert(1) https://evil.example/errors/X/';
  await page.goto(lookup(hostile));
  // Checked once the full-text results, which quote page text, are in as well.
  await expect(page.locator('.paste-result')).toHaveAttribute('data-settled', '');
  await expect(page.locator('.paste-result')).not.toBeEmpty();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/lookup\//);
  expect(await page.title()).not.toBe('pwned');
  await expect(page.locator('.paste-result img')).toHaveCount(0);
  await expect(page.locator('textarea')).toHaveValue(hostile);
});

test('the paste box on the home page opens the page of a pasted error', async ({ page }) => {
  await page.goto('/');
  const box = page.getByLabel('Paste an error, a code or a message');
  await box.focus();
  await page.evaluate(() => {
    const area = document.querySelector('textarea');
    if (!area) return;
    const data = new DataTransfer();
    data.setData(
      'text/plain',
      '{"RequestId":"9D8C","HostId":"mongodb.aliyuncs.com","Code":"QuotaNotEnough","Message":"Quota not enough in this zone."}',
    );
    area.value = data.getData('text/plain');
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect(page).toHaveURL(/\/errors\/QuotaNotEnough\/\?requestId=9D8C/);
});

test('the home page’s paste box is on the first screen, on a phone as on a desktop', async ({ page }) => {
  for (const viewport of [PHONE, SMALL_PHONE, SHORT_DESKTOP, LAPTOP]) {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expect(page.getByLabel('Paste an error, a code or a message'), sizeName(viewport)).toBeInViewport({
      ratio: 1,
    });
    await expect(page.getByRole('button', { name: 'Look up' }), sizeName(viewport)).toBeInViewport({ ratio: 1 });
  }
});

test('typing in the paste box shows the match as you type', async ({ page }) => {
  await page.goto('/lookup/');
  await page.getByLabel('Paste an error, a code or a message').fill('BackupJobExists');
  await expect(page.locator('.paste-result .lookup-match a')).toHaveAttribute('href', '/errors/BackupJobExists/');
});

test.describe('when the lookup fails, the page says so and offers the full-text search', () => {
  const failure = 'The lookup failed on this text; try the full-text search.';

  // An index of the wrong shape (entries without aliases or messages, as from a mismatched build) makes the resolver
  // throw while indexing the catalog: the page, not the resolver, catches it.
  test.beforeEach(async ({ page }) => {
    await page.route('**/lookup-index.json', (route) =>
      route.fulfill({
        json: {
          product: { code: 'Dds', name: 'ApsaraDB for MongoDB', hosts: [] },
          entries: [{ code: 'InvalidParameter' }],
        },
      }),
    );
  });

  test('a linked query', async ({ page }) => {
    await page.goto(lookup('InvalidParameter'));
    const message = page.locator('.paste-result .lookup-failed');
    await expect(message).toHaveText(failure);
    await expect(message.getByRole('link', { name: 'full-text search' })).toHaveAttribute(
      'href',
      '/search/?q=InvalidParameter',
    );
    await expect(page).toHaveURL(/\/lookup\/\?q=InvalidParameter$/);
    await expect(page.locator('h1')).toHaveText('Look up an error');
  });

  test('the paste box', async ({ page }) => {
    await page.goto('/lookup/');
    await page.getByLabel('Paste an error, a code or a message').fill('ErrorCode: QuotaExceed <b>x</b>');
    await page.getByRole('button', { name: 'Look up' }).click();
    const message = page.locator('.paste-result .lookup-failed');
    await expect(message).toHaveText(failure);
    await expect(message.locator('a')).toHaveAttribute(
      'href',
      `/search/?q=${encodeURIComponent('ErrorCode: QuotaExceed <b>x</b>')}`,
    );
    await expect(page.locator('.paste-result b')).toHaveCount(0);
    await expect(page).toHaveURL(/\/lookup\/$/);
  });

  test('the 404 page', async ({ page }) => {
    const response = await page.goto('/errors/invalidinstanceid.notfound');
    expect(response?.status()).toBe(404);
    await expect(page.locator('[data-not-found] .suggestions .lookup-failed')).toHaveText(failure);
    await expect(page).toHaveURL(/\/errors\/invalidinstanceid\.notfound$/);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.locator('[data-not-found] .resolving')).toBeHidden();
  });
});

test.describe('issue 18: the merged catalog, operations, other products and clouds', () => {
  test('a message from the API metadata lands on its code', async ({ page }) => {
    await page.goto(lookup('Error: code: 400, Trade not support async pay. request id: 3E4F-5A6B'));
    await expect(page).toHaveURL(/\/errors\/Trade_Not_Support_Async_Pay\/\?requestId=3E4F-5A6B&status=400$/);
    await expect(page.locator('h1')).toHaveText('Trade_Not_Support_Async_Pay');
  });

  test('the operation of a paste selects its row of “Returned by” and its message', async ({ page }) => {
    await page.goto(
      lookup(
        'Resource alicloud_mongodb_instance CreateDBInstance Failed!!! [SDK alibaba-cloud-sdk-go ERROR]:\nSDKError:\n   StatusCode: 400\n   Code: MissingParameter\n   Message: code: 400, request id: 4A5B-6C7D',
      ),
    );
    await expect(page).toHaveURL(/\/errors\/MissingParameter\/\?.*operation=CreateDBInstance.*#message-4$/);
    const row = page.locator('[data-returned-by] tr[data-operation="CreateDBInstance"]');
    await expect(row).toHaveAttribute('data-selected', '');
    await expect(row).toHaveAttribute('data-message-index', '4');
    await expect(page.locator('[data-returned-by] tr[data-selected]')).toHaveCount(1);
    await expect(page.locator('#message-4')).toHaveAttribute('data-selected', '');
    await expect(page.locator('#message-4')).toHaveAttribute('data-operations', /(^| )CreateDBInstance( |$)/);
  });

  test('?operation= alone selects the row and the message it returns', async ({ page }) => {
    await page.goto('/errors/MissingParameter/?operation=ModifyDBInstanceSpec');
    await expect(page.locator('[data-returned-by] tr[data-operation="ModifyDBInstanceSpec"]')).toHaveAttribute(
      'data-selected',
      '',
    );
    await expect(page.locator('#message-5')).toHaveAttribute('data-selected', '');
  });

  test('an unknown code says it is not in Alibaba’s lists and links Alibaba’s troubleshoot page', async ({ page }) => {
    await page.goto(lookup('{"Code":"InvalidWidget.Broken","RequestId":"8E9F-0A1B"}'));
    const result = page.locator('.paste-result');
    await expect(result.locator('.lookup-unknown')).toHaveText(
      '“InvalidWidget.Broken” is not in Alibaba’s published lists of API error codes for ApsaraDB for MongoDB.',
    );
    await expect(result.locator('.lookup-troubleshoot a')).toHaveAttribute(
      'href',
      'https://api.aliyun.com/troubleshoot?q=InvalidWidget.Broken&product=Dds&requestId=8E9F-0A1B',
    );
    await expect(result.locator('.candidates li')).toHaveCount(0);
    await expect(page).toHaveURL(/\/lookup\//);
  });

  test('another Alibaba Cloud product: its own code is named as such, a shared code lands with a note', async ({
    page,
  }) => {
    await page.goto(
      lookup(
        '{"RequestId":"2C3D-4E5F","HostId":"alidns.aliyuncs.com","Code":"DomainRecordDuplicate","Message":"The DNS record already exists."}',
      ),
    );
    const result = page.locator('.paste-result');
    await expect(result.locator('.lookup-other-product')).toHaveText(
      'This error came from Alidns, another Alibaba Cloud product. “DomainRecordDuplicate” is not an error code of ApsaraDB for MongoDB, so no page here describes it.',
    );
    await expect(result.locator('.lookup-troubleshoot a')).toHaveAttribute(
      'href',
      'https://api.aliyun.com/troubleshoot?q=DomainRecordDuplicate&product=Alidns&requestId=2C3D-4E5F',
    );
    await expect(result.locator('.candidates')).toHaveCount(0);
    await expect(result.locator('.full-text')).toHaveCount(0);
    await expect(result).toHaveAttribute('data-settled', '');

    await page.goto('/lookup/');
    await page
      .getByLabel('Paste an error, a code or a message')
      .fill('{"HostId":"ecs.aliyuncs.com","Code":"MissingParameter"}');
    await expect(result.locator('.lookup-match a')).toHaveAttribute(
      'href',
      /^\/errors\/MissingParameter\/\?host=ecs\.aliyuncs\.com$/,
    );
    await expect(result.locator('.lookup-note')).toHaveText(
      'This error came from Ecs, another Alibaba Cloud product (its endpoint is ecs.aliyuncs.com); the page describes MissingParameter as ApsaraDB for MongoDB returns it.',
    );
  });

  test('another cloud is named, with no page and no candidates', async ({ page }) => {
    await page.goto(
      lookup(
        'botocore.exceptions.ClientError: An error occurred (Throttling) when calling the DescribeInstances operation (reached max retries: 4): Rate exceeded',
      ),
    );
    const result = page.locator('.paste-result');
    await expect(result.locator('.lookup-other-cloud')).toHaveText(
      '“Throttling” comes from AWS, not Alibaba Cloud: this reference covers ApsaraDB for MongoDB API errors only, so no page here describes it.',
    );
    await expect(result.locator('.candidates')).toHaveCount(0);
    await expect(result.locator('.full-text')).toHaveCount(0);
    await expect(result.locator('a')).toHaveCount(0);
    await expect(result).toHaveAttribute('data-settled', '');
    await expect(page).toHaveURL(/\/lookup\//);
  });
});
