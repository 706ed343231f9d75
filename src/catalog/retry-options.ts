import { z } from 'zod';
import type { ErrorEntry } from './schema.ts';
import type { RetryId } from './taxonomy.ts';

/**
 * `/retry-options.json`: each code's retry class as retry options in the shape Alibaba's Darabonba runtime reads
 * (`RetryOptions` of alibabacloud-go/tea `dara/retry.go` and `@darabonba/typescript` `src/retry.ts`, which the
 * current Go, Python, TypeScript and Java SDK clients take as `Config.retryOptions`). The runtime compares a
 * response's `Code` with each condition's `errorCode` list, exactly and case-sensitively: no-retry conditions first,
 * then retry conditions; a code in neither list is not retried.
 */

/** A backoff policy: the runtime's exponential policies wait up to min(cap, 2^(retries × period)) milliseconds. */
const backoffSchema = z.object({
  policy: z
    .literal('ExponentialWithFullJitter')
    .describe('A random wait between 0 and min(cap, 2^(retries × period)) ms (dara FullJitterBackoffPolicy).'),
  period: z.number().int().positive().describe('Exponent per retry: 10 makes the first ceiling 2^10 ms ≈ 1 s.'),
  cap: z.number().int().positive().describe('Longest wait, in milliseconds.'),
});

const conditionSchema = z.object({
  exception: z
    .array(z.string())
    .describe('Exception names; always present, because the TypeScript runtime calls includes() on it.'),
  errorCode: z.array(z.string()).describe('Error codes, exactly as the API returns them (aliases included).'),
});

export const retryOptionsSchema = z
  .object({
    $comment: z.string(),
    retryable: z.literal(true),
    retryCondition: z
      .array(
        conditionSchema.extend({
          maxAttempts: z
            .number()
            .int()
            .positive()
            .describe('Attempts in all, the first included: the runtime retries while attempts made < maxAttempts.'),
          backoff: backoffSchema,
          maxDelay: z.number().int().positive().describe('Longest wait before a retry, in milliseconds.'),
        }),
      )
      .describe('Codes of retry class backoff: transient, retried with exponential backoff and full jitter.'),
    noRetryCondition: z
      .array(conditionSchema)
      .describe('Codes of retry class never and after-change: the same request fails again.'),
    afterWait: z
      .object({ errorCode: z.array(z.string()), advice: z.string() })
      .describe(
        'Codes of retry class after-wait, for your own code: the runtime does not retry them (they are in neither list); poll the state the code page names, then send the request again. Ignored by the SDKs.',
      ),
  })
  .describe('Retry options for Alibaba Cloud SDK clients, by error code');

export type RetryOptionsExport = z.infer<typeof retryOptionsSchema>;

/**
 * Four attempts in all; the wait before attempt k + 1 is random up to min(20 s, 2^(10k) ms): up to 1 s, then up to
 * 20 s twice (dara's FullJitterBackoffPolicy, retriesAttempted = k).
 */
export const BACKOFF = { maxAttempts: 4, period: 10, cap: 20_000 } as const;

/** The codes (and their aliases, the other spellings responses may carry) of the given retry classes, sorted. */
function codesOf(entries: readonly ErrorEntry[], classes: readonly RetryId[]): string[] {
  return entries
    .filter((entry) => classes.includes(entry.guidance.retry))
    .flatMap((entry) => [entry.code, ...entry.aliases])
    .sort();
}

export function toRetryOptions(entries: readonly ErrorEntry[], productName: string): RetryOptionsExport {
  return {
    $comment: `Retry options for ${productName} API errors, generated from each code page's retry class. Load it as the Darabonba runtime's RetryOptions (Config.retryOptions); see /guides/handling-errors/.`,
    retryable: true,
    retryCondition: [
      {
        exception: [],
        errorCode: codesOf(entries, ['backoff']),
        maxAttempts: BACKOFF.maxAttempts,
        backoff: { policy: 'ExponentialWithFullJitter', period: BACKOFF.period, cap: BACKOFF.cap },
        maxDelay: BACKOFF.cap,
      },
    ],
    noRetryCondition: [{ exception: [], errorCode: codesOf(entries, ['never', 'after-change']) }],
    afterWait: {
      errorCode: codesOf(entries, ['after-wait']),
      advice:
        'Not retried by the SDK. Poll the describe call the code page names until the blocking state clears, then send the request again.',
    },
  };
}
