// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { PAGEFIND_RANKING } from './src/search/pagefind-options.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { codeBlockLabels } from './src/integrations/code-block-labels.ts';
import { SITE_ORIGIN } from './src/site-origin.ts';
import { markdownTwins } from './src/integrations/markdown-twins.ts';

export default defineConfig({
  // Builds of other catalogs (tests, benchmark) use their own cache, so they never mix with this site's.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  site: SITE_ORIGIN,
  trailingSlash: 'ignore',
  // Four pages in flight at once: a page's file is written while the next renders (about 25% off a 10,000-code
  // build; output is identical, see scripts/check-reproducible.ts).
  build: { format: 'directory', concurrency: 4 },
  integrations: [
    starlight({
      title: 'ApsaraDB for MongoDB API errors',
      description:
        'Every ApsaraDB for MongoDB API error code: what it means, why it happens, how to fix it and whether to retry.',
      disable404Route: true,
      components: { PageTitle: './src/components/PageTitle.astro' },
      routeMiddleware: './src/sidebar-middleware.ts',
      sidebar: [
        { label: 'Home', link: '/' },
        { label: 'All error codes', link: '/errors/' },
        { label: 'API operations', link: '/operations/' },
        // Listed by slug: Starlight's `autogenerate` only finds docs under src/content/docs, and ours live in content/docs
        // (an e2e test fails when a guide is missing here).
        { label: 'Guides', items: [{ slug: 'guides/handling-errors' }, { slug: 'guides/linking' }] },
        { label: 'About', link: '/about/' },
      ],
      customCss: ['./src/styles/site.css'],
      pagefind: { ranking: PAGEFIND_RANKING },
      expressiveCode: { plugins: [codeBlockLabels()] },
      lastUpdated: false,
      pagination: false,
    }),
    securityHeaders(),
    markdownTwins(SITE_ORIGIN),
  ],
});
