/**
 * Benchmark of the error lookup (src/lookup): how long resolving each kind of paste takes, from a typical SDK error to
 * 1 MB of adversarial text, against the lookup's time budgets. `npm run bench` runs it after the build benchmark.
 *
 *   node scripts/bench-lookup.ts [--runs 7] [--samples 200]
 *
 * The inputs are those of the property tests (test/lookup/generated-pastes.ts): the same mixtures of the real formats
 * and arbitrary strings (`--samples` of each, fixed seed), and the same 1 MB pastes. Figures only: a case over its
 * budget is marked, and the script still exits 0 (a shared machine's hour decides too much of a millisecond).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { overridesFromEnv, readLookupCatalog } from '../src/catalog/files.ts';
import { resolveErrorText } from '../src/lookup/index.ts';
import { anyUnit, fragmentSoup, hugePastes } from '../test/lookup/generated-pastes.ts';
import * as samples from '../test/lookup/samples.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, samples: { type: 'string', default: '200' } },
});
const runs = Math.max(1, Number.parseInt(values.runs, 10) || 7);
const sampleCount = Math.max(1, Number.parseInt(values.samples, 10) || 200);
const root = path.resolve(import.meta.dirname, '..');
const catalog = readLookupCatalog(root, overridesFromEnv(process.env));

/** Per call, for a paste of a few KB (up to 20,000 characters). */
const SMALL_INPUT_BUDGET_MS = 50;
/** Per call, for a 1 MB paste. */
const HUGE_INPUT_BUDGET_MS = 100;

function median(numbers: readonly number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function timeOnce(text: string): { ms: number; kind: string } {
  const start = performance.now();
  const { kind } = resolveErrorText(text, catalog);
  return { ms: performance.now() - start, kind };
}

const verdict = (ms: number, budget: number) => `budget ${budget} ms: ${ms <= budget ? 'within' : 'OVER BUDGET'}`;

/** One paste, resolved `runs` times: the median against the budget. */
function benchPaste(name: string, text: string, budget: number): void {
  const times: number[] = [];
  let kind = '';
  for (let run = 0; run < runs; run++) {
    const timed = timeOnce(text);
    times.push(timed.ms);
    kind = timed.kind;
  }
  const ms = median(times);
  console.log(`${ms.toFixed(2).padStart(8)} ms  ${name} → ${kind}  (${verdict(ms, budget)})`);
}

/**
 * Generated pastes, each resolved three times and timed by its fastest run (one garbage collection pause is not the
 * resolver's time): the median and the slowest paste, the slowest against the budget.
 */
function benchGenerated(name: string, texts: readonly string[], budget: number): void {
  const times = texts.map((text) => Math.min(timeOnce(text).ms, timeOnce(text).ms, timeOnce(text).ms));
  const slowest = Math.max(...times);
  console.log(
    `${median(times).toFixed(2).padStart(8)} ms  ${name}: median of ${texts.length}, slowest ${slowest.toFixed(2)} ms  (${verdict(slowest, budget)})`,
  );
}

resolveErrorText(samples.goTeaSdkError, catalog); // builds the catalog index once, as the page would
console.log(
  `node ${process.version}; budgets: ${SMALL_INPUT_BUDGET_MS} ms a paste of a few KB, ${HUGE_INPUT_BUDGET_MS} ms a 1 MB paste`,
);
console.log(`\npastes of a few KB (median of ${runs} runs; of generated pastes, the median and the slowest)`);
benchPaste('typical SDK error (Go Tea block)', samples.goTeaSdkError, SMALL_INPUT_BUDGET_MS);
benchPaste(
  'bare message (fuzzy ranking)',
  'The specified SignatureNonce has already been used.',
  SMALL_INPUT_BUDGET_MS,
);
benchGenerated(
  'mixtures of the real formats',
  fc.sample(fragmentSoup, { numRuns: sampleCount, seed: 1 }),
  SMALL_INPUT_BUDGET_MS,
);
benchGenerated(
  'arbitrary strings of up to 20,000 characters',
  fc.sample(fc.string({ unit: anyUnit, maxLength: 20_000 }), { numRuns: sampleCount, seed: 2 }),
  SMALL_INPUT_BUDGET_MS,
);

console.log(`\n1 MB pastes (median of ${runs} runs)`);
const { cases, realErrorFirst } = hugePastes();
for (const [name, text] of Object.entries(cases)) benchPaste(name, text, HUGE_INPUT_BUDGET_MS);
benchPaste('a real error at the start of 1 MB', realErrorFirst, HUGE_INPUT_BUDGET_MS);
