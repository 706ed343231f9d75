import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { camelCaseWords } from '../../src/text/camel-case.ts';

describe('camelCaseWords', () => {
  it('splits a segment into its camel-case words, keeping acronyms and numbers whole', () => {
    expect(camelCaseWords('InvalidBackupSetID')).toEqual(['Invalid', 'Backup', 'Set', 'ID']);
    expect(camelCaseWords('IncorrectDBInstanceState')).toEqual(['Incorrect', 'DB', 'Instance', 'State']);
    // Digits belong to the word they are written in (before this splitter was shared, the search keys' own
    // splitter made `1569` a word of its own: ['Allocate', 'Vpc', 'Ip', '1569']).
    expect(camelCaseWords('AllocateVpcIp1569')).toEqual(['Allocate', 'Vpc', 'Ip1569']);
  });

  it('keeps digits in the word they are written in; a capital after them starts the next word', () => {
    expect(camelCaseWords('Sha256Digest')).toEqual(['Sha256', 'Digest']);
    expect(camelCaseWords('Http2Server')).toEqual(['Http2', 'Server']);
    expect(camelCaseWords('dds.mongo.4xlarge')).toEqual(['dds', 'mongo', '4xlarge']);
    expect(camelCaseWords('2FA')).toEqual(['2', 'FA']);
  });

  it('separates words at anything but ASCII letters and digits', () => {
    expect(camelCaseWords('Forbidden.RAM')).toEqual(['Forbidden', 'RAM']);
    expect(camelCaseWords("doesn't support RAM.")).toEqual(['doesn', 't', 'support', 'RAM']);
    expect(camelCaseWords('Zürich_IPList')).toEqual(['Z', 'rich', 'IP', 'List']);
    expect(camelCaseWords('')).toEqual([]);
    expect(camelCaseWords(' .-')).toEqual([]);
  });

  it('keeps every letter and digit, in order, and nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aZ9 .Bc1DE_fG') }), (text) => {
        const words = camelCaseWords(text);
        expect(words.join('')).toBe(text.replace(/[^A-Za-z0-9]/g, ''));
        for (const word of words) expect(word).toMatch(/^[A-Za-z0-9]+$/);
      }),
    );
  });
});
