/**
 * An error in a content file or an input file, located precisely enough for a person to fix it.
 *
 * Every check in the pipeline throws this instead of a bare `Error`, so that the build, the CLIs
 * and the tests can all print one line of the form `file:line: problem` and never a stack trace
 * alone.
 */
export class ContentError extends Error {
  /** The file the problem is in, as the user named it (relative paths stay relative). */
  readonly file: string;
  /** The 1-based line the problem is on, when there is one. */
  readonly line: number | undefined;
  /** The problem, without the location. */
  readonly problem: string;

  constructor(file: string, problem: string, line?: number) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}
