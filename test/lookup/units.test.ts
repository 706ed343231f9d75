import { describe, expect, it } from 'vitest';
import { unescapeLevels, unescapeOnce } from '../../src/lookup/clean.ts';
import { boundedEditDistance, MAX_EDIT_LENGTH, typoAllowance } from '../../src/lookup/distance.ts';
import { looksLikeCode, messageKey, messageKeys, words } from '../../src/lookup/text.ts';

describe('boundedEditDistance', () => {
  it('counts insertions, deletions, substitutions and neighbour transpositions', () => {
    expect(boundedEditDistance('notfound', 'notfound', 2)).toBe(0);
    expect(boundedEditDistance('notfuond', 'notfound', 2)).toBe(1);
    expect(boundedEditDistance('notfoun', 'notfound', 2)).toBe(1);
    expect(boundedEditDistance('notfoxnd', 'notfound', 2)).toBe(1);
    expect(boundedEditDistance('ab', 'ba', 1)).toBe(1);
  });

  it('stops at the bound and refuses over-long strings', () => {
    expect(boundedEditDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcd', 2)).toBe(3);
    const long = 'a'.repeat(MAX_EDIT_LENGTH + 1);
    expect(boundedEditDistance(long, long, 2)).toBe(3);
  });

  it('allows more edits for longer codes', () => {
    expect([typoAllowance(4), typoAllowance(8), typoAllowance(20)]).toEqual([0, 1, 2]);
  });
});

/** The paste cleaned (line endings, colours, Terraform frame): the first of its unescaping levels. */
const cleaned = (text: string): string => unescapeLevels(text)[0] ?? '';

describe('cleaning', () => {
  it('removes colour codes, with or without the ESC character', () => {
    expect(cleaned('\u001b[1;31mERROR\u001b[0m: x')).toBe('ERROR: x');
    expect(cleaned('[31mERROR[0m ^[[1mx␛[0m')).toBe('ERROR x');
    expect(cleaned('[ERROR] keep [this]')).toBe('[ERROR] keep [this]');
  });

  it('removes the Terraform frame', () => {
    expect(cleaned('╷\r\n│ Error: x\r\n│   Code: Y\r\n╵')).toBe('\nError: x\n  Code: Y\n');
  });

  it('undoes one level of escaping at a time', () => {
    expect(unescapeOnce(String.raw`a\"b\\c\u0026d\x41\n\q`)).toBe('a"b\\c&dA\n\\q');
    expect(unescapeOnce('trailing\\')).toBe('trailing\\');
    expect(unescapeLevels(String.raw`{\\\"Code\\\":1}`)).toEqual([
      String.raw`{\\\"Code\\\":1}`,
      String.raw`{\"Code\":1}`,
      '{"Code":1}',
    ]);
  });
});

describe('text keys', () => {
  it('compares messages as the catalog stores them', () => {
    expect(messageKey('  "The Specified parameter \\"Token\\" is not valid."  ')).toBe(
      'The Specified parameter "Token" is not valid',
    );
    expect(messageKey('doesn\u2019t support RAM.')).toBe("doesn't support RAM");
  });

  it('finds templates and their parameters', () => {
    expect(messageKeys('The specified parameter "X" is not valid')).toMatchObject({
      template: 'The specified parameter "{}" is not valid',
      params: ['X'],
    });
    expect(messageKeys('no quotes').template).toBeUndefined();
  });

  it('splits CamelCase and stems words', () => {
    expect(words('SignatureNonceUsed')).toEqual(words('signature nonce uses'));
    expect(words('DBInstance IPList')).toEqual(['db', 'instanc', 'ip', 'list']);
  });

  it('tells code-like words from plain words', () => {
    expect(looksLikeCode('Foo.Bar')).toBe(true);
    expect(looksLikeCode('FooBar')).toBe(true);
    expect(looksLikeCode('backup')).toBe(false);
    expect(looksLikeCode('Specified')).toBe(false);
  });
});
