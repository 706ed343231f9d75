// Runs one `astro build` in this process and prints, as JSON on the last line, its wall time, this process's peak
// memory, and the peak memory of this process and its children together (Pagefind runs as a child process).
// Usage: node --max-old-space-size=… scripts/lib/build-once.mjs <outDir>   (CATALOG_SOURCE / CATALOG_GUIDANCE select the catalog)
import { readFileSync, readdirSync } from 'node:fs';
import { build } from 'astro';

/** RSS in KB of a process and all its descendants (Linux /proc); undefined elsewhere. */
function treeRssKb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    let total = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children ? children.split(/\s+/) : []) total += treeRssKb(Number(child)) ?? 0;
    }
    return total;
  } catch {
    return undefined;
  }
}

let peakTreeRssKb = treeRssKb(process.pid);
const sampler = setInterval(() => {
  const now = treeRssKb(process.pid);
  if (now !== undefined) peakTreeRssKb = Math.max(peakTreeRssKb ?? 0, now);
}, 200);

const outDir = process.argv[2] ?? 'dist';
const started = performance.now();
await build({ outDir, logLevel: 'warn' });
const wallMs = performance.now() - started;
clearInterval(sampler);
const { maxRSS } = process.resourceUsage();
console.log(JSON.stringify({ wallMs, maxRssKb: maxRSS, peakTreeRssKb: peakTreeRssKb ?? null }));
