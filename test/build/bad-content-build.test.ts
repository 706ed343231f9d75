import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../catalog/helpers.ts';
import { buildWith } from './build-with.ts';

describe('astro build on bad content', () => {
  it('stops on a malformed source row and names the file and line', () => {
    const { status, output } = buildWith({ CATALOG_SOURCE: 'test/fixtures/source/missing-cell.md' });
    expect(status).not.toBe(0);
    expect(output).toContain('test/fixtures/source/missing-cell.md:6: missing cells');
  }, 120_000);

  it('stops on a guidance problem and names the file', () => {
    const { status, output } = buildWith({
      CATALOG_SOURCE: 'test/fixtures/guidance/source.md',
      CATALOG_GUIDANCE: 'test/fixtures/guidance/unknown-related',
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'test/fixtures/guidance/unknown-related/Alpha.NotFound.md: "related" names unknown code "Delta.Missing"',
    );
  }, 120_000);
});

describe('astro build on hostile content', () => {
  it('renders markup and javascript: text from the source and guidance as text', () => {
    const outDir = 'test-results/hostile-build';
    const { status, output } = buildWith(
      { CATALOG_SOURCE: 'test/fixtures/hostile/source.md', CATALOG_GUIDANCE: 'test/fixtures/hostile/guidance' },
      outDir,
    );
    expect(status, output).toBe(0);
    for (const code of ['Hostile.Script', 'Hostile.Link']) {
      const page = readFileSync(path.join(ROOT, outDir, 'errors', code, 'index.html'), 'utf8');
      // Text inside quoted attribute values cannot become markup; check the markup around it.
      const html = page.replace(/="[^"]*"/g, '=""');
      expect(html).not.toMatch(/<script>document\.title/);
      expect(html).not.toMatch(/<img src=x/i);
      expect(html).not.toMatch(/<b onmouseover/i);
      expect(page).not.toMatch(/href="\s*javascript:/i);
      expect(html).toContain('&lt;script&gt;document.title=');
    }
    const scriptPage = readFileSync(path.join(ROOT, outDir, 'errors', 'Hostile.Script', 'index.html'), 'utf8');
    expect(scriptPage).toContain('&lt;img src=x onerror=');
  }, 120_000);
});
