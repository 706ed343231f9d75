import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryUrl, codeOfErrorUrl, errorListUrl, errorUrl, parseErrorPath } from '../../src/catalog/urls.ts';
import { destinationFor } from '../../src/scripts/lookup-client.ts';

describe('parseErrorPath: the inverse of errorUrl()', () => {
  it('reads what errorUrl() builds', () => {
    expect(parseErrorPath(errorUrl('InvalidInstanceId.NotFound'))).toEqual({ code: 'InvalidInstanceId.NotFound' });
    expect(parseErrorPath(errorUrl('MissingParameter', 3))).toEqual({ code: 'MissingParameter', messageIndex: 3 });
  });

  it('round-trips every code and message', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9.]{1,40}$/),
        fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
        (code, messageIndex) => {
          const url = errorUrl(code, messageIndex);
          const page = parseErrorPath(url);
          expect(page).toEqual(messageIndex === undefined ? { code } : { code, messageIndex });
          expect(errorUrl(page?.code ?? '', page?.messageIndex)).toBe(url);
        },
      ),
    );
  });

  it('reads a code page’s path written by hand: no final slash, a query, another anchor', () => {
    expect(parseErrorPath('/errors/QuotaExceed')).toEqual({ code: 'QuotaExceed' });
    expect(parseErrorPath('/errors/QuotaExceed/?requestId=1A2B#message-1')).toEqual({
      code: 'QuotaExceed',
      messageIndex: 1,
    });
    expect(parseErrorPath('/errors/QuotaExceed#how-to-fix')).toEqual({ code: 'QuotaExceed' });
    expect(parseErrorPath('/errors/QuotaExceed/#message-0')).toEqual({ code: 'QuotaExceed' });
    expect(codeOfErrorUrl('/errors/QuotaExceed/?q=a#b')).toBe('QuotaExceed');
  });

  it('is undefined for every other path', () => {
    for (const href of [
      '/errors/',
      errorListUrl(2),
      categoryUrl('backup'),
      categoryUrl('backup', 2),
      '/errors/Quota Exceed/',
      '/errors/QuotaExceed/extra',
      '/errors/%3Cimg%3E/',
      '/lookup/?q=/errors/QuotaExceed/',
      'https://evil.example/errors/QuotaExceed/',
      '//evil.example/errors/QuotaExceed/',
      '/guides/linking/',
    ]) {
      expect(parseErrorPath(href), href).toBeUndefined();
      expect(codeOfErrorUrl(href), href).toBeUndefined();
    }
  });
});

describe('destinationFor: only what errorUrl() builds, with the fields a code page shows', () => {
  it('adds the context to a code page’s URL', () => {
    expect(destinationFor({ url: errorUrl('MissingParameter', 3) }, { requestId: '1A2B', status: 403 })).toBe(
      '/errors/MissingParameter/?requestId=1A2B&status=403#message-3',
    );
    expect(destinationFor({ url: errorUrl('QuotaExceed') })).toBe('/errors/QuotaExceed/');
  });

  it('refuses anything else', () => {
    for (const url of [
      '/errors/QuotaExceed',
      '/errors/QuotaExceed/?x=1',
      '/errors/QuotaExceed/#top',
      '/errors/QuotaExceed/#message-01',
      'https://evil.example/errors/QuotaExceed/',
      '/errors/',
    ]) {
      expect(destinationFor({ url }), url).toBeUndefined();
    }
  });
});
