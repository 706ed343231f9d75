import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../catalog/helpers.ts';

/**
 * Runs the real `astro build` with the given environment (e.g. `CATALOG_SOURCE`) into `outDir`, from a cold cache.
 * Without `CATALOG_METADATA` or `CATALOG_TOOLS` the build has no metadata and no tool list (fixtures are tables).
 */
export function buildWith(env: Record<string, string>, outDir = 'test-results/bad-build') {
  const astro = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const cacheDir = path.join(ROOT, `${outDir}-cache`);
  rmSync(cacheDir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', path.join(ROOT, outDir)], {
    cwd: ROOT,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      ASTRO_CACHE_DIR: cacheDir,
      CATALOG_METADATA: 'none',
      CATALOG_TOOLS: 'none',
      ...env,
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
