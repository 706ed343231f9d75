import { expect, test } from '@playwright/test';
import * as samples from '../test/lookup/samples.ts';

/**
 * Every output format of shared/reference/error-output-formats.md (the same samples as the resolver's unit tests),
 * pasted into the lookup page in Chromium, must land on the code the text names.
 */
const FORMATS: [string, string, string][] = [
  ['raw JSON body', samples.rawJsonBody, 'InvalidInstanceId.NotFound'],
  ['JSON with escaped quotes', samples.jsonWithEscapedQuotes, 'InvalidToken.Malformed'],
  ['JSON copied out of a log string', samples.escapedJsonBody, 'Forbidden.RiskControl'],
  ['Python classic traceback', samples.pythonClassicTraceback, 'InvalidInstanceId.NotFound'],
  ['Python classic client log line', samples.pythonClassicLogLine, 'IncorrectDBInstanceState'],
  ['Python ClientException', samples.pythonClientExceptionKnown, 'InvalidZoneId.NotFound'],
  ['Tea Python with a dict repr', samples.teaPythonApostrophe, 'Forbidden.RAM'],
  ['Tea Python, other parameter name', samples.teaPythonOtherParameter, 'InvalidParameter'],
  ['Go Tea SDKError', samples.goTeaSdkError, 'MissingParameter'],
  ['Java Tea (no code in the text)', samples.javaTea, 'MissingParameter'],
  ['TypeScript Tea', samples.typescriptTea, 'InvalidBackupSetID.NotFound'],
  ['Darabonba ThrottlingError', samples.darabonbaTea, 'ServiceUnavailable'],
  ['Go classic SDK.ServerError', samples.goClassic, 'QuotaExceed'],
  ['Go classic with RespHeaders', samples.goClassicWithHeaders, 'InvalidSecurityIPList.Format'],
  ['aliyun CLI with ANSI colours', samples.aliyunCli, 'Forbbiden.SubUser'],
  ['Terraform diagnostic with ANSI', samples.terraform, 'InvalidParameter'],
  ['Terraform diagnostic, plain', samples.terraformPlain, 'Zone.NotSupport'],
  ['structured log with embedded error', samples.structuredLog, 'InvalidEndTime.Format'],
  ['log nested two levels deep', samples.nestedLog, 'InvalidToken.Malformed'],
  ['Recommend link (api.aliyun.com)', samples.recommendUrls.aliyun, 'InvalidRegion.NotFound'],
  ['Recommend link (api.alibabacloud.com)', samples.recommendUrls.alibabacloud, 'QuotaNotEnough'],
  ['Recommend link (next.api.aliyun.com)', samples.recommendUrls.next, 'Forbedden.NotSupportRAM'],
  ['error-center link', samples.recommendUrls.errorCenter, 'ServiceUnavailable'],
];

for (const [name, text, code] of FORMATS) {
  test(`${name} → ${code}`, async ({ page }) => {
    await page.goto('/lookup/');
    await page.getByLabel('Paste an error, a code or a message').fill(text);
    await page.getByRole('button', { name: 'Look up' }).click();
    const pageOfCode = new RegExp(`/errors/${code.replace(/\./g, '\\.')}/(\\?[^#]*)?(#message-\\d+)?$`);
    if (text.includes('AccessDeniedDetail')) {
      // A RAM denial is decoded on the lookup page, beside the link to the code's page.
      await expect(page.locator('.access-denied')).toBeVisible();
      await page.locator('.lookup-match a').click();
    }
    await expect(page).toHaveURL(pageOfCode);
  });
}
