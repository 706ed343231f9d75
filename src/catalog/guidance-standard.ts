import type { GuidanceMentions, Mention } from './guidance-mentions.ts';
import type { ApiParameter, Guidance } from './schema.ts';

/**
 * The parts of `shared/guidance-standard.md` a build can hold a page to, each as a problem at the file's line:
 *
 * - it cites its sources (`sources:` in the frontmatter);
 * - step one of "How to fix" reads the error itself (the `Recommend` link of its RequestId), and a permission page
 *   also reads `AccessDeniedDetail` and shows the resource ARN the policy needs (`acs:…`);
 * - every operation it names stands in a code span, so the page links it to the operation's API reference, and a
 *   code span shaped like an operation name is one of the metadata's, or links to its own product's reference;
 * - every `aliyun <product> <Operation>` command names a real operation and carries all its required parameters;
 * - no paragraph sends the reader to "the API reference" without a link.
 *
 * The rest of the standard (facts, concrete fixes, honest retry classes) is for a reviewer; see ARCHITECTURE.md.
 */
export interface StandardContext {
  /** The metadata's operations by name, with their parameters. */
  operations: ReadonlyMap<string, { parameters: readonly ApiParameter[] }>;
  /** Every parameter name a request may carry (the metadata's and the RPC common ones). */
  parameters: ReadonlySet<string>;
  /** The product's command in Alibaba Cloud's CLI (`aliyun dds …`): the product code in lower case. */
  cliProduct: string;
}

/** A problem found, at a line of the guidance body (the caller adds the frontmatter's lines). */
export interface StandardProblem {
  line: number | undefined;
  problem: string;
}

/** Verbs that open Alibaba Cloud operation names: a code span starting with one is read as an operation name. */
const OPERATION_VERB =
  /^(?:Describe|Modify|Create|Delete|Allocate|Release|Check|Restart|Switch|Upgrade|Migrate|Renew|Transform|Tag|Untag|List|Reset|Evaluate|Cancel|Transfer|Destroy|Get|Update|Add|Remove|Attach|Detach|Enable|Disable)[A-Z]/;

/** The name a parameter spelling stands for: `Tag.1.Key` → `Tag`, `ModifyMode=Append` → `ModifyMode`. */
const baseName = (text: string): string => text.split(/[.=\s]/)[0] ?? text;

function operationNames(context: StandardContext, mentions: GuidanceMentions): StandardProblem[] {
  const problems: StandardProblem[] = [];
  const reported = new Set<string>();
  for (const { text, line } of mentions.bareWords) {
    if (!context.operations.has(text) || reported.has(text)) continue;
    reported.add(text);
    problems.push({
      line,
      problem: `names the operation ${text} in plain text: write \`${text}\` so the page links it to its API reference`,
    });
  }
  for (const { text, line } of mentions.codeSpans) {
    const name = baseName(text.trim());
    if (!OPERATION_VERB.test(name) || context.operations.has(name) || context.parameters.has(name)) continue;
    problems.push({
      line,
      problem: `\`${text}\` reads as an operation name, but the API metadata has none: another product's operation must link to its reference`,
    });
  }
  return problems;
}

/** Whether a command line sends a parameter: `--Name value`, `--Name=value` or a list item `--Name.1 …`. */
const sends = (command: string, name: string): boolean =>
  new RegExp(`(?:^|\\s)--${name.replace(/[.]/g, '\\.')}(?:[\\s=.]|$)`).test(command);

function commands(context: StandardContext, mentions: GuidanceMentions): StandardProblem[] {
  const problems: StandardProblem[] = [];
  const prefix = new RegExp(`^aliyun\\s+${context.cliProduct}\\s+(\\S+)`, 'i');
  for (const { text, line } of mentions.commands) {
    const operation = prefix.exec(text)?.[1];
    if (operation === undefined) continue;
    const known = context.operations.get(operation);
    if (!known) {
      problems.push({
        line,
        problem: `the command \`aliyun ${context.cliProduct} ${operation}\` names no operation of the API metadata`,
      });
      continue;
    }
    const missing = known.parameters.filter((parameter) => parameter.required && !sends(text, parameter.name));
    if (missing.length > 0)
      problems.push({
        line,
        problem: `the command \`aliyun ${context.cliProduct} ${operation}\` lacks its required parameter${missing.length > 1 ? 's' : ''} ${missing.map((parameter) => `--${parameter.name}`).join(', ')}`,
      });
  }
  return problems;
}

function diagnosis(guidance: Guidance, mentions: GuidanceMentions): StandardProblem[] {
  const problems: StandardProblem[] = [];
  const step = mentions.firstFixStep;
  if (!step || !/\bRecommend\b/.test(step.text))
    problems.push({
      line: step?.line,
      problem:
        'step one of "How to fix" must tell the reader what to read in the error itself: its `Recommend` link (Alibaba’s diagnosis of that RequestId)',
    });
  if (guidance.category === 'access') {
    if (!/\bAccessDeniedDetail\b/.test(mentions.text))
      problems.push({ line: step?.line, problem: 'a permission page must say what to read in `AccessDeniedDetail`' });
    if (!/\bacs:[a-z-]+:/.test(mentions.text))
      problems.push({
        line: undefined,
        problem: 'a permission page must show the resource ARN its policy needs (`acs:…`)',
      });
  }
  return problems;
}

const unlinkedReferences = (mentions: GuidanceMentions): StandardProblem[] =>
  mentions.unlinkedReferences.map(({ line }: Mention) => ({
    line,
    problem: 'speaks of the API reference without linking it: link the operation’s reference page',
  }));

/** Every way the page falls short of the checkable standard; empty when it meets it. */
export function standardProblems(
  guidance: Guidance,
  mentions: GuidanceMentions,
  context: StandardContext,
): StandardProblem[] {
  return [
    ...diagnosis(guidance, mentions),
    ...operationNames(context, mentions),
    ...commands(context, mentions),
    ...unlinkedReferences(mentions),
  ];
}
