// @ts-check
// The benchmark's floor (`npm run bench`): Starlight alone, building as many near-empty pages as the catalog has
// codes, with the site's build settings (directory format, 4 pages in flight, the same heap cap, Pagefind on). What
// the stack costs on this machine before any content; see ../bench.ts.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  site: 'https://floor.example.org',
  build: { format: 'directory', concurrency: 4 },
  integrations: [starlight({ title: 'Starlight floor', disable404Route: true, lastUpdated: false, pagination: false })],
});
