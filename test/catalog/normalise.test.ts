import { describe, expect, it } from 'vitest';
import { correctCodeSpelling, normaliseText, repairMojibake, undoDoubledEscapes } from '../../src/catalog/normalise.ts';

describe('repairMojibake', () => {
  it('turns UTF-8 read as Windows-1252 back into the intended character', () => {
    expect(repairMojibake('this API doesnâ€™t support RAM')).toBe('this API doesn’t support RAM');
    expect(repairMojibake('â€œquotedâ€\u009d')).toBe('“quoted”');
    expect(repairMojibake('cafÃ©')).toBe('café');
  });

  it('leaves genuine accented text and plain ASCII alone', () => {
    expect(repairMojibake('café, naïve, Ünïcode')).toBe('café, naïve, Ünïcode');
    expect(repairMojibake('The Status provided does not exist.')).toBe('The Status provided does not exist.');
  });

  it('is idempotent', () => {
    const once = repairMojibake('doesnâ€™t');
    expect(repairMojibake(once)).toBe(once);
  });
});

describe('undoDoubledEscapes', () => {
  it('removes the backslash left before quotes', () => {
    expect(undoDoubledEscapes('The Specified parameter \\"Token\\" is not valid.')).toBe(
      'The Specified parameter "Token" is not valid.',
    );
  });
});

describe('normaliseText', () => {
  it('applies every repair and folds white space', () => {
    expect(normaliseText('  doesnâ€™t   \\"x\\"\u00a0 ')).toBe('doesn’t "x"');
  });
});

describe('correctCodeSpelling', () => {
  it('corrects the misspellings the service really returns', () => {
    expect(correctCodeSpelling('Forbbiden.SubUser')).toBe('Forbidden.SubUser');
    expect(correctCodeSpelling('Forbbiden.NotAdminUser')).toBe('Forbidden.NotAdminUser');
    expect(correctCodeSpelling('Forbedden.NotSupportRAM')).toBe('Forbidden.NotSupportRAM');
  });

  it('leaves correctly spelled codes unchanged', () => {
    expect(correctCodeSpelling('Forbidden.RAM')).toBe('Forbidden.RAM');
    expect(correctCodeSpelling('InvalidInstanceId.NotFound')).toBe('InvalidInstanceId.NotFound');
  });
});
