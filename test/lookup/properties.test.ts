import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveErrorText, type LookupEntry, type LookupResult } from '../../src/lookup/index.ts';
import { realEntries } from './helpers.ts';
import * as s from './samples.ts';

let catalog: readonly LookupEntry[];
beforeAll(() => {
  catalog = realEntries();
  resolveErrorText(s.goTeaSdkError, catalog); // warm up (index build, JIT)
});

const URL_SHAPE = /^\/errors\/[A-Za-z0-9.]+\/(#message-\d+)?$/;
/** Per call, for inputs of a few KB (generous: a loaded CI machine). */
const SMALL_INPUT_BUDGET_MS = 50;
/** Per call, for 1 MB inputs. */
const HUGE_INPUT_BUDGET_MS = 100;

function urlsOf(result: LookupResult): string[] {
  if (result.kind === 'match') return [result.url];
  if (result.kind === 'candidates' || result.kind === 'unknown-code')
    return result.candidates.map((candidate) => candidate.url);
  return [];
}

function checkResult(result: LookupResult): void {
  expect(['match', 'candidates', 'unknown-code', 'empty']).toContain(result.kind);
  for (const url of urlsOf(result)) expect(url).toMatch(URL_SHAPE);
  if (result.kind === 'candidates' || result.kind === 'unknown-code') {
    const codes = result.candidates.map((candidate) => candidate.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeLessThanOrEqual(8);
    for (const candidate of result.candidates) expect(candidate.score).toBeGreaterThanOrEqual(0);
  }
}

function timed(text: string): { result: LookupResult; ms: number } {
  const start = performance.now();
  const result = resolveErrorText(text, catalog);
  return { result, ms: performance.now() - start };
}

/** Fastest of three runs, so one GC pause does not fail the test. */
function bestOfThree(text: string): { result: LookupResult; ms: number } {
  const runs = [timed(text), timed(text), timed(text)];
  return runs.reduce((best, run) => (run.ms < best.ms ? run : best));
}

const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)); // lone surrogates too
const fragments = [
  ...Object.values(s).filter((value): value is string => typeof value === 'string'),
  ...Object.values(s.recommendUrls),
  '\\',
  '\\\\',
  '\\"',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '\n',
  '│ ',
  '╷',
  '╵',
  '\u001b[31m',
  '[0m',
  'code: 400, ',
  'HTTP Status: 404 Error:',
  'request id: ',
  'RequestID: ',
  'Resource ',
  ' Failed!!!',
  'Error: ',
  '"Code":"',
  '"Message":"',
  "'Message': '",
  'ErrorCode: ',
  'Message: ',
  'https://api.aliyun.com/troubleshoot?q=',
  '&product=',
  '\\u0026',
  'InvalidParameter',
  'Forbbiden.SubUser',
  'The specified parameter "X" is not valid.',
];
const fragmentSoup = fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => parts.join(''));

describe('resolveErrorText properties', () => {
  it('never throws, and returns well-formed results for arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'grapheme' }),
          fc.string({ unit: anyUnit }),
        ),
        (text) => {
          checkResult(resolveErrorText(text, catalog));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on mixtures of the real formats, and stays fast', () => {
    fc.assert(
      fc.property(fragmentSoup, (text) => {
        const { result, ms } = timed(text);
        checkResult(result);
        expect(ms).toBeLessThan(SMALL_INPUT_BUDGET_MS);
      }),
      { numRuns: 500 },
    );
  });

  it('stays fast on arbitrary strings of up to 20,000 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyUnit, maxLength: 20_000 }), (text) => {
        const { result, ms } = timed(text);
        checkResult(result);
        expect(ms).toBeLessThan(SMALL_INPUT_BUDGET_MS);
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fragmentSoup, (text) => {
        expect(resolveErrorText(text, catalog)).toEqual(resolveErrorText(text, catalog));
      }),
      { numRuns: 100 },
    );
  });

  it('never throws for non-string input from untyped callers', () => {
    for (const value of [undefined, null, 42, {}, []]) {
      expect(() => resolveErrorText(value as unknown as string, catalog)).not.toThrow();
    }
  });
});

describe('1 MB pastes return in well under 100 ms', () => {
  const MB = 1024 * 1024;
  const randomText = (() => {
    let seed = 42;
    const chars: string[] = [];
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;"\'{}[]\\/\n\t-_=&?│╷╵\u001b';
    for (let i = 0; i < MB; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      chars.push(alphabet.charAt(seed % alphabet.length));
    }
    return chars.join('');
  })();
  const repeat = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const cases: Record<string, string> = {
    'random text': randomText,
    'a × 1e6': 'a'.repeat(1_000_000),
    'repeated JSON bodies': repeat(s.rawJsonBody + '\n'),
    'backslashes and quotes': repeat('"\\\\\\\\\\\\'),
    'deep brackets': repeat('{{{{[[[['),
    'repeated Tea messages': repeat('code: 400, '),
    'repeated unterminated JSON strings': repeat('"Message":"'),
    'repeated Terraform resources': repeat('Resource x '),
    'capital letters': 'A'.repeat(MB),
    'white space then an error': ' '.repeat(MB) + s.goClassic,
    'a huge single line of escapes': repeat('\\u0026\\n\\"'),
    'a long run of dots': repeat('.') + 'x',
  };

  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      const { result, ms } = bestOfThree(text);
      checkResult(result);
      expect(ms).toBeLessThan(HUGE_INPUT_BUDGET_MS);
    });
  }

  it('a real error at the start of a 1 MB paste is still found', () => {
    const { result } = bestOfThree(s.goClassic + '\n' + randomText);
    expect(result).toMatchObject({ kind: 'match', code: 'QuotaExceed' });
  });
});
