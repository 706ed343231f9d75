import { beforeAll, describe, expect, it } from 'vitest';
import { lookupHeadline, resolveErrorText, type LookupCatalog, type LookupHeadline } from '../../src/lookup/index.ts';
import { realCatalog } from './helpers.ts';

let catalog: LookupCatalog;
beforeAll(() => {
  catalog = realCatalog();
});

/** The headline of what the lookup shows for `text`, with the number of candidates it lists. */
function headlineOf(text: string): LookupHeadline & { count: number } {
  const result = resolveErrorText(text, catalog);
  if (result.kind !== 'candidates' && result.kind !== 'unknown-code') throw new Error(`${text}: ${result.kind}`);
  return { ...lookupHeadline(result), count: result.candidates.length };
}

describe('the words above a lookup’s candidates say how many there are and why', () => {
  it('a misspelt code with one close code: not “more than one code”, but “did you mean”', () => {
    const headline = headlineOf('Error: SDK.ServerError\nErrorCode: InvalidInstanceId.NotFoud\nRequestId: ABC');
    expect(headline).toEqual({
      count: 1,
      lead: '“InvalidInstanceId.NotFoud” is not a code in this reference.',
      listIntro: 'Did you mean:',
    });
  });

  it('a misspelt code close to several codes', () => {
    const headline = headlineOf('InvalidEndTime');
    expect(headline.count).toBeGreaterThan(1);
    expect(headline).toMatchObject({
      lead: '“InvalidEndTime” is not a code in this reference.',
      listIntro: 'Did you mean one of these? The likeliest first:',
    });
  });

  it('text that several codes’ messages fit', () => {
    const headline = headlineOf('Specified preferred backup time is not valid.');
    expect(headline.count).toBeGreaterThan(1);
    expect(headline).toMatchObject({ lead: 'More than one code fits this text.', listIntro: 'The likeliest first:' });
  });

  it('an unknown code: not in Alibaba’s published lists for the product, with close spellings only', () => {
    // Codes that only share words (InvalidInstanceId.NotFound for InvalidFoo.NotFound) are not offered any more.
    expect(headlineOf('InvalidFoo.NotFound')).toEqual({
      count: 0,
      lead: '“InvalidFoo.NotFound” is not in Alibaba’s published lists of API error codes for ApsaraDB for MongoDB.',
    });
    const near = headlineOf('InvalidSecurityIPList.QuotaExceded.Now');
    expect(near.count).toBeGreaterThan(0);
    expect(near.lead).toMatch(/is not in Alibaba’s published lists of API error codes for ApsaraDB for MongoDB\.$/);
    expect(near.listIntro).toMatch(/^(A code|Codes) spelled closely alike:$/);
    const far = headlineOf('{"Code":"Zzzz.Qqqq"}');
    expect(far).toEqual({
      count: 0,
      lead: '“Zzzz.Qqqq” is not in Alibaba’s published lists of API error codes for ApsaraDB for MongoDB.',
    });
  });

  it('a code in a third letter case fits both codes that differ only in case', () => {
    expect(headlineOf('invaliddbinstanceid.notfound')).toEqual({
      count: 2,
      lead: '“invaliddbinstanceid.notfound” fits 2 codes that differ only in letter case.',
      listIntro: 'Which one is it?',
    });
  });

  it('text that matches nothing has no list to introduce', () => {
    expect(headlineOf('zzzz qqqq')).toEqual({ count: 0, lead: 'No code matches this text exactly.' });
  });

  it('every count reads right: one candidate is never “codes”, several never “this one”', () => {
    for (const text of [
      'backup',
      'not valid',
      'Specified',
      'instance',
      'does not support',
      'QuotaExced',
      'InternalEror',
      'Foo.Bar',
      'locked',
    ]) {
      const { count, listIntro } = headlineOf(text);
      if (count === 0) expect(listIntro, text).toBeUndefined();
      else if (count === 1) expect(listIntro, text).not.toMatch(/codes|these|likeliest/);
      else expect(listIntro, text).not.toMatch(/this one|closest code:|closest one/);
    }
  });
});
