import * as $dara from '@darabonba/typescript';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogEntries } from '../../src/catalog/files.ts';
import { retryOptionsSchema, toRetryOptions } from '../../src/catalog/retry-options.ts';
import { ROOT } from './helpers.ts';

/** `/retry-options.json` against its documented shape, every page's retry class, and Alibaba's own runtime. */
const entries = readCatalogEntries(ROOT);
const options = toRetryOptions(entries, 'ApsaraDB for MongoDB');

/** What the Darabonba runtime decides after `attempts` failed attempts with `code`, as its clients call it. */
function runtimeRetries(code: string, attempts: number): { retry: boolean; delay: number } {
  const runtime = new $dara.RetryOptions(JSON.parse(JSON.stringify(options)));
  const exception = Object.assign(new $dara.BaseError({ code, message: 'test' }), { retryAfter: undefined });
  const context = new $dara.RetryPolicyContext({ retriesAttempted: attempts, exception });
  const retry = $dara.shouldRetry(runtime, context);
  return { retry, delay: retry ? $dara.getBackoffDelay(runtime, context) : 0 };
}

describe('/retry-options.json', () => {
  it('has the documented shape', () => {
    expect(retryOptionsSchema.safeParse(options).success).toBe(true);
  });

  it('lists every code (and its other spellings) under its page’s retry class, and only there', () => {
    const [retried] = options.retryCondition;
    const [refused] = options.noRetryCondition;
    for (const entry of entries) {
      for (const code of [entry.code, ...entry.aliases]) {
        const lists = {
          backoff: retried?.errorCode.includes(code),
          refused: refused?.errorCode.includes(code),
          afterWait: options.afterWait.errorCode.includes(code),
        };
        const expected = {
          backoff: entry.guidance.retry === 'backoff',
          refused: entry.guidance.retry === 'never' || entry.guidance.retry === 'after-change',
          afterWait: entry.guidance.retry === 'after-wait',
        };
        expect(lists, `${code} (${entry.guidance.retry})`).toEqual(expected);
      }
    }
  });

  it('makes Alibaba’s runtime retry a backoff code three times with a growing, capped wait', () => {
    const code = entries.find((entry) => entry.guidance.retry === 'backoff')?.code ?? '';
    const waits = [1, 2, 3].map((attempts) => runtimeRetries(code, attempts));
    expect(waits.every(({ retry }) => retry)).toBe(true);
    expect(waits[0]?.delay).toBeLessThan(1024);
    for (const { delay } of waits) expect(delay).toBeLessThanOrEqual(20_000);
    expect(runtimeRetries(code, 4).retry).toBe(false);
  });

  it('makes the runtime stop at once on never, after-change and after-wait codes', () => {
    for (const retry of ['never', 'after-change', 'after-wait'] as const) {
      const code = entries.find((entry) => entry.guidance.retry === retry)?.code ?? '';
      expect(runtimeRetries(code, 1).retry, `${code} (${retry})`).toBe(false);
    }
    // Codes compare exactly: another letter case is another code.
    expect(runtimeRetries('SERVICEUNAVAILABLE', 1).retry).toBe(false);
  });

  it('is loaded in the handling guide exactly as the type-checked snippet does it', () => {
    const guide = readFileSync(path.join(ROOT, 'content/docs/guides/handling-errors.mdx'), 'utf8');
    const snippet = readFileSync(path.join(ROOT, 'test/snippets/retry-options-client.ts'), 'utf8');
    expect(guide).toContain(`\`\`\`ts\n${snippet}\`\`\``);
  });
});
