/**
 * What a page costs a reader before any search: the HTML plus every stylesheet and script it loads, following
 * static `import` statements between scripts, each counted once, gzip-compressed as a static host would serve it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const STYLESHEET = /<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"/g;
const SCRIPT_SRC = /<script[^>]+src="([^"]+)"/g;
const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[^'"();]*?from\s*)?["']([^"']+\.js)["']/g;

function gzipBytes(content: Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

export interface PageWeight {
  files: number;
  rawBytes: number;
  gzipBytes: number;
}

export function pageWeight(distDir: string, pagePath: string): PageWeight {
  const htmlFile = path.join(distDir, pagePath, pagePath.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(htmlFile);
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const match of html.toString('utf8').matchAll(STYLESHEET)) queue.push(match[1] ?? match[2] ?? '');
  for (const match of html.toString('utf8').matchAll(SCRIPT_SRC)) queue.push(match[1] ?? '');
  let rawBytes = html.length;
  let gzip = gzipBytes(html);
  while (queue.length > 0) {
    const url = queue.shift() ?? '';
    if (!url.startsWith('/') || seen.has(url)) continue;
    seen.add(url);
    const content = readFileSync(path.join(distDir, url));
    rawBytes += content.length;
    gzip += gzipBytes(content);
    if (url.endsWith('.js')) {
      for (const match of content.toString('utf8').matchAll(STATIC_IMPORT)) {
        queue.push(path.posix.resolve(path.posix.dirname(url), match[1] ?? ''));
      }
    }
  }
  return { files: seen.size + 1, rawBytes, gzipBytes: gzip };
}
