import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { prepareGuidance, type GuidanceFile } from './guidance.ts';

export type GuidanceResult = ReturnType<typeof prepareGuidance>;

/** Below this many files, starting threads (each loads remark and zod) costs more than it saves. */
export const PARALLEL_THRESHOLD = 400;

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
  { threads = availableParallelism(), onFallback = () => undefined }: { threads?: number; onFallback?: OnWorkerFallback } = {},
): Promise<GuidanceResult[]> {
  if (files.length < PARALLEL_THRESHOLD || threads < 2) return prepareInThisThread(files);
  const size = Math.ceil(files.length / threads);
  const batches = Array.from({ length: Math.ceil(files.length / size) }, (_, index) => files.slice(index * size, (index + 1) * size));
  return (await Promise.all(batches.map((batch) => prepareInWorker(batch, onFallback)))).flat();
}
