import { z } from 'zod';
import { ContentError } from './content-error.ts';
import { jsonPath, readJsonSource } from './json-source.ts';
import type { ApiParameter } from './schema.ts';

/**
 * Alibaba Cloud's OpenAPI metadata of one product and API version (`content/source/api-metadata/*.json`), read for
 * the parts this site uses: operations with their parameters and the error codes each returns, the operation groups
 * and the endpoints. Anything else in the file is ignored, so a newer upstream copy with new fields still reads.
 */

/** A parameter schema value that the metadata writes as a number or as a string (`"default": "0"`). */
const scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);

const parameterSchema = z.object({
  name: z.string().min(1),
  in: z.string().optional(),
  schema: z
    .object({
      type: z.string().optional(),
      required: z.boolean().optional(),
      description: z.string().optional(),
      enum: z.array(scalar).optional(),
      default: scalar.optional(),
      maxLength: z.number().optional(),
      minLength: z.number().optional(),
      minimum: scalar.optional(),
      maximum: scalar.optional(),
      pattern: z.string().optional(),
      example: scalar.optional(),
      items: z.object({ properties: z.record(z.string(), z.unknown()).optional() }).optional(),
    })
    .optional(),
});

const errorCodeSchema = z.object({ errorCode: z.string().trim().min(1), errorMessage: z.string().trim().min(1) });

const operationSchema = z.object({
  title: z.string().optional(),
  summary: z.string().optional(),
  description: z.string().optional(),
  deprecated: z.boolean().optional(),
  parameters: z.array(parameterSchema).default([]),
  errorCodes: z.record(z.string(), z.array(errorCodeSchema)).default({}),
});

interface Directory {
  id: number;
  title?: string | null;
  children: (string | Directory)[];
}
const directorySchema: z.ZodType<Directory> = z.lazy(() =>
  z.object({
    id: z.number(),
    title: z.string().nullable().optional(),
    children: z.array(z.union([z.string(), directorySchema])).default([]),
  }),
);

const metadataSchema = z.object({
  info: z.object({ product: z.string().min(1), version: z.string().min(1) }),
  directories: z.array(directorySchema).default([]),
  apis: z.record(
    z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'an operation name holds only letters and digits'),
    operationSchema,
  ),
  endpoints: z.array(z.object({ regionId: z.string(), endpoint: z.string() })).default([]),
});

/** One (code, status, message) an operation returns, where the metadata lists it. */
export interface ApiErrorCode {
  code: string;
  message: string;
  status: number;
  jsonPath: string;
  line: number | undefined;
}

export interface ApiOperation {
  name: string;
  title?: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  /** Id of the metadata directory (group) that lists it, if any. */
  groupId?: number;
  parameters: ApiParameter[];
  errors: ApiErrorCode[];
  line: number | undefined;
}

export interface ApiMetadata {
  file: string;
  product: string;
  version: string;
  /** In the file's order. */
  operations: ApiOperation[];
  /** The metadata's directories, flattened: each group's id, title (if any) and operations, in the file's order. */
  groups: { id: number; title?: string; operations: string[] }[];
  endpoints: { regionId: string; endpoint: string }[];
}

const STATUS = /^[45]\d\d$/;

/**
 * The metadata's descriptions are Markdown with Alibaba's own link syntax (`[DescribeRegions](~~61933~~)`); as plain
 * text: links as their words, no emphasis or markup, list items as `•` lines, note quotes unmarked.
 */
export function metadataText(markdown: string): string {
  return markdown
    .replace(/\[([^\]\n]{0,200})\]\([^)\n]{0,300}\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/<\/?[a-z][^>\n]{0,100}>/gi, '')
    .replace(/\\([_*\\[\]])/g, '$1')
    .replace(/^[ \t]*>[ \t]?/gm, '')
    .replace(/^[ \t]*[*-][ \t]+/gm, '• ')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function flattenGroups(directories: readonly Directory[]): { id: number; title?: string; operations: string[] }[] {
  return directories.flatMap((directory) => [
    {
      id: directory.id,
      ...(directory.title ? { title: directory.title } : {}),
      operations: directory.children.filter((child): child is string => typeof child === 'string'),
    },
    ...flattenGroups(directory.children.filter((child): child is Directory => typeof child !== 'string')),
  ]);
}

/**
 * Reads one metadata file. Never throws for bad content: every problem (not JSON, a duplicate key, a missing or
 * malformed field, an operation in two groups or in none that exists) comes back with the file, the line and the
 * JSON path, and what could be read is returned beside it.
 */
export function readApiMetadata(file: string, text: string): { metadata?: ApiMetadata; problems: ContentError[] } {
  const source = readJsonSource(file, text);
  if (source.value === undefined) return { problems: source.problems };
  const problems = [...source.problems];
  const parsed = metadataSchema.safeParse(source.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      problems.push(new ContentError(file, source.lineOf(path), `${jsonPath(path)}: ${issue.message}`));
    }
    return { problems };
  }
  const { info, directories, apis, endpoints } = parsed.data;
  const groups = flattenGroups(directories);
  const groupOf = new Map<string, number>();
  for (const group of groups) {
    for (const name of group.operations) {
      const path = ['directories', `(group ${group.id})`, name];
      if (!(name in apis))
        problems.push(
          new ContentError(file, source.lineOf(['directories']), `${jsonPath(path)}: no operation "${name}" in $.apis`),
        );
      else if (groupOf.has(name))
        problems.push(
          new ContentError(
            file,
            source.lineOf(['directories']),
            `operation "${name}" is listed in two groups (${groupOf.get(name)} and ${group.id})`,
          ),
        );
      else groupOf.set(name, group.id);
    }
  }
  const operations: ApiOperation[] = Object.entries(apis).map(([name, api]) => {
    const errors: ApiErrorCode[] = [];
    for (const [status, list] of Object.entries(api.errorCodes)) {
      if (!STATUS.test(status)) {
        const path = ['apis', name, 'errorCodes', status];
        problems.push(
          new ContentError(file, source.lineOf(path), `${jsonPath(path)}: "${status}" is not a 4xx or 5xx HTTP status`),
        );
        continue;
      }
      list.forEach((entry, index) => {
        const path = ['apis', name, 'errorCodes', status, index];
        errors.push({
          code: entry.errorCode,
          message: entry.errorMessage,
          status: Number(status),
          jsonPath: jsonPath(path),
          line: source.lineOf(path),
        });
      });
    }
    const groupId = groupOf.get(name);
    return {
      name,
      ...(api.title === undefined ? {} : { title: api.title }),
      ...(api.summary === undefined ? {} : { summary: metadataText(api.summary) }),
      ...(api.description === undefined ? {} : { description: metadataText(api.description) }),
      deprecated: api.deprecated ?? false,
      ...(groupId === undefined ? {} : { groupId }),
      parameters: api.parameters.map(({ name: parameter, in: location, schema = {} }) => ({
        name: parameter,
        ...(location === undefined ? {} : { location }),
        required: schema.required ?? false,
        ...(schema.description ? { description: metadataText(schema.description) } : {}),
        ...(schema.items?.properties ? { itemProperties: Object.keys(schema.items.properties) } : {}),
        ...Object.fromEntries(
          (['type', 'enum', 'default', 'maxLength', 'minLength', 'minimum', 'maximum', 'pattern', 'example'] as const)
            .filter((key) => schema[key] !== undefined && schema[key] !== '')
            .map((key) => [key, schema[key]]),
        ),
      })),
      errors,
      line: source.lineOf(['apis', name]),
    };
  });
  return { metadata: { file, product: info.product, version: info.version, operations, groups, endpoints }, problems };
}
