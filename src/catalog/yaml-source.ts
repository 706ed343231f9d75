import { JSON_SCHEMA, load as loadYaml } from 'js-yaml';

/** Where and why a YAML text does not parse: `line` counted from `firstLine`, undefined when the parser gave none. */
export interface YamlSyntaxError {
  line: number | undefined;
  reason: string;
}

/**
 * Parses YAML with the JSON schema (no dates, no custom tags). A syntax error comes back with its line, counted from
 * `firstLine` (1 for a whole file; a frontmatter block's first line otherwise), for the caller's ContentError.
 */
export function readYaml(text: string, firstLine = 1): { data: unknown } | { error: YamlSyntaxError } {
  try {
    return { data: loadYaml(text, { schema: JSON_SCHEMA }) };
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return { error: { line: mark?.line === undefined ? undefined : mark.line + firstLine, reason } };
  }
}
