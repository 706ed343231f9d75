/** Worker-thread entry of guidance-workers.ts: prepares the batch of guidance files it was given and sends it back. */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareGuidance, type GuidanceFile } from './guidance.ts';

parentPort?.postMessage((workerData as GuidanceFile[]).map((file) => prepareGuidance(file)));
