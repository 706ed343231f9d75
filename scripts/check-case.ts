/**
 * Fails when two paths differ only in letter case, in the built site (dist/) or in the repository (git's index): on a
 * case-insensitive file system (a laptop's) one would overwrite the other. Two real codes differ only in case
 * (`InvalidDBInstanceId.NotFound`, `InvalidDbInstanceId.NotFound`); they share one page, and this keeps it so.
 *
 *   node scripts/check-case.ts [--dist dist]
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(values.dist);

/** Groups of paths equal but for letter case; each path and every folder on the way to it counts. */
function caseClashes(paths: readonly string[]): string[][] {
  const spellings = new Map<string, Set<string>>();
  for (const file of paths) {
    const parts = file.split('/');
    for (let length = 1; length <= parts.length; length += 1) {
      const prefix = parts.slice(0, length).join('/');
      const key = prefix.toLowerCase();
      spellings.set(key, (spellings.get(key) ?? new Set()).add(prefix));
    }
  }
  // Reported once, at the first folder or file that clashes, not again for everything inside it.
  const clashing = new Set([...spellings].filter(([, group]) => group.size > 1).map(([key]) => key));
  const insideClash = (key: string): boolean => {
    const parent = key.slice(0, key.lastIndexOf('/'));
    return parent !== '' && key.includes('/') && (clashing.has(parent) || insideClash(parent));
  };
  return [...clashing].filter((key) => !insideClash(key)).map((key) => [...(spellings.get(key) ?? [])].sort());
}

const built = readdirSync(dist, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
/** The repository's files, or undefined outside a git checkout (an unpacked archive): then only dist/ is checked. */
function trackedFiles(): string[] | undefined {
  try {
    return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\0')
      .filter(Boolean);
  } catch {
    return undefined;
  }
}
const tracked = trackedFiles();

const problems = [
  ...caseClashes(built).map((group) => `dist/: ${group.join(' and ')} differ only in letter case`),
  ...caseClashes(tracked ?? []).map((group) => `repository: ${group.join(' and ')} differ only in letter case`),
];
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
const repository =
  tracked === undefined
    ? 'the repository not checked (not a git checkout)'
    : `${tracked.length.toLocaleString('en')} in the repository`;
console.log(
  `Paths: ${built.length.toLocaleString('en')} files in dist/ and ${repository}; no two equal but for letter case.`,
);
