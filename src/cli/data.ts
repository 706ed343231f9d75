import type { Catalog } from '../catalog/catalog.ts';
import { toCatalogExport, type CatalogExport } from '../catalog/export.ts';
import { lookupCatalogOf } from '../catalog/lookup-index.ts';
import { CATEGORIES, RETRY_ADVICE } from '../catalog/taxonomy.ts';
import type { LookupCatalog } from '../lookup/types.ts';

/** One code as the offline command shows it: its `/errors.json` record and the guidance it prints. */
export interface CliCode {
  /** The code's record in `/errors.json` (what `--json` prints as the code's catalog entry). */
  record: CatalogExport['codes'][number];
  categoryLabel: string;
  retryLabel: string;
  retryAdvice: string;
  /** The guidance's "How to fix" and "When to retry" sections, as written (Markdown). */
  howToFix: string;
  whenToRetry: string;
}

/** Everything `dds-errors` needs, generated from the catalog when the project is installed or packed. */
export interface CliData {
  /** The site's origin, the default base of every printed link. */
  site: string;
  product: { code: string; name: string; apiVersion: string };
  lookup: LookupCatalog;
  codes: CliCode[];
}

/** The text of one `## <heading>` section of a guidance body, without its heading. */
export function guidanceSection(body: string, heading: string): string {
  const start = body.search(new RegExp(`^## ${heading}[ \\t]*$`, 'm'));
  if (start < 0) return '';
  const rest = body.slice(start).replace(/^.*\n/, '');
  const end = rest.search(/^## /m);
  return (end < 0 ? rest : rest.slice(0, end)).trim();
}

/** The command's data from the catalog (the build's own, read by scripts/build-cli.ts). */
export function cliDataOf(catalog: Catalog, site: string): CliData {
  const entries = catalog.records.map(({ entry }) => entry);
  const exported = toCatalogExport(catalog.product, entries);
  return {
    site,
    product: { code: catalog.product.product, name: catalog.product.name, apiVersion: catalog.product.apiVersion },
    lookup: lookupCatalogOf(catalog.product, entries),
    codes: catalog.records.map(({ entry, guidanceBody }, index) => {
      const record = exported.codes[index];
      if (!record || record.code !== entry.code) throw new Error(`export out of step at ${entry.code}`);
      return {
        record,
        categoryLabel: CATEGORIES[entry.guidance.category].label,
        retryLabel: RETRY_ADVICE[entry.guidance.retry].label,
        retryAdvice: RETRY_ADVICE[entry.guidance.retry].advice,
        howToFix: guidanceSection(guidanceBody, 'How to fix'),
        whenToRetry: guidanceSection(guidanceBody, 'When to retry'),
      };
    }),
  };
}
