import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { overridesFromEnv, readCatalog } from '../catalog/files.ts';
import { LLMS_PATHS, codeTwin, llmsFullTxt, llmsTxt, operationTwin, twinPages } from '../catalog/markdown-twins.ts';
import { errorUrl, operationUrl, twinUrl } from '../catalog/urls.ts';

/**
 * Writes the Markdown twin of every code and operation page, `/llms.txt` and `/llms-full.txt` into the built site
 * (markdown-twins.ts), from the catalog the build read (the same content, read once more by `readCatalog`).
 */
export function markdownTwins(site: string): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'markdown-twins',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const catalog = readCatalog(root, overridesFromEnv(process.env));
        const pages = twinPages(catalog);
        const write = async (url: string, text: string) => {
          const file = path.join(outDir, ...url.split('/').filter(Boolean));
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(file, text);
        };
        for (const page of pages) await write(twinUrl(errorUrl(page.page)), codeTwin(page, site));
        for (const operation of catalog.operations)
          await write(twinUrl(operationUrl(operation.name)), operationTwin(operation, site));
        await write(LLMS_PATHS.index, llmsTxt(catalog, pages, site));
        await write(LLMS_PATHS.full, llmsFullTxt(catalog, pages, site));
        logger.info(`Markdown twins: ${pages.length} code pages, ${catalog.operations.length} operations, llms.txt`);
      },
    },
  };
}
