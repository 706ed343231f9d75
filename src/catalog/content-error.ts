/**
 * A problem in a content file, always with the file and (where there is one) the 1-based line.
 * The build prints `message` as is, so it must say what is wrong and where.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;

  constructor(file: string, line: number | undefined, problem: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}

/**
 * Several content problems reported together, so one build run shows all of them. (Not named `errors`: Astro shows
 * only the first item of an error's `errors` array.)
 */
export class ContentErrors extends Error {
  readonly problems: readonly ContentError[];

  constructor(problems: readonly ContentError[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`${count} in the content:\n${problems.map((problem) => `  - ${problem.message}`).join('\n')}`);
    this.name = 'ContentErrors';
    this.problems = problems;
  }
}
