import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (fast, no build) and `build` (tests that run whole `astro build`s: bad content, hostile
 * content, a catalog large enough to page). `npm run test:unit` and `npm run test:build` run one each; `npm test`
 * runs both.
 */
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/build/**'] } },
      { extends: true, test: { name: 'build', include: ['test/build/**/*.test.ts'] } },
    ],
  },
});
