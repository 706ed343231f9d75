/**
 * Builds the site twice from a cold cache and fails if the two `dist/` trees differ in any file name or byte.
 *
 *   node scripts/check-reproducible.ts
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outDirs = ['test-results/repro-a', 'test-results/repro-b'];

function digests(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return files;
}

const trees = outDirs.map((outDir) => {
  // A cold cache each time: the content layer caches rendered entries between builds.
  for (const cache of ['.astro', 'node_modules/.astro'])
    rmSync(path.join(root, cache), { recursive: true, force: true });
  rmSync(path.join(root, outDir), { recursive: true, force: true });
  // The project's build command (scripts/build.mjs: astro build with the build's heap cap).
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build into ${outDir} failed:\n${result.stdout}\n${result.stderr}`);
  return digests(path.join(root, outDir));
});

const [first, second] = trees as [Map<string, string>, Map<string, string>];
const differences: string[] = [];
for (const [file, digest] of first) {
  if (!second.has(file)) differences.push(`only in the first build: ${file}`);
  else if (second.get(file) !== digest) differences.push(`differs: ${file}`);
}
for (const file of second.keys()) if (!first.has(file)) differences.push(`only in the second build: ${file}`);
if (differences.length > 0) {
  console.error(`The two builds differ in ${differences.length} files:\n${differences.slice(0, 50).join('\n')}`);
  process.exit(1);
}
console.log(`Reproducible: two cold builds produced the same ${first.size} files, byte for byte.`);
