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
      CATALOG_METADATA: 'test/fixtures/guidance/metadata.json',
      CATALOG_GUIDANCE: 'test/fixtures/guidance/unknown-related',
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'test/fixtures/guidance/unknown-related/Alpha.NotFound.md:7: "related" names unknown code "Delta.Missing"',
    );
  }, 120_000);
});

describe('astro build on unsafe guidance Markdown', () => {
  it('stops on raw HTML and on a javascript: link, naming each file and line', () => {
    const { status, output } = buildWith({
      CATALOG_SOURCE: 'test/fixtures/unsafe-guidance/source.md',
      CATALOG_GUIDANCE: 'test/fixtures/unsafe-guidance/guidance',
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'test/fixtures/unsafe-guidance/guidance/Hostile.Script.md:14: raw HTML is not allowed ("<img src=x onerror=alert(1)>")',
    );
    expect(output).toContain(
      'test/fixtures/unsafe-guidance/guidance/Hostile.Link.md:14: a link to "javascript:alert(1)" is not allowed',
    );
  }, 120_000);
});

describe('astro build on a bad source row and a bad guidance field', () => {
  it('reports both problems in one build', () => {
    const { status, output } = buildWith({
      CATALOG_SOURCE: 'test/fixtures/bad-row-and-field/source.md',
      CATALOG_METADATA: 'test/fixtures/guidance/metadata.json',
      CATALOG_GUIDANCE: 'test/fixtures/bad-row-and-field/guidance',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('2 problems in the content');
    expect(output).toContain(
      'test/fixtures/bad-row-and-field/source.md:6: HTTP status "Forbidden" is not a 4xx or 5xx number',
    );
    expect(output).toContain('test/fixtures/bad-row-and-field/guidance/Alpha.NotFound.md:2: frontmatter "category"');
  }, 120_000);
});

describe('astro build on hostile content', () => {
  it('renders markup and javascript: text from the source table, the summary and code spans as text', () => {
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
      expect(html).toMatch(/<code>(?:&lt;|&#x3C;)b onmouseover=/);
    }
    const scriptPage = readFileSync(path.join(ROOT, outDir, 'errors', 'Hostile.Script', 'index.html'), 'utf8');
    expect(scriptPage).toContain('&lt;img src=x onerror=');
  }, 120_000);
});
