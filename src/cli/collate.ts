import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { collate } from '../engine/collate.ts';
import { CollationSizeError } from '../engine/tokens/size-limit.ts';
import { ContentError } from '../corpus/content-error.ts';
import { terminalReport } from './report/terminal-report.ts';
import { readWitnessPair } from '../corpus/read-witness.ts';

/**
 * `npm run collate -- <a> <b> [--json]`: collates two texts (plain text or Markdown) and prints
 * a side-by-side report, or with `--json` the collation object and nothing else. Every failure
 * is one line on stderr and a non-zero exit: 2 for a wrong command line, 1 for a file that
 * cannot be read as text.
 */

/** The one-line usage, appended to every command-line error. */
const USAGE = 'usage: npm run collate -- <a> <b> [--json]';

function main(argv: readonly string[]): number {
  let values: { json?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    return fail(`${argumentProblem(error)} (${USAGE})`, 2);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\nCompares two texts sentence by sentence; --json prints the collation as JSON.\n`);
    return 0;
  }
  if (positionals.length !== 2) {
    const problem =
      positionals.length < 2
        ? `missing operand: expected two files, got ${positionals.length}`
        : `too many operands: expected two files, got ${positionals.length}`;
    return fail(`${problem} (${USAGE})`, 2);
  }

  // `npm run` starts scripts in the package root; paths mean what they meant where the user typed them.
  const base = process.env.npm_lifecycle_event === 'collate' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
  const [a, b] = readWitnessPair(positionals[0]!, positionals[1]!, (file) => (isAbsolute(file) ? file : resolve(base, file)));
  let collation: ReturnType<typeof collate>;
  try {
    collation = collate(a, b);
  } catch (error) {
    // Too long a text: one line naming the file as typed and the limit, not a heap abort.
    if (!(error instanceof CollationSizeError)) throw error;
    return fail(`${error.witness === a.id ? positionals[0] : positionals[1]}: ${error.problem}`, 1);
  }
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const text = values.json
    ? JSON.stringify(collation, null, 2)
    : terminalReport(collation, { width: process.stdout.columns || 100, color });
  process.stdout.write(`${text}\n`);
  return 0;
}

/** parseArgs' own messages run to several sentences; one clause is enough here. */
function argumentProblem(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'([^']+)'/.exec(message ?? '')?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option ?? ''}`.trim();
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `option ${option ?? ''} takes no value`.replace('  ', ' ');
  return (message ?? String(error)).split('\n')[0]!;
}

function fail(message: string, code: number): number {
  process.stderr.write(`collate: ${message}\n`);
  return code;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // A ContentError already reads `file: problem`; anything else is a bug, still reported on one line.
  const message =
    error instanceof ContentError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
  process.exitCode = fail(message.replace(/\s*\n\s*/g, ' '), 1);
}
