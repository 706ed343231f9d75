// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { PAGEFIND_RANKING } from './src/search/pagefind-options.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { codeBlockLabels } from './src/integrations/code-block-labels.ts';

export default defineConfig({
  site: 'https://apsaradb-mongodb-errors.example.org',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [
    starlight({
      title: 'ApsaraDB for MongoDB API errors',
      description: 'Every ApsaraDB for MongoDB API error code: what it means, why it happens, how to fix it and whether to retry.',
      disable404Route: true,
      routeMiddleware: './src/sidebar-middleware.ts',
      // Markdown links in content/docs are validated at build time; pages generated from the catalog are not
      // Starlight docs, so links to them are checked by scripts/check-links.ts over the built site instead.
      plugins: [
        starlightLinksValidator({
          exclude: ['/errors/', '/errors/**', '/lookup/', '/lookup/**', '/search/', '/search/**', '/errors.json', '/errors.schema.json'],
        }),
      ],
      sidebar: [
        { label: 'Home', link: '/' },
        { label: 'All error codes', link: '/errors/' },
        { label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] },
      ],
      customCss: ['./src/styles/site.css'],
      pagefind: { ranking: PAGEFIND_RANKING },
      expressiveCode: { plugins: [codeBlockLabels()] },
      lastUpdated: false,
      pagination: false,
    }),
    securityHeaders(),
  ],
});
