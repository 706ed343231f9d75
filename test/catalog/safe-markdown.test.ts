import { describe, expect, it } from 'vitest';
import { isSafeUrl, neutraliseMarkdown } from '../../src/catalog/safe-markdown.ts';

describe('neutraliseMarkdown', () => {
  it('turns block and inline HTML into text', () => {
    expect(neutraliseMarkdown('<script>alert(1)</script>\n')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;\n');
    expect(neutraliseMarkdown('Hi <img src=x onerror="alert(1)"> there')).toBe(
      'Hi &lt;img src=x onerror="alert(1)"&gt; there',
    );
  });

  it('turns links with unsafe schemes into text and keeps safe links', () => {
    expect(neutraliseMarkdown('[click](javascript:alert(1))')).toBe('click (javascript:alert(1))');
    expect(neutraliseMarkdown('<javascript:alert(1)>')).toBe('javascript:alert(1) (javascript:alert(1))');
    expect(neutraliseMarkdown('[code](/errors/InternalError/) and [docs](https://example.org)')).toBe(
      '[code](/errors/InternalError/) and [docs](https://example.org)',
    );
  });

  it('leaves code blocks alone (the renderer escapes them)', () => {
    const fenced = '```html\n<script>alert(1)</script>\n```\n';
    expect(neutraliseMarkdown(fenced)).toBe(fenced);
  });
});

describe('isSafeUrl', () => {
  it('accepts site paths, anchors and web links; rejects other schemes', () => {
    for (const url of ['/errors/X/', '#message-1', './x', 'https://a.example', 'mailto:a@b.c', 'errors/X'])
      expect(isSafeUrl(url), url).toBe(true);
    for (const url of ['javascript:alert(1)', ' JAVASCRIPT:x', 'data:text/html,x', 'vbscript:x', '//evil.example'])
      expect(isSafeUrl(url), url).toBe(false);
  });
});
