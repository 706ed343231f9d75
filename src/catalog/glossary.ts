import { z } from 'zod';
import { ContentError } from './content-error.ts';
import { readYaml } from './yaml-source.ts';

/** One term of a language's glossary (`content/i18n/glossary.<locale>.yaml`). */
export const glossaryTermSchema = z.strictObject({
  /** The English term. */
  en: z.string().min(1),
  /** The word the translated pages use. */
  zh: z.string().min(1),
  /** Where the choice comes from (Alibaba's own documentation or metadata). */
  source: z.string().min(1).optional(),
  /** Spellings a translated page must not use. */
  avoid: z.array(z.string().min(1)).default([]),
});

export const glossarySchema = z.strictObject({ terms: z.array(glossaryTermSchema).min(1) });

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export interface Glossary {
  file: string;
  terms: GlossaryTerm[];
  /** Every avoided spelling with the term to use instead. */
  avoided: { avoid: string; term: GlossaryTerm }[];
}

/** Reads and validates a glossary; problems name the file (and the line, for YAML errors). */
export function readGlossary(file: string, text: string): { glossary?: Glossary; problems: ContentError[] } {
  const yaml = readYaml(text);
  if ('error' in yaml)
    return { problems: [new ContentError(file, yaml.error.line, `invalid YAML: ${yaml.error.reason}`)] };
  const { data } = yaml;
  const parsed = glossarySchema.safeParse(data);
  if (!parsed.success)
    return {
      problems: parsed.error.issues.map(
        (issue) => new ContentError(file, undefined, `"${issue.path.join('.')}": ${issue.message}`),
      ),
    };
  const { terms } = parsed.data;
  return {
    glossary: { file, terms, avoided: terms.flatMap((term) => term.avoid.map((avoid) => ({ avoid, term }))) },
    problems: [],
  };
}
