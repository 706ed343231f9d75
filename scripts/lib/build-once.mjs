// Runs one `astro build` in this process and prints its wall time and peak memory as JSON on the last line.
// Usage: node scripts/lib/build-once.mjs <outDir>   (CATALOG_SOURCE / CATALOG_GUIDANCE select the catalog)
import { build } from 'astro';

const outDir = process.argv[2] ?? 'dist';
const started = performance.now();
await build({ outDir, logLevel: 'warn' });
const wallMs = performance.now() - started;
const { maxRSS } = process.resourceUsage();
console.log(JSON.stringify({ wallMs, maxRssKb: maxRSS }));
