import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { prepareGuidance, type GuidanceFile } from './guidance.ts';

export type GuidanceResult = ReturnType<typeof prepareGuidance>;

/**
 * Below this many files, preparing guidance in this thread is as fast: a file takes about 0.3 ms, and threads pay for
 * starting (each loads Sätteri, zod and the HTML utilities) and for copying results back. From here up, the workers
 * run while this thread parses the source table (measured with the loader's own steps: break-even near 3,000 files,
 * about 2 s saved at 10,000).
 */
export const PARALLEL_THRESHOLD = 3000;

function prepareInThisThread(files: readonly GuidanceFile[]): GuidanceResult[] {
  return files.map((file) => prepareGuidance(file));
}

/** Told why a batch was prepared in this thread after all (the result is the same, only slower). */
export type OnWorkerFallback = (reason: string) => void;

function prepareInWorker(files: readonly GuidanceFile[], onFallback: OnWorkerFallback): Promise<GuidanceResult[]> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (results: GuidanceResult[]) => {
      if (settled) return;
      settled = true;
      resolve(results);
    };
    const fallBack = (reason: string) => {
      if (settled) return;
      onFallback(reason);
      settle(prepareInThisThread(files));
    };
    // A worker that cannot start or fails (e.g. a Node without TypeScript type stripping) changes only the speed:
    // its batch is prepared here instead, so the result is the same either way.
    let worker: Worker;
    try {
      worker = new Worker(new URL('./guidance-worker.ts', import.meta.url), { workerData: files });
    } catch (error) {
      fallBack(String(error));
      return;
    }
    worker.once('message', (results: GuidanceResult[]) => settle(results));
    worker.once('error', (error) => fallBack(String(error)));
    worker.once('exit', (code) => fallBack(`worker exited with code ${code} before sending its results`));
  });
}

/**
 * Prepares (parses, validates, renders) every guidance file, in input order. A large catalog is split into one batch
 * per CPU core, each prepared in a worker thread: the work runs in parallel, and the parsers' garbage lives and dies
 * in the workers' heaps instead of this thread's (the build's peak memory). Results are identical to
 * `files.map(prepareGuidance)`.
 */
export async function prepareGuidanceFiles(
  files: readonly GuidanceFile[],
  {
    threads = availableParallelism(),
    parallelFrom = PARALLEL_THRESHOLD,
    onFallback = () => undefined,
  }: { threads?: number; parallelFrom?: number; onFallback?: OnWorkerFallback } = {},
): Promise<GuidanceResult[]> {
  if (files.length < parallelFrom || threads < 2) return prepareInThisThread(files);
  const size = Math.ceil(files.length / threads);
  const batches = Array.from({ length: Math.ceil(files.length / size) }, (_, index) =>
    files.slice(index * size, (index + 1) * size),
  );
  return (await Promise.all(batches.map((batch) => prepareInWorker(batch, onFallback)))).flat();
}
