import { z } from 'zod';
import { ContentError } from './content-error.ts';
import { readYaml } from './yaml-source.ts';

/**
 * The product a catalog covers and where its sources are: `content/product.yaml`. The catalog code never names a
 * product; everything product-specific is here, so another product's table, metadata and tool list could be added
 * with a file of the same shape.
 */
export const productConfigSchema = z.strictObject({
  /** Alibaba Cloud product code, as in the metadata's `info.product` and the troubleshoot link's `product=` (`Dds`). */
  product: z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/),
  /** The product's name on pages (`ApsaraDB for MongoDB`). */
  name: z.string().min(1),
  /** API version of the metadata, its `info.version` (`2015-12-01`). */
  apiVersion: z.string().min(1),
  /** Service code in RAM actions and resource ARNs (`dds` in `dds:CreateDBInstance`, `acs:dds:…`). */
  ramService: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Resource type of an instance in its RAM ARN (`dbinstance` in `acs:dds:<region>:<account>:dbinstance/<id>`). */
  ramInstanceResource: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Source files, relative to the project root. */
  sources: z.strictObject({
    /** Alibaba's error-code table (Markdown), kept verbatim. */
    table: z.string().min(1),
    /** Alibaba's OpenAPI metadata of this API version, English (JSON), kept verbatim. */
    metadata: z.string().min(1).optional(),
    /** Codes Alibaba's own tools handle that neither list publishes (JSON, collected by hand; see its `about`). */
    tools: z.string().min(1).optional(),
    /**
     * Alibaba's translations of the error-code table, by locale (`zh-cn`): the same rows in the same order, paired
     * with the English table's (translated-table.ts), with the header name of each column.
     */
    translations: z
      .record(
        z.string().regex(/^[a-z]{2}(?:-[a-z]{2,4})?$/),
        z.strictObject({
          table: z.string().min(1),
          columns: z.strictObject({
            description: z.string().min(1),
            code: z.string().min(1),
            message: z.string().min(1),
            status: z.string().min(1),
          }),
          /** Alibaba's OpenAPI metadata in this language (operation titles and summaries), kept verbatim. */
          metadata: z.string().min(1).optional(),
          /** Folder of this language's guidance files, one per code page (`<Code>.md`), each a translation. */
          guidance: z.string().min(1).optional(),
          /** The words this language's pages use (glossary.ts): spellings it avoids fail the build. */
          glossary: z.string().min(1).optional(),
        }),
      )
      .optional(),
  }),
  /** Folder of the guidance files, one per code page (`<Code>.md`). */
  guidance: z.string().min(1),
  /** English title of each operation group of the metadata, by the group's id; every group needs one. */
  operationGroups: z.record(z.string().regex(/^\d+$/), z.string().min(1)).default({}),
});

export type ProductConfig = z.infer<typeof productConfigSchema>;

/** The project's own configuration file. */
export const PRODUCT_CONFIG_FILE = 'content/product.yaml';

/** Reads and validates a product configuration; problems name the file and the line of the field. */
export function readProductConfig(file: string, text: string): { config?: ProductConfig; problems: ContentError[] } {
  const yaml = readYaml(text);
  if ('error' in yaml)
    return { problems: [new ContentError(file, yaml.error.line, `invalid YAML: ${yaml.error.reason}`)] };
  const { data } = yaml;
  const parsed = productConfigSchema.safeParse(data);
  if (parsed.success) return { config: parsed.data, problems: [] };
  const lines = text.split(/\r?\n/);
  return {
    problems: parsed.error.issues.map((issue) => {
      // An unknown field is reported on its parent; name the field itself.
      const unknown = issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [];
      const path = [...issue.path.map(String), ...unknown];
      const line = lineOfKeys(lines, path);
      return new ContentError(file, line, `"${path.join('.') || '(top level)'}": ${issue.message}`);
    }),
  };
}

/** 1-based line of a nested key (`sources.table`): each key searched for below its parent's line. */
function lineOfKeys(lines: readonly string[], keys: readonly string[]): number | undefined {
  let from = 0;
  let found: number | undefined;
  for (const key of keys) {
    const pattern = new RegExp(`^\\s*['"]?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*:`);
    const index = lines.findIndex((line, at) => at >= from && pattern.test(line));
    if (index < 0) break;
    found = index + 1;
    from = index + 1;
  }
  return found;
}
