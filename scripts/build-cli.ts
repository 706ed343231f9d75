/**
 * Builds the offline `dds-errors` command (package.json `bin`) into cli/: the catalog's data as the command reads it
 * (cli/catalog.json, from the same catalog build as the site) and the command itself bundled for Node 20 and later
 * (cli/dds-errors.mjs, no dependencies at run time). Runs on `npm install` in a clone and before `npm pack`
 * (`prepare`), so the packed project installs a working command.
 *
 *   node scripts/build-cli.ts
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { readCatalog } from '../src/catalog/files.ts';
import { cliDataOf } from '../src/cli/data.ts';
import { SITE_ORIGIN } from '../src/site-origin.ts';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'cli');
mkdirSync(out, { recursive: true });
const data = cliDataOf(readCatalog(root), SITE_ORIGIN);
writeFileSync(path.join(out, 'catalog.json'), JSON.stringify(data));
await build({
  entryPoints: [path.join(root, 'src/cli/bin.ts')],
  outfile: path.join(out, 'dds-errors.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(path.join(out, 'dds-errors.mjs'), 0o755);
console.log(`dds-errors: ${data.codes.length} codes → cli/dds-errors.mjs, cli/catalog.json`);
