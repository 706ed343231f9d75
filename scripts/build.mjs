// `npm run build`: `astro build` (any arguments pass through) in a Node process with the build's heap cap.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildNodeArgs } from './lib/build-heap.mjs';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const result = spawnSync(process.execPath, [...buildNodeArgs(), astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (result.error) console.error(`could not start astro build: ${result.error.message}`);
process.exit(result.status ?? 1);
