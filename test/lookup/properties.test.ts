import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveErrorText, type LookupCatalog, type LookupResult } from '../../src/lookup/index.ts';
import { realCatalog } from './helpers.ts';
import { anyUnit, fragmentSoup, hugePastes } from './generated-pastes.ts';
import * as s from './samples.ts';

let catalog: LookupCatalog;
beforeAll(() => {
  catalog = realCatalog();
  resolveErrorText(s.goTeaSdkError, catalog); // warm up (index build, JIT)
});

const URL_SHAPE = /^\/errors\/[A-Za-z0-9._]+\/(#message-\d+)?$/;

function urlsOf(result: LookupResult): string[] {
  if (result.kind === 'match') return [result.url];
  if (result.kind === 'candidates' || result.kind === 'unknown-code')
    return result.candidates.map((candidate) => candidate.url);
  return [];
}

const TROUBLESHOOT_SHAPE =
  /^https:\/\/api\.aliyun\.com\/troubleshoot\?q=[A-Za-z0-9._]+&product=[A-Za-z0-9-]+(&requestId=[A-Za-z0-9-]+)?$/;

function checkResult(result: LookupResult): void {
  expect(['match', 'candidates', 'unknown-code', 'other-product', 'other-cloud', 'empty']).toContain(result.kind);
  for (const url of urlsOf(result)) expect(url).toMatch(URL_SHAPE);
  if (result.kind === 'unknown-code' || result.kind === 'other-product') {
    if (result.troubleshootUrl !== undefined) expect(result.troubleshootUrl).toMatch(TROUBLESHOOT_SHAPE);
  }
  if (result.kind === 'candidates' || result.kind === 'unknown-code') {
    const codes = result.candidates.map((candidate) => candidate.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeLessThanOrEqual(8);
    for (const candidate of result.candidates) expect(candidate.score).toBeGreaterThanOrEqual(0);
  }
}

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

  it('never throws on mixtures of the real formats', () => {
    fc.assert(
      fc.property(fragmentSoup, (text) => {
        checkResult(resolveErrorText(text, catalog));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary strings of up to 20,000 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyUnit, maxLength: 20_000 }), (text) => {
        checkResult(resolveErrorText(text, catalog));
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

// How fast these return is measured by `npm run bench` (scripts/bench-lookup.ts), against its budgets: a unit test
// on a shared machine cannot tell a slow resolver from a busy one.
describe('1 MB pastes give well-formed results', () => {
  const { cases, realErrorFirst } = hugePastes();

  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      checkResult(resolveErrorText(text, catalog));
    });
  }

  it('a real error at the start of a 1 MB paste is still found', () => {
    expect(resolveErrorText(realErrorFirst, catalog)).toMatchObject({ kind: 'match', code: 'QuotaExceed' });
  });
});
