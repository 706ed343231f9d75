/**
 * The list of published URLs (test/urls/published-urls.txt) is a contract: once a URL is listed it must keep
 * resolving (e2e/url-stability.spec.ts checks every line). This script adds the URLs of new codes, messages and
 * pages to the list; it never removes a line.
 *
 *   node scripts/published-urls.ts          # prints URLs the site serves that the list lacks; exit 1 if any
 *   node scripts/published-urls.ts --update # appends them
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { overridesFromEnv, readCatalog } from '../src/catalog/files.ts';
import { EXPORT_PATHS } from '../src/catalog/export.ts';
import { LLMS_PATHS } from '../src/catalog/markdown-twins.ts';
import { categoryUrl, errorUrl, operationListUrl, operationUrl, twinUrl } from '../src/catalog/urls.ts';
import { categoriesIn } from '../src/catalog/taxonomy.ts';

const root = path.resolve(import.meta.dirname, '..');
const listFile = path.join(root, 'test/urls/published-urls.txt');
const catalog = readCatalog(root, overridesFromEnv(process.env));
const entries = catalog.records.map(({ entry }) => entry);

/** Every URL the current catalog publishes, in a stable order. */
function currentUrls(): string[] {
  const pages = [
    '/',
    '/errors/',
    '/guides/',
    '/guides/handling-errors/',
    '/guides/linking/',
    '/lookup/',
    '/search/',
    EXPORT_PATHS.catalog,
    EXPORT_PATHS.schema,
    EXPORT_PATHS.operations,
    EXPORT_PATHS.retryOptions,
    LLMS_PATHS.index,
    LLMS_PATHS.full,
    operationListUrl(),
  ];
  const operations = catalog.operations.flatMap((operation) => [
    operationUrl(operation.name),
    twinUrl(operationUrl(operation.name)),
  ]);
  const categories = categoriesIn(entries).map((category) => categoryUrl(category));
  const perCode = entries.flatMap((entry) => [
    errorUrl(entry.page),
    twinUrl(errorUrl(entry.page)),
    // A code that shares its page (it differs from another only in case) keeps its own spelling's URL too.
    errorUrl(entry.code),
    errorUrl(entry.page).replace(/\/$/, ''),
    errorUrl(entry.page).toLowerCase(),
    ...entry.messages.map((message) => errorUrl(entry.page, message.index)),
    ...entry.aliases.map((alias) => errorUrl(alias)),
  ]);
  return [...new Set([...pages, ...categories, ...perCode, ...operations])];
}

const text = await readFile(listFile, 'utf8').catch(() => '');
const listed = new Set(
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#')),
);
const missing = currentUrls().filter((url) => !listed.has(url));
if (missing.length === 0) {
  console.log(`All ${listed.size} published URLs are listed.`);
} else if (process.argv.includes('--update')) {
  const header = text ? '' : '# Published URLs: every line must keep resolving. Add lines; never remove one.\n';
  await writeFile(listFile, `${text}${header}${missing.join('\n')}\n`);
  console.log(`Added ${missing.length} URLs to ${path.relative(root, listFile)}.`);
} else {
  console.error(
    `${missing.length} URLs are served but not listed in ${path.relative(root, listFile)}; run node scripts/published-urls.ts --update:\n${missing.join('\n')}`,
  );
  process.exit(1);
}
