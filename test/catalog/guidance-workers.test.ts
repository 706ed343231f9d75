import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/catalog.ts';
import { readCatalogInput } from '../../src/catalog/files.ts';
import { prepareGuidance } from '../../src/catalog/guidance.ts';
import { prepareGuidanceFiles } from '../../src/catalog/guidance-workers.ts';
import { ContentErrors } from '../../src/catalog/content-error.ts';
import { writeSyntheticCatalog } from '../../scripts/synthetic-catalog.ts';

let root = '';

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

async function syntheticInput(codes: number) {
  root = await mkdtemp(path.join(os.tmpdir(), 'guidance-workers-'));
  const paths = await writeSyntheticCatalog(path.join(root, 'catalog'), { codes, seed: 11 });
  return readCatalogInput(root, paths);
}

describe('guidance prepared in worker threads', () => {
  it('gives exactly what preparing in this thread gives, problems included, in input order', async () => {
    const input = await syntheticInput(450);
    // Two broken files, one in each half, so both workers report a problem.
    const broken = [3, input.guidance.length - 5];
    for (const index of broken) {
      const file = input.guidance[index];
      if (file) input.guidance[index] = { ...file, text: file.text.replace('## How to fix', '## How to repair') };
    }
    const fallbacks: string[] = [];
    const inWorkers = await prepareGuidanceFiles(input.guidance, {
      threads: 2,
      parallelFrom: 400,
      onFallback: (reason) => fallbacks.push(reason),
    });

    expect(fallbacks).toEqual([]);
    expect(inWorkers).toEqual(input.guidance.map((file) => prepareGuidance(file)));
    for (const index of broken) {
      expect(inWorkers[index]?.prepared).toBeUndefined();
      expect(inWorkers[index]?.problems.map(({ problem }) => problem)).toContain('missing section "## How to fix"');
    }
    // The catalog reports the workers' problems with file names, as it does for problems found in this thread.
    let thrown: unknown;
    try {
      buildCatalog(input, { prepared: inWorkers });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentErrors);
    const messages = (thrown as ContentErrors).problems.map(({ message }) => message);
    for (const index of broken)
      expect(messages).toContain(`${input.guidance[index]?.file}: missing section "## How to fix"`);
  }, 60_000);
});
