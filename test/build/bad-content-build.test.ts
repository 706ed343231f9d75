import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../catalog/helpers.ts';

/** Runs the real `astro build` on bad content and returns its exit status and output. */
function buildWith(env: Record<string, string>) {
  const astro = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', path.join(ROOT, 'test-results/bad-build')], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build on bad content', () => {
  it('stops on a malformed source row and names the file and line', () => {
    const { status, output } = buildWith({ CATALOG_SOURCE: 'test/fixtures/source/missing-cell.md' });
    expect(status).not.toBe(0);
    expect(output).toContain('test/fixtures/source/missing-cell.md:6: missing cells');
  }, 120_000);

  it('stops on a guidance problem and names the file', () => {
    const { status, output } = buildWith({ CATALOG_SOURCE: 'test/fixtures/guidance/source.md', CATALOG_GUIDANCE: 'test/fixtures/guidance/unknown-related' });
    expect(status).not.toBe(0);
    expect(output).toContain('test/fixtures/guidance/unknown-related/Alpha.NotFound.md: "related" names unknown code "Delta.Missing"');
  }, 120_000);
});
