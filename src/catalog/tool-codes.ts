import { z } from 'zod';
import { ContentError } from './content-error.ts';
import { jsonPath, readJsonSource } from './json-source.ts';
import { CODE_PATTERN } from './schema.ts';

/**
 * The third source: codes Alibaba's own tools handle that neither published list has
 * (`content/source/tool-handled-codes.json`, collected by hand, each place cited by repository, path, line and commit).
 */
const toolCodesSchema = z.strictObject({
  about: z.string().min(1),
  /** `owner/name` on GitHub. */
  repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  /** The commit every path and line refers to. */
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  codes: z.array(
    z.strictObject({
      code: z.string().regex(CODE_PATTERN),
      handled: z
        .array(
          z.strictObject({
            path: z.string().min(1),
            line: z.number().int().positive(),
            /** The API operation whose error is handled, as the tool calls it. */
            operation: z
              .string()
              .regex(/^[A-Za-z][A-Za-z0-9]*$/)
              .optional(),
            how: z.enum(['retried', 'tolerated', 'not-found']),
            note: z.string().min(1).optional(),
          }),
        )
        .min(1),
    }),
  ),
});

/** One place where a tool handles a code. */
export interface ToolHandling {
  repository: string;
  commit: string;
  path: string;
  line: number;
  operation?: string;
  /** retried: the call is repeated; tolerated: the error is ignored; not-found: the resource is taken to be gone. */
  how: 'retried' | 'tolerated' | 'not-found';
  note?: string;
  /** The line on GitHub, at the commit. */
  url: string;
}

export interface ToolCodes {
  file: string;
  codes: { code: string; handled: ToolHandling[]; line: number | undefined }[];
}

export function readToolCodes(file: string, text: string): { tools?: ToolCodes; problems: ContentError[] } {
  const source = readJsonSource(file, text);
  if (source.value === undefined) return { problems: source.problems };
  const parsed = toolCodesSchema.safeParse(source.value);
  if (!parsed.success) {
    return {
      problems: [
        ...source.problems,
        ...parsed.error.issues.map((issue) => {
          const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
          return new ContentError(file, source.lineOf(path), `${jsonPath(path)}: ${issue.message}`);
        }),
      ],
    };
  }
  const { repository, commit } = parsed.data;
  const problems = [...source.problems];
  const seen = new Set<string>();
  const codes = parsed.data.codes.map(({ code, handled }, index) => {
    if (seen.has(code))
      problems.push(new ContentError(file, source.lineOf(['codes', index]), `code "${code}" is listed twice`));
    seen.add(code);
    return {
      code,
      line: source.lineOf(['codes', index]),
      handled: handled.map((place) => ({
        repository,
        commit,
        ...place,
        url: `https://github.com/${repository}/blob/${commit}/${place.path}#L${place.line}`,
      })),
    };
  });
  return { tools: { file, codes }, problems };
}
