import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes } from '../../src/integrations/security-headers.ts';

const hashOf = (body: string) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

const site = mkdtempSync(path.join(tmpdir(), 'csp-hashes-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

function write(file: string, html: string): void {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  writeFileSync(path.join(site, file), html);
}

const THEME = "document.documentElement.dataset.theme = localStorage.getItem('theme') ?? 'auto';";
const MULTIBYTE = 'console.log("Forbbiden.SubUser — “sic” ✓ 日本");';
const MENTIONS_SRC = 'const s = document.createElement("script"); s.src = "/x.js"; // <script src=x> in a string';
const ON_PAGE_TWO = '\n  window.two = 2;\n';

write(
  'index.html',
  `<!doctype html><html><head><script>${THEME}</script><script type="module" src="/_astro/page.js"></script></head><body><script>   </script><script data-astro-rerun>${MULTIBYTE}</script></body></html>`,
);
write(
  'errors/A/index.html',
  `<html><head><script>${THEME}</script></head><body><script type="module">${ON_PAGE_TWO}</script><script>${MENTIONS_SRC}</script></body></html>`,
);
write(
  'errors/B/index.html',
  `<html><head><script\n  src="/external.js"\n></script><script>${THEME}</script></head></html>`,
);
write('.prerender/scratch/index.html', '<script>window.scratch = true;</script>');
write('notes.txt', '<script>window.notHtml = true;</script>');

describe('the CSP lists a hash for every inline script the site serves', () => {
  it('hashes each distinct inline script once, as browsers hash it (UTF-8 bytes), and nothing else', async () => {
    const hashes = await inlineScriptHashes(site);
    expect(hashes).toEqual([THEME, MULTIBYTE, MENTIONS_SRC, ON_PAGE_TWO].map(hashOf).sort());
  });

  it('skips external and blank scripts, scratch directories and files that are not HTML', async () => {
    const hashes = await inlineScriptHashes(site);
    for (const body of ['   ', '', 'window.scratch = true;', 'window.notHtml = true;'])
      expect(hashes).not.toContain(hashOf(body));
  });

  it('puts the hashes in script-src, next to self and Pagefind’s WebAssembly, and allows no other script', async () => {
    const policy = contentSecurityPolicy(await inlineScriptHashes(site));
    const directives = new Map(
      policy.split(';').map((directive) => {
        const [name = '', ...tokens] = directive.trim().split(/\s+/);
        return [name, tokens] as const;
      }),
    );
    const expected = [THEME, MULTIBYTE, MENTIONS_SRC, ON_PAGE_TWO].map(hashOf).sort();
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", ...expected]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });

  it('reads a site of more files than one batch', async () => {
    const big = mkdtempSync(path.join(tmpdir(), 'csp-hashes-many-'));
    try {
      for (let i = 0; i < 450; i++) {
        mkdirSync(path.join(big, `p${i}`));
        writeFileSync(path.join(big, `p${i}`, 'index.html'), `<script>window.page = ${i % 3};</script>`);
      }
      expect(await inlineScriptHashes(big)).toEqual([0, 1, 2].map((n) => hashOf(`window.page = ${n};`)).sort());
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  });
});
