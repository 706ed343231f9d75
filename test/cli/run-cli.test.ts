import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/catalog/files.ts';
import { cliDataOf, guidanceSection } from '../../src/cli/data.ts';
import { MAX_INPUT_BYTES, runCli, type CliIo } from '../../src/cli/main.ts';
import { ROOT } from '../catalog/helpers.ts';
import { aliyunCli, awsGoV2, terraform, terraformCreateFailed, typescriptTea } from '../lookup/samples.ts';

/** `dds-errors` in-process, on the real catalog: what it prints and the status it exits with. */
/** Terminal colour codes (ESC [ … m), as a pattern built from a string: a literal would hold a control character. */
const ANSI_CODE = new RegExp(`${String.fromCharCode(27)}\\[[\\d;]*m`);
const data = cliDataOf(readCatalog(ROOT), 'https://errors.example.test');

function run(args: string[], options: { stdin?: string | Buffer; isTty?: boolean; env?: CliIo['env'] } = {}) {
  let stdout = '';
  let stderr = '';
  const status = runCli(data, {
    args,
    readStdin: () => (options.stdin === undefined ? undefined : Buffer.from(options.stdin)),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    isTty: options.isTty ?? false,
    env: options.env ?? {},
    version: '0.0.0-test',
  });
  return { status, stdout, stderr };
}

describe('dds-errors explain', () => {
  it('explains an aliyun CLI error from standard input: code, retry, fix steps and the page', () => {
    const { status, stdout } = run(['explain'], { stdin: aliyunCli });
    expect(status).toBe(0);
    const code = /ErrorCode: (\S+)/.exec(aliyunCli.replace(new RegExp(ANSI_CODE, 'g'), ''))?.[1] ?? '';
    expect(stdout.split('\n')[0]).toContain(code);
    expect(stdout).toContain('How to fix');
    expect(stdout).toMatch(/Retry: .+ \((backoff|after-change|after-wait|never)\)/);
    expect(stdout).toContain(`Page: https://errors.example.test/errors/${code}/`);
    expect(stdout).not.toMatch(ANSI_CODE);
  });

  it('takes the text as arguments, and links the operation’s row of the code page', () => {
    const { status, stdout } = run(['explain', terraformCreateFailed]);
    expect(status).toBe(0);
    expect(stdout).toContain(
      'Page: https://errors.example.test/errors/MissingParameter/?operation=CreateDBInstance#message-4',
    );
    expect(stdout).toMatch(/Read from your paste: .*Operation: CreateDBInstance/);
    // An operation that does not return the code is read, and the page opens without a row.
    const other = run(['explain', terraform]).stdout;
    expect(other).toMatch(/Page: https:\/\/errors\.example\.test\/errors\/InvalidParameter\/#message-2\n/);
  });

  it('prints the resolver’s result and the code’s catalog entry with --json', () => {
    const { status, stdout } = run(['explain', '--json', typescriptTea]);
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout) as {
      result: { kind: string; code: string };
      entry: { code: string; url: string };
    };
    expect(parsed.result).toMatchObject({ kind: 'match', code: 'InvalidBackupSetID.NotFound' });
    expect(parsed.entry).toMatchObject({
      code: 'InvalidBackupSetID.NotFound',
      url: '/errors/InvalidBackupSetID.NotFound/',
    });
  });

  it('says another cloud’s error is not Alibaba’s, and exits 1', () => {
    const { status, stdout } = run(['explain', awsGoV2]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/comes from AWS|Amazon/);
    expect(stdout).not.toContain('Page:');
  });

  it('answers a code no list publishes with Alibaba’s troubleshoot link, and exits 1', () => {
    const { status, stdout } = run([
      'explain',
      'SDK.ServerError\nErrorCode: Frobnicate.NotAllowed\nRequestId: 9EF5BE10-F8BC-4518-AB75-55D05D93150B',
    ]);
    expect(status).toBe(1);
    expect(stdout).toContain('“Frobnicate.NotAllowed” is not in Alibaba’s published lists');
    expect(stdout).toContain(
      'https://api.aliyun.com/troubleshoot?q=Frobnicate.NotAllowed&product=Dds&requestId=9EF5BE10-F8BC-4518-AB75-55D05D93150B',
    );
  });

  it('reads at most 1 MiB and says so when it cuts', () => {
    const paste = `ErrorCode: InvalidDBInstanceId.NotFound\n${'x'.repeat(MAX_INPUT_BYTES + 10)}`;
    const { status, stdout, stderr } = run(['explain'], { stdin: paste });
    expect(stderr).toContain('longer than 1 MiB');
    expect(status).toBe(0);
    expect(stdout.split('\n')[0]).toContain('InvalidDBInstanceId.NotFound');
  });

  it('is a usage error without any text', () => {
    const { status, stderr } = run(['explain']);
    expect(status).toBe(2);
    expect(stderr).toContain('explain needs an error text');
  });

  it('colours only on a terminal, and never with NO_COLOR', () => {
    expect(run(['show', 'Throttling'], { isTty: true }).stdout).toMatch(ANSI_CODE);
    expect(run(['show', 'Throttling'], { isTty: true, env: { NO_COLOR: '1' } }).stdout).not.toMatch(ANSI_CODE);
    expect(run(['show', 'Throttling'], { isTty: false }).stdout).not.toMatch(ANSI_CODE);
  });
});

describe('dds-errors show and list', () => {
  it('shows a code in any letter case when only one code fits, and offers both when two do', () => {
    expect(run(['show', 'throttling']).status).toBe(0);
    const both = run(['show', 'invaliddbinstanceid.notfound']);
    expect(both.status).toBe(1);
    expect(both.stdout).toContain('InvalidDBInstanceId.NotFound');
    expect(both.stdout).toContain('InvalidDbInstanceId.NotFound');
  });

  it('lists codes by status and category, one a line, and rejects values that are none', () => {
    const { status, stdout } = run(['list', '--status', '503']);
    expect(status).toBe(0);
    const codes = stdout
      .trim()
      .split('\n')
      .map((line) => line.split('\t')[0]);
    expect(codes).toEqual(data.codes.filter((c) => c.record.statuses.includes(503)).map((c) => c.record.code));
    expect(run(['list', '--category', 'backup']).stdout.trim().split('\n').length).toBe(
      data.codes.filter((c) => c.record.category === 'backup').length,
    );
    expect(run(['list', '--status', 'teapot']).status).toBe(2);
    expect(run(['list', '--category', 'weather']).stderr).toContain('--category must be one of');
  });

  it('overrides the base of links with --base-url, and rejects one that is not a URL', () => {
    expect(run(['show', 'Throttling', '--base-url', 'http://localhost:4321/']).stdout).toContain(
      'Page: http://localhost:4321/errors/Throttling/',
    );
    expect(run(['show', 'Throttling', '--base-url', 'javascript:alert(1)']).status).toBe(2);
  });

  it('prints each code’s own How to fix section', () => {
    const body = '## How to fix\n\n1. Do it.\n\n## When to retry\n\nLater.\n';
    expect(guidanceSection(body, 'How to fix')).toBe('1. Do it.');
    expect(guidanceSection(body, 'When to retry')).toBe('Later.');
    for (const code of data.codes) expect(code.howToFix, code.record.code).toMatch(/^1\. /);
  });
});
