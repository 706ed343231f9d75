/**
 * Where the site is published: Astro's `site` (canonical URLs, the sitemap) and the base of every link the offline
 * `dds-errors` command prints (overridable there with `--base-url`).
 */
export const SITE_ORIGIN = 'https://apsaradb-mongodb-errors.example.org';
