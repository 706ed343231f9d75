import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goClassic, typescriptTea } from '../lookup/samples.ts';

/**
 * The `dds-errors` command as a user runs it: built by scripts/build-cli.ts, spawned on realistic pastes with the
 * machine's own Node (Node 20 where it is installed, as on this project's machines), and installed from the packed
 * project into an empty prefix.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const COMMAND = path.join(ROOT, 'cli/dds-errors.mjs');
/** The oldest Node the command supports when the machine has it (Debian's), else the one running the tests. */
const SYSTEM_NODE = existsSync('/usr/bin/node') ? '/usr/bin/node' : process.execPath;
const temp = mkdtempSync(path.join(os.tmpdir(), 'dds-errors-'));

function spawn(command: string, args: string[], input?: string) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined },
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const built = spawn(process.execPath, [path.join(ROOT, 'scripts/build-cli.ts')]);
  expect(built.status, built.stderr).toBe(0);
}, 120_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the dds-errors command', () => {
  it(`explains a paste on standard input with ${path.basename(SYSTEM_NODE)} ${spawn(SYSTEM_NODE, ['--version']).stdout.trim()}`, () => {
    const { status, stdout } = spawn(SYSTEM_NODE, [COMMAND, 'explain'], goClassic);
    expect(status).toBe(0);
    const code = /ErrorCode: (\S+)/.exec(goClassic)?.[1] ?? '';
    expect(stdout.split('\n')[0]).toContain(code);
    expect(stdout).toContain(`/errors/${code}/`);
  });

  it('exits 1 on text that names no code and 2 on bad usage', () => {
    expect(spawn(SYSTEM_NODE, [COMMAND, 'explain', 'nothing to see here']).status).toBe(1);
    const bad = spawn(SYSTEM_NODE, [COMMAND, '--frobnicate']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Usage:');
  });

  it('installs from the packed project and runs from the install prefix', () => {
    const packed = spawn('npm', ['pack', '--silent', '--pack-destination', temp]);
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = readdirSync(temp).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack wrote no tarball:\n${packed.stdout}\n${packed.stderr}`);
    const prefix = path.join(temp, 'prefix');
    const installed = spawn('npm', [
      'install',
      '--global',
      '--prefix',
      prefix,
      '--no-audit',
      '--no-fund',
      path.join(temp, tarball),
    ]);
    expect(installed.status, installed.stderr).toBe(0);
    const { status, stdout } = spawn(path.join(prefix, 'bin', 'dds-errors'), ['explain', typescriptTea]);
    expect(status).toBe(0);
    expect(stdout).toContain('InvalidBackupSetID.NotFound');
    expect(spawn(path.join(prefix, 'bin', 'dds-errors'), ['--version']).stdout).toMatch(
      /^dds-errors \d+\.\d+\.\d+: \d+ ApsaraDB for MongoDB API error codes/,
    );
  }, 180_000);
});
