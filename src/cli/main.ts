import { readFileSync, readSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolveErrorText } from '../lookup/resolve.ts';
import type { CliData } from './data.ts';
import { ANSI, PLAIN, formatCode, formatList, formatResult, type Style } from './format.ts';

/**
 * `dds-errors`: the reference, offline. `explain` runs the lookup page's resolver on a pasted error (an argument or
 * standard input) and prints the code's page in short; `show` one code; `list` the codes. Exit status: 0 one code
 * found, 1 candidates or no code, 2 bad usage. Reads at most 1 MiB of input.
 */
const USAGE = `Usage:
  dds-errors explain [text…]     explain an error (the text, or standard input: cmd 2>&1 | dds-errors explain)
  dds-errors show <Code>         one code: summary, retry advice, how to fix, its page
  dds-errors list [--status N] [--category C]
                                 the codes, one a line: code, statuses, category, page

Options:
  --json             print JSON (explain: the resolver's result and the code's catalog entry)
  --base-url <url>   base of printed links (default: the site's address)
  -h, --help         this text
  -v, --version      the version and the catalog it holds

Exit status: 0 one code found, 1 candidates or no code, 2 bad usage.`;

/** The most input `explain` reads; the rest is cut, and the command says so. */
export const MAX_INPUT_BYTES = 1024 * 1024;

export interface CliIo {
  args: readonly string[];
  /** Standard input, when it is not a terminal; read only by `explain` without a text argument. */
  readStdin: () => Buffer | undefined;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether standard output is a terminal (colours only then, and never with NO_COLOR). */
  isTty: boolean;
  env: Record<string, string | undefined>;
  version: string;
}

class UsageError extends Error {}

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        'base-url': { type: 'string' },
        status: { type: 'string' },
        category: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function baseUrlOf(value: string | undefined, data: CliData): string {
  if (value === undefined) return data.site;
  if (!/^https?:\/\/[^\s/]+/.test(value)) throw new UsageError(`--base-url must be an http(s) URL, not "${value}"`);
  return value.replace(/\/+$/, '');
}

/** The text to explain: the arguments, or standard input cut at MAX_INPUT_BYTES. */
function inputText(positionals: readonly string[], io: CliIo): { text: string; cut: boolean } {
  if (positionals.length > 0) {
    const joined = positionals.join(' ');
    const bytes = Buffer.from(joined, 'utf8');
    return bytes.length > MAX_INPUT_BYTES
      ? { text: bytes.subarray(0, MAX_INPUT_BYTES).toString('utf8'), cut: true }
      : { text: joined, cut: false };
  }
  const input = io.readStdin();
  if (input === undefined) throw new UsageError('explain needs an error text: as arguments, or on standard input');
  return { text: input.subarray(0, MAX_INPUT_BYTES).toString('utf8'), cut: input.length > MAX_INPUT_BYTES };
}

/** Runs the command; returns its exit status. */
export function runCli(data: CliData, io: CliIo): number {
  const style: Style = io.isTty && !io.env.NO_COLOR ? ANSI : PLAIN;
  try {
    const { values, positionals } = parse(io.args);
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (values.version) {
      io.stdout(
        `dds-errors ${io.version}: ${data.codes.length} ${data.product.name} API error codes (${data.product.code} ${data.product.apiVersion})\n`,
      );
      return 0;
    }
    const [command, ...rest] = positionals;
    const base = baseUrlOf(values['base-url'], data);
    if (command === 'explain') {
      const { text, cut } = inputText(rest, io);
      if (cut) io.stderr(`dds-errors: the input is longer than 1 MiB; only its first 1 MiB was read.\n`);
      const result = resolveErrorText(text, data.lookup);
      const code = result.kind === 'match' ? data.codes.find((c) => c.record.code === result.code) : undefined;
      if (values.json) io.stdout(`${JSON.stringify({ result, entry: code?.record ?? null }, null, 2)}\n`);
      else io.stdout(`${formatResult(result, data, base, style)}\n`);
      return result.kind === 'match' ? 0 : 1;
    }
    if (command === 'show') {
      if (rest.length !== 1) throw new UsageError('show takes one code');
      const wanted = rest[0] ?? '';
      const exact = data.codes.find((c) => c.record.code === wanted);
      const sameCase = data.codes.filter((c) => c.record.code.toLowerCase() === wanted.toLowerCase());
      const found = exact ?? (sameCase.length === 1 ? sameCase[0] : undefined);
      if (found) {
        io.stdout(values.json ? `${JSON.stringify(found.record, null, 2)}\n` : `${formatCode(found, base, style)}\n`);
        return 0;
      }
      // Not a code as written: the resolver says what it is (a close spelling, codes equal but for case, nothing).
      const result = resolveErrorText(wanted, data.lookup);
      io.stdout(
        values.json ? `${JSON.stringify({ result }, null, 2)}\n` : `${formatResult(result, data, base, style)}\n`,
      );
      return 1;
    }
    if (command === 'list') {
      if (rest.length > 0) throw new UsageError('list takes no arguments, only --status and --category');
      const status = values.status === undefined ? undefined : Number(values.status);
      if (status !== undefined && !(Number.isInteger(status) && status >= 400 && status <= 599))
        throw new UsageError(`--status must be an HTTP status from 400 to 599, not "${values.status}"`);
      const categories = [...new Set(data.codes.map((c) => c.record.category))];
      if (values.category !== undefined && !categories.includes(values.category as never))
        throw new UsageError(`--category must be one of ${categories.sort().join(', ')}, not "${values.category}"`);
      const codes = data.codes.filter(
        ({ record }) =>
          (status === undefined || record.statuses.includes(status)) &&
          (values.category === undefined || record.category === values.category),
      );
      io.stdout(
        values.json
          ? `${JSON.stringify(
              codes.map((c) => c.record),
              null,
              2,
            )}\n`
          : codes.length > 0
            ? `${formatList(codes, base, style)}\n`
            : '',
      );
      return codes.length > 0 ? 0 : 1;
    }
    throw new UsageError(command === undefined ? 'no command given' : `unknown command "${command}"`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`dds-errors: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
}

/** Standard input up to `limit + 1` bytes (one more than is used, to tell a cut), never the whole of a huge stream. */
function readStdinUpTo(limit: number): Buffer {
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(64 * 1024);
  let total = 0;
  while (total <= limit) {
    let count: number;
    try {
      count = readSync(0, buffer, 0, Math.min(buffer.length, limit + 1 - total), null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') break;
      throw error;
    }
    if (count === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, count)));
    total += count;
  }
  return Buffer.concat(chunks);
}

/** The installed command: data beside the bundle (cli/catalog.json), real streams, the process's exit status. */
export function main(): void {
  const data = JSON.parse(readFileSync(new URL('./catalog.json', import.meta.url), 'utf8')) as CliData;
  const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
    .version;
  process.exitCode = runCli(data, {
    args: process.argv.slice(2),
    readStdin: () => (process.stdin.isTTY ? undefined : readStdinUpTo(MAX_INPUT_BYTES)),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTty: process.stdout.isTTY === true,
    env: process.env,
    version,
  });
}
