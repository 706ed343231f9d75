#!/usr/bin/env node
/**
 * A minimal static host for the built site, behaving like the common static hosts the README names:
 * `/path` and `/path/` serve `/path/index.html`, unknown paths serve `/404.html` with status 404, and the
 * rules of `dist/_headers` (Netlify/Cloudflare Pages format) are applied. Used by the end-to-end tests.
 *
 *   node scripts/serve-dist.mjs [--port 4329] [--host 127.0.0.1] [--dir dist]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4329' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
  },
});
const root = path.resolve(values.dir);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** Parses `_headers`: a path pattern line, then indented `Name: value` lines. `*` matches any run of characters. */
async function loadHeaderRules() {
  const text = await readFile(path.join(root, '_headers'), 'utf8').catch(() => '');
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .split('*')
          .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
      );
      rules.push({ pattern, headers: [] });
    } else if (rules.length > 0) {
      const colon = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}
const headerRules = await loadHeaderRules();

async function isFile(file) {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

async function resolveFile(urlPath) {
  const safe = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = path.join(root, safe);
  if (!candidate.startsWith(root)) return undefined;
  if (await isFile(candidate)) return candidate;
  if (await isFile(path.join(candidate, 'index.html'))) return path.join(candidate, 'index.html');
  return undefined;
}

createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let file;
  try {
    file = await resolveFile(url.pathname);
  } catch {
    file = undefined; // malformed percent-encoding: treat as not found
  }
  const status = file ? 200 : 404;
  file ??= path.join(root, '404.html');
  const body = await readFile(file).catch(() => Buffer.from('Not found'));
  const headers = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
  for (const rule of headerRules)
    if (rule.pattern.test(url.pathname)) for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
  response.writeHead(status, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}).listen(Number(values.port), values.host, () => {
  console.log(`Serving ${root} at http://${values.host}:${values.port}/`);
});
