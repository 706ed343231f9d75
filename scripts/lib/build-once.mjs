// Runs one `astro build` in this process and prints, as JSON on the last line, its wall time, this process's peak
// memory, the peak memory of this process and its children together (Pagefind runs as a child process), the CPU
// time of both, and the time of each phase, taken from Astro's integration hooks.
// Usage: node --max-old-space-size=… scripts/lib/build-once.mjs <outDir>   (CATALOG_SOURCE / CATALOG_GUIDANCE select the catalog)
import { readFileSync, readdirSync } from 'node:fs';
import { build } from 'astro';

/** The child processes of a process, from every one of its threads (Linux /proc; throws elsewhere). */
function childPids(pid) {
  return readdirSync(`/proc/${pid}/task`).flatMap((task) => {
    const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
    return children ? children.split(/\s+/).map(Number) : [];
  });
}

/** RSS in KB of a process and all its descendants (Linux /proc); undefined elsewhere. */
function treeRssKb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return childPids(pid).reduce(
      (total, child) => total + (treeRssKb(child) ?? 0),
      Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0),
    );
  } catch {
    return undefined;
  }
}

/** Whether this process still has a child process (Linux /proc); false elsewhere. */
function hasChildren() {
  try {
    return childPids(process.pid).length > 0;
  } catch {
    return false;
  }
}

/**
 * CPU milliseconds (user + system) of the child processes this process has reaped — Pagefind — from /proc/self/stat
 * (cutime, cstime, in USER_HZ = 100 ticks a second on Linux); null where /proc is missing.
 */
function reapedChildrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

let peakTreeRssKb = treeRssKb(process.pid);
const sampler = setInterval(() => {
  const now = treeRssKb(process.pid);
  if (now !== undefined) peakTreeRssKb = Math.max(peakTreeRssKb ?? 0, now);
}, 200);

/** Milliseconds since the start at which each hook ran (this integration comes last, so build:done is the end). */
const marks = {};
const mark = (name) => () => {
  marks[name] ??= performance.now() - started;
};
const phaseClock = {
  name: 'bench-phase-clock',
  hooks: {
    'astro:config:done': mark('configDone'),
    'astro:build:start': mark('buildStart'),
    'astro:build:generated': mark('pagesDone'),
    'astro:build:done': mark('buildDone'),
  },
};

/** The end of the last Vite bundle written before pages render (one per environment: server, client). */
const bundleClock = {
  name: 'bench-bundle-clock',
  apply: 'build',
  closeBundle() {
    if (marks.pagesDone === undefined) marks.bundleDone = performance.now() - started;
  },
};

const outDir = process.argv[2] ?? 'dist';
const started = performance.now();
await build({ outDir, logLevel: 'warn', integrations: [phaseClock], vite: { plugins: [bundleClock] } });
const wallMs = performance.now() - started;
clearInterval(sampler);
const { maxRSS } = process.resourceUsage();
// Pagefind's process is stopped at the end of the build; give it a moment to be reaped so its CPU time is counted.
for (let waited = 0; hasChildren() && waited < 3000; waited += 50)
  await new Promise((resolve) => setTimeout(resolve, 50));
const { user, system } = process.cpuUsage();
const childrenCpuMs = reapedChildrenCpuMs();
const cpuMs = childrenCpuMs === null ? null : { build: (user + system) / 1000, children: childrenCpuMs };
console.log(JSON.stringify({ wallMs, maxRssKb: maxRSS, peakTreeRssKb: peakTreeRssKb ?? null, cpuMs, marks }));
