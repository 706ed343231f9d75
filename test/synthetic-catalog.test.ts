import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../src/catalog/catalog.ts';
import { ROOT } from './catalog/helpers.ts';
import { readCatalogInput, type PathOverrides } from '../src/catalog/files.ts';

const overridesOf = (paths: { source: string; guidance: string; metadata: string }): PathOverrides => ({
  config: path.join(ROOT, 'content/product.yaml'),
  table: paths.source,
  guidance: paths.guidance,
  metadata: paths.metadata,
  tools: null,
});
import { CODE_PATTERN } from '../src/catalog/schema.ts';
import { generateSyntheticCatalog, writeSyntheticCatalog } from '../scripts/synthetic-catalog.ts';

const tmpRoots: string[] = [];

afterAll(async () => {
  await Promise.all(tmpRoots.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tmpRoot(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'synthetic-catalog-'));
  tmpRoots.push(dir);
  return dir;
}

describe('synthetic catalog', () => {
  it('writes 300 codes that buildCatalog accepts without errors', async () => {
    const root = await tmpRoot();
    const paths = await writeSyntheticCatalog(path.join(root, 'catalog'), { codes: 300, seed: 7 });
    expect(await readdir(paths.guidance)).toHaveLength(300);

    const { records } = buildCatalog(readCatalogInput(root, overridesOf(paths)));
    expect(records).toHaveLength(300);

    const multi = records.filter(({ entry }) => entry.messages.length > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const { entry } of multi) expect(entry.messages.length).toBeLessThanOrEqual(3);

    for (const { entry, guidanceBody } of records) {
      expect(entry.guidance.related.length, entry.code).toBeGreaterThanOrEqual(1);
      expect(entry.guidance.related.length, entry.code).toBeLessThanOrEqual(3);
      expect(entry.guidance.keywords.length, entry.code).toBeGreaterThanOrEqual(2);
      expect(entry.guidance.keywords.length, entry.code).toBeLessThanOrEqual(4);
      expect(guidanceBody).toContain(`"Code": "${entry.code}"`);
      expect(guidanceBody).toContain(JSON.stringify(entry.messages[0]?.text));
    }
    expect(new Set(records.flatMap(({ entry }) => entry.statuses))).toEqual(new Set([400, 403, 404, 500, 503]));
    expect(records.some(({ entry }) => entry.aliases.length > 0)).toBe(true);
  });

  it('rewrites a directory it wrote before', async () => {
    const root = await tmpRoot();
    const dir = path.join(root, 'catalog');
    await writeSyntheticCatalog(dir, { codes: 50, seed: 1 });
    const paths = await writeSyntheticCatalog(dir, { codes: 20, seed: 2 });
    expect(buildCatalog(readCatalogInput(root, overridesOf(paths))).records).toHaveLength(20);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateSyntheticCatalog({ codes: 200, seed: 42 });
    const b = generateSyntheticCatalog({ codes: 200, seed: 42 });
    const c = generateSyntheticCatalog({ codes: 200, seed: 43 });
    expect(b).toEqual(a);
    expect(c.source).not.toEqual(a.source);
  });

  it('generates 10,000 unique, case-distinct codes in memory', () => {
    const started = performance.now();
    const catalog = generateSyntheticCatalog({ codes: 10_000, seed: 1 });
    const elapsed = performance.now() - started;
    console.log(`generated 10,000 codes in ${Math.round(elapsed)} ms`);

    const codes = catalog.guidance.map(({ code }) => code);
    expect(codes).toHaveLength(10_000);
    expect(new Set(codes).size).toBe(10_000);
    expect(new Set(codes.map((code) => code.toLowerCase())).size).toBe(10_000);
    for (const code of codes) expect(code).toMatch(CODE_PATTERN);

    const rows = catalog.source
      .split('\n')
      .filter((line) => line.startsWith('|') && !line.startsWith('|Description') && !line.startsWith('|:'));
    const rowsPerCode = new Map<string, number>();
    for (const row of rows)
      rowsPerCode.set(row.split('|')[2] ?? '', (rowsPerCode.get(row.split('|')[2] ?? '') ?? 0) + 1);
    expect([...rowsPerCode.keys()].sort()).toEqual([...codes].sort());
    const multi = [...rowsPerCode.values()].filter((count) => count > 1).length;
    expect(multi / codes.length).toBeGreaterThan(0.02);
    expect(multi / codes.length).toBeLessThan(0.1);
  });
});
