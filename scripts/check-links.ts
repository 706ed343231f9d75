/**
 * Crawls the built site (dist/) and fails on any broken internal link or anchor: every `href`/`src` that points into
 * the site must name a file or page that exists, and every `#fragment` an element id on that page. This covers the
 * Markdown links of content/docs as built, and every generated page.
 *
 *   node scripts/check-links.ts [--dist dist]
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = path.resolve(values.dist);

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

const htmlFiles = readdirSync(dist, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => path.join(entry.parentPath, entry.name));

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((match) => decodeEntities(match[1] ?? '')));
    idsCache.set(file, ids);
  }
  return ids;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** The file a site path is served from, as a static host serves `dist/` (404.html is not a target). */
function targetFile(sitePath: string): string | undefined {
  const local = path.join(dist, decodeURIComponent(sitePath));
  if (existsSync(local) && statSync(local).isFile()) return local;
  const index = path.join(local, 'index.html');
  return existsSync(index) ? index : undefined;
}

const broken: string[] = [];
let checked = 0;
for (const file of htmlFiles) {
  const pagePath = `/${path
    .relative(dist, file)
    .replace(/index\.html$/, '')
    .split(path.sep)
    .join('/')}`;
  const html = readFileSync(file, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (tag) =>
    tag.replace(/>[\s\S]*<\/script>$/, '></script>'),
  );
  for (const match of html.matchAll(ATTRIBUTE)) {
    const raw = decodeEntities(match[1] ?? '');
    if (!raw || /^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) continue;
    const url = new URL(raw, `http://site${pagePath}`);
    checked += 1;
    const target = targetFile(url.pathname);
    if (!target) {
      broken.push(`${path.relative(dist, file)}: ${raw} (no such page or file)`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && target.endsWith('.html') && fragment !== '_top' && !idsOf(target).has(fragment)) {
      broken.push(`${path.relative(dist, file)}: ${raw} (no element #${fragment})`);
    }
  }
}
if (broken.length > 0) {
  console.error(
    `${broken.length} broken internal links in ${path.relative(process.cwd(), dist)}:\n${broken.slice(0, 100).join('\n')}`,
  );
  process.exit(1);
}
console.log(
  `Links: ${checked.toLocaleString('en')} internal links and anchors in ${htmlFiles.length} pages, none broken.`,
);
