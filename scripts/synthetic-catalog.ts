/**
 * Synthetic catalogs in the real source format, for benchmarks at 1,000 and 10,000 codes.
 *
 * The generator logic; the words it uses are in scripts/synthetic-vocabulary.ts. The output has the shape of the
 * real content: an upstream-style Markdown table (`source.md`) and one guidance
 * file per code (`guidance/<Code>.md`) with valid frontmatter and the five sections, so `buildCatalog` accepts it
 * and `CATALOG_SOURCE` / `CATALOG_GUIDANCE` can point a build at it. Output is deterministic for a seed.
 *
 *   node scripts/synthetic-catalog.ts --codes 1000 --out /tmp/catalog-1000 [--seed 1]
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DDS_PARAMETERS, type DdsOperation, type DdsParameter } from './synthetic-names.ts';
import type { CategoryId, RetryId } from '../src/catalog/taxonomy.ts';
import {
  CAUSES,
  FAMILIES,
  FIXES,
  MEANING_DETAILS,
  MEANING_INTROS,
  MISSPELLINGS,
  OPERATIONS,
  PARAMETERS,
  RETRY_TEXT,
  SUMMARIES,
  tick,
  type Context,
  type Family,
} from './synthetic-vocabulary.ts';

export interface SyntheticCatalogOptions {
  /** How many distinct codes to generate (at least 1). */
  codes: number;
  /** PRNG seed; the same seed and count always give the same catalog. Defaults to 1. */
  seed?: number;
}

export interface SyntheticCatalog {
  /** The upstream-style Markdown: heading, intro line and the `|Description|Code|Message|HTTP Status Code|` table. */
  source: string;
  /** One guidance file per code, in source order; `text` is the whole file (frontmatter and body). */
  guidance: { code: string; text: string }[];
  /**
   * API metadata in the real format: the real operations, groups and parameters (from content/source/api-metadata/),
   * with the synthetic codes as the errors they return (each code on the operations its guidance names).
   */
  metadata: string;
}

/** The real metadata the synthetic one is made from. */
const REAL_METADATA = path.resolve(import.meta.dirname, '../content/source/api-metadata/dds-2015-12-01.en-US.json');

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness

type Rng = () => number;

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for test data and fully deterministic. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(rng() * items.length)] as T;
}

/** `count` distinct items in random order (fewer when the list is shorter). */
function sample<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0] as T);
  return out;
}

function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = rng() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}

function requestId(rng: Rng): string {
  const hex = () =>
    Math.floor(rng() * 0x100000000)
      .toString(16)
      .padStart(8, '0')
      .toUpperCase();
  const [a, b, c, d] = [hex(), hex(), hex(), hex()];
  return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${'89AB'[int(rng, 0, 3)] ?? '8'}${c.slice(0, 3)}-${c.slice(4)}${d}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Word lists

/** `BackupRetentionPeriod` → `backup retention period`, `DBInstanceId` → `DB instance ID`. */
function humanise(name: string): string {
  return name
    .split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/)
    .map((word) => {
      if (/^(Id|Ip|Ids|Ips)$/.test(word)) return word.toUpperCase().replace(/S$/, 's');
      if (/^[A-Z]{2,}/.test(word) || /^[A-Z][a-z]*[A-Z]/.test(word)) return word;
      return word.toLowerCase();
    })
    .join(' ');
}

// ---------------------------------------------------------------------------------------------------------------
// Generation

interface Row {
  description: string;
  /** The message as the service returns it (after normalisation). */
  message: string;
  /** The message as written in the table (with the upstream quirks: doubled escapes, mojibake). */
  rawMessage: string;
  status: number;
}

interface Spec {
  code: string;
  family: Family;
  context: Context;
  retry: RetryId;
  rows: Row[];
  operations: DdsOperation[];
  parameters: DdsParameter[];
  keywords: string[];
  aliases: string[];
  related: string[];
}

/** Reproduces the upstream table's quirks: `"x"` written as `\\"x\\"`, `’` as mojibake. */
function upstreamQuirks(text: string): string {
  return text.replace(/"/g, '\\\\"').replace(/’/g, 'â€™');
}

function capitalise(text: string): string {
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
}

function makeSpec(rng: Rng, taken: Set<string>): Spec {
  for (;;) {
    const family = weighted(
      rng,
      FAMILIES.map((f) => [f, f.weight] as const),
    );
    const noun = pick(rng, family.nouns);
    let code = family.code(noun, int(rng, 1000, 9999));
    const aliases: string[] = [];
    if (rng() < 0.03) {
      const misspelling = MISSPELLINGS.find(([right]) => code.startsWith(right));
      if (misspelling) {
        const [right, wrong] = misspelling;
        const variants = MISSPELLINGS.filter(([r]) => r === right);
        const chosen = variants.length > 1 ? pick(rng, variants)[1] : wrong;
        aliases.push(code);
        code = chosen + code.slice(right.length);
      }
    }
    const keys = [code, ...aliases].map((c) => c.toLowerCase());
    if (keys.some((key) => taken.has(key))) continue;
    for (const key of keys) taken.add(key);

    const context: Context = { noun, phrase: humanise(noun) };
    const messageCount = rng() < 0.05 ? int(rng, 2, 3) : 1;
    const baseStatus = weighted(rng, family.statuses);
    const messages = sample(rng, family.messages, messageCount);
    const rows = messages.map((message, index): Row => {
      const text = message(context);
      const otherStatus =
        index > 0 && rng() < 0.25
          ? weighted(rng, [
              [400, 3],
              [403, 1],
              [404, 1],
            ])
          : baseStatus;
      return {
        description: pick(rng, family.descriptions)(context),
        message: text,
        rawMessage: upstreamQuirks(text),
        status: otherStatus,
      };
    });

    const parameters = sample(rng, PARAMETERS[family.category], int(rng, 1, 3));
    if ((DDS_PARAMETERS as readonly string[]).includes(noun) && !parameters.includes(noun as DdsParameter))
      parameters.unshift(noun as DdsParameter);
    const operations =
      family.category === 'access' && rng() < 0.2 ? [] : sample(rng, OPERATIONS[family.category], int(rng, 1, 4));
    const keywords = [
      ...new Set(sample(rng, family.keywords, family.keywords.length).map((keyword) => keyword(context).slice(0, 60))),
    ].slice(0, int(rng, 2, 4));
    return {
      code,
      family,
      context,
      retry: weighted(rng, family.retry),
      rows,
      operations,
      parameters: parameters.slice(0, 4),
      keywords,
      aliases,
      related: [],
    };
  }
}

function linkRelated(rng: Rng, specs: Spec[]): void {
  const byCategory = new Map<CategoryId, Spec[]>();
  for (const spec of specs) {
    const list = byCategory.get(spec.family.category) ?? [];
    list.push(spec);
    byCategory.set(spec.family.category, list);
  }
  for (const spec of specs) {
    const wanted = int(rng, 1, 3);
    const related = new Set<string>();
    const sameCategory = byCategory.get(spec.family.category) ?? [];
    for (let attempt = 0; related.size < wanted && attempt < wanted * 4 && specs.length > 1; attempt += 1) {
      const pool = sameCategory.length > 1 && attempt < wanted * 2 ? sameCategory : specs;
      const other = pick(rng, pool);
      if (other !== spec) related.add(other.code);
    }
    spec.related = [...related];
  }
}

function yamlScalar(text: string): string {
  return /^[A-Za-z][A-Za-z0-9 .'/-]*$/.test(text) && !/^(true|false|null)$/i.test(text) ? text : JSON.stringify(text);
}

function yamlList(items: readonly string[]): string {
  return `[${items.map(yamlScalar).join(', ')}]`;
}

function summaryOf(spec: Spec): string {
  const first = spec.rows[0] as Row;
  const summary = SUMMARIES[spec.family.category](spec.context, first.status);
  return summary.length > 200 ? `${summary.slice(0, 196).trimEnd()}...` : summary;
}

function meaningOf(spec: Spec): string {
  const first = spec.rows[0] as Row;
  const status = spec.rows.map((row) => row.status);
  const statusText =
    [...new Set(status)].length > 1
      ? `The response is HTTP ${[...new Set(status)].join(' or ')}, depending on the message.`
      : `The response is HTTP ${first.status}.`;
  let text = `${MEANING_INTROS[spec.family.category](spec.context)} ${statusText} ${MEANING_DETAILS[spec.family.category](spec.context)}`;
  if (spec.rows.length > 1) {
    text += ` This code comes with ${spec.rows.length} different messages.\n`;
    for (const row of spec.rows)
      text += `\n### ${row.message}\n\n${capitalise(row.description.replace(/^The error message returned because /, '').replace(/\.$/, ''))}. The response is HTTP ${row.status}.\n`;
  }
  return text.trimEnd();
}

function exampleOf(rng: Rng, spec: Spec): string {
  const id = requestId(rng);
  const first = spec.rows[0] as Row;
  const body = {
    RequestId: id,
    HostId: 'mongodb.aliyuncs.com',
    Code: spec.code,
    Message: first.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${spec.code}&product=Dds&requestId=${id}`,
  };
  return `\`\`\`json\n${JSON.stringify(body, null, 2)}\n\`\`\`\n\nThe classic Go SDK and the \`aliyun\` CLI print it like this:\n\n\`\`\`text\nSDK.ServerError\nErrorCode: ${spec.code}\nRecommend: ${body.Recommend}\nRequestId: ${id}\nMessage: ${first.message}\n\`\`\``;
}

function guidanceOf(rng: Rng, spec: Spec): string {
  const { category } = spec.family;
  const causes = sample(rng, CAUSES[category], int(rng, 3, 5)).map((cause) => `- ${cause(spec.context)}`);
  const steps = FIXES[category];
  const fixes = sample(rng, steps, int(rng, 3, 5))
    .sort((a, b) => steps.indexOf(a) - steps.indexOf(b))
    .map((fix, index) => `${index + 2}. ${fix(spec.context)}`);
  // The written standard's first step (guidance-standard.ts): read the error itself.
  const diagnose =
    category === 'access'
      ? '1. Read the error itself: its `Recommend` link and its `AccessDeniedDetail` (the denied action); the policy that fixes it names the instance as `acs:dds:<region-id>:<account-id>:dbinstance/<instance-id>`.'
      : '1. Read the error itself: its `Recommend` link is Alibaba’s diagnosis of that `RequestId`.';
  const operations =
    spec.operations.length > 0 ? ` Operations that return it include ${spec.operations.map(tick).join(', ')}.` : '';
  const parameters =
    spec.parameters.length > 0 ? ` Check ${spec.parameters.map(tick).join(', ')} in the request first.` : '';
  return [
    '---',
    `category: ${spec.family.category}`,
    `retry: ${spec.retry}`,
    `summary: ${JSON.stringify(summaryOf(spec))}`,
    `operations: ${yamlList(spec.operations)}`,
    `parameters: ${yamlList(spec.parameters)}`,
    `related: ${yamlList(spec.related)}`,
    `aliases: ${yamlList(spec.aliases)}`,
    `keywords: ${yamlList(spec.keywords)}`,
    'sources: [content/source/api-metadata/dds-2015-12-01.en-US.json]',
    '---',
    '',
    '## What it means',
    '',
    meaningOf(spec),
    '',
    '## Common causes',
    '',
    ...causes,
    '',
    '## How to fix',
    '',
    [diagnose, ...fixes].join('\n'),
    '',
    `${operations}${parameters}`.trim() ||
      "Check each parameter of the request against the operation's parameter list first.",
    '',
    '## When to retry',
    '',
    RETRY_TEXT[spec.retry](spec.context),
    '',
    '## Example',
    '',
    exampleOf(rng, spec),
    '',
  ].join('\n');
}

function sourceOf(specs: readonly Spec[]): string {
  const lines = [
    '# Error codes',
    '',
    'This topic describes the error codes of ApsaraDB for MongoDB.',
    '',
    '|Description|Code|Message|HTTP Status Code|',
    '|:----------|:---|:------|:---------------|',
  ];
  for (const spec of specs) {
    for (const row of spec.rows) lines.push(`|${row.description}|${spec.code}|${row.rawMessage}|${row.status}|`);
  }
  return `${lines.join('\n')}\n`;
}

function metadataOf(specs: readonly Spec[]): string {
  const metadata = JSON.parse(readFileSync(REAL_METADATA, 'utf8')) as {
    apis: Record<string, { errorCodes?: Record<string, { errorCode: string; errorMessage: string }[]> }>;
  };
  for (const api of Object.values(metadata.apis)) api.errorCodes = {};
  for (const spec of specs) {
    for (const operation of spec.operations) {
      const errorCodes = metadata.apis[operation]?.errorCodes;
      if (!errorCodes) continue;
      for (const row of spec.rows)
        (errorCodes[String(row.status)] ??= []).push({ errorCode: spec.code, errorMessage: row.message });
    }
  }
  return JSON.stringify(metadata);
}

/** Generates a catalog of `codes` distinct codes; the same options always give the same output. */
export function generateSyntheticCatalog(options: SyntheticCatalogOptions): SyntheticCatalog {
  const { codes, seed = 1 } = options;
  if (!Number.isInteger(codes) || codes < 1) throw new Error(`codes must be a positive integer (got ${codes})`);
  const rng = mulberry32(seed);
  const taken = new Set<string>();
  const specs = Array.from({ length: codes }, () => makeSpec(rng, taken));
  linkRelated(rng, specs);
  return {
    source: sourceOf(specs),
    guidance: specs.map((spec) => ({ code: spec.code, text: guidanceOf(rng, spec) })),
    metadata: metadataOf(specs),
  };
}

/** Marks a directory as generator output, so a later run may replace its guidance files. */
const MARKER = '.synthetic-catalog';

/**
 * Writes `<dir>/source.md`, `<dir>/metadata.json` and `<dir>/guidance/<Code>.md` and returns their paths (relative
 * if `dir` is), with the environment that points a build at them (`CATALOG_*`, no tool list).
 * Guidance files of an earlier run in the same directory are removed first; a directory that holds guidance files
 * but was not written by this generator is refused rather than overwritten.
 */
export async function writeSyntheticCatalog(
  dir: string,
  options: SyntheticCatalogOptions,
): Promise<{ source: string; guidance: string; metadata: string; env: Record<string, string> }> {
  const catalog = generateSyntheticCatalog(options);
  const source = path.join(dir, 'source.md');
  const metadata = path.join(dir, 'metadata.json');
  const guidance = path.join(dir, 'guidance');
  if (existsSync(guidance)) {
    const existing = (await readdir(guidance)).filter((name) => name.endsWith('.md'));
    if (existing.length > 0 && !existsSync(path.join(dir, MARKER))) {
      throw new Error(
        `${guidance} already holds guidance files that this generator did not write; choose an empty directory`,
      );
    }
    await rm(guidance, { recursive: true, force: true });
  }
  await mkdir(guidance, { recursive: true });
  await writeFile(
    path.join(dir, MARKER),
    `Written by scripts/synthetic-catalog.ts (codes ${options.codes}, seed ${options.seed ?? 1}).\n`,
  );
  await writeFile(source, catalog.source);
  await writeFile(metadata, catalog.metadata);
  const queue = [...catalog.guidance];
  const worker = async () => {
    for (let file = queue.pop(); file; file = queue.pop())
      await writeFile(path.join(guidance, `${file.code}.md`), file.text);
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  const env = { CATALOG_SOURCE: source, CATALOG_GUIDANCE: guidance, CATALOG_METADATA: metadata, CATALOG_TOOLS: 'none' };
  return { source, guidance, metadata, env };
}

function parseArgs(argv: readonly string[]): { codes: number; out: string; seed: number } {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index === -1 ? undefined : argv[index + 1];
  };
  const codes = Number(value('--codes'));
  const out = value('--out');
  const seed = Number(value('--seed') ?? 1);
  if (!Number.isInteger(codes) || codes < 1 || !out || !Number.isInteger(seed)) {
    throw new Error('usage: node scripts/synthetic-catalog.ts --codes <n> --out <dir> [--seed <n>]');
  }
  return { codes, out, seed };
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  try {
    const { codes, out, seed } = parseArgs(process.argv.slice(2));
    const started = performance.now();
    const paths = await writeSyntheticCatalog(out, { codes, seed });
    console.log(`source:   ${paths.source}`);
    console.log(`guidance: ${paths.guidance}`);
    console.log(`${codes} codes (seed ${seed}) in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
