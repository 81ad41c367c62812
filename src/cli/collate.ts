import { parseArgs } from 'node:util';
import { CollationSizeError } from '../engine/tokens/size-limit.ts';
import { ContentError } from '../corpus/content-error.ts';
import { readWitnessPair } from '../corpus/read-witness.ts';
import { readWitnesses } from '../corpus/read-witnesses.ts';
import { collate } from '../engine/collate.ts';
import { type CliIo, isEntry, jsonForTerminal, oneLine, resolvePath, runAsProcess, useColor } from './io.ts';
import { terminalReport } from './report/terminal-report.ts';
import { printSynopsis } from './synopsis.ts';

/**
 * `npm run --silent collate -- <a> <b> [<c> …] [--json]`: collates two texts (three or more: a synopsis) (plain text or Markdown) and
 * prints a side-by-side report, or with `--json` the collation object and nothing else. Every
 * failure is one line on stderr and a non-zero exit: 2 for a wrong command line, 1 for a file that
 * cannot be read as text.
 */

/** The one-line usage, appended to every command-line error. */
const USAGE = 'usage: npm run --silent collate -- <a> <b> [<c> …] [--json]';

/** Runs the command with `argv` (the arguments after the script name); returns the exit code. */
export function main(argv: readonly string[], io: CliIo): number {
  try {
    return run(argv, io);
  } catch (error) {
    // A ContentError already reads `file: problem`; anything else is a bug, still reported on one line.
    const message =
      error instanceof ContentError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    return fail(io, message, 1);
  }
}

function run(argv: readonly string[], io: CliIo): number {
  let values: { json?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    return fail(io, `${argumentProblem(error)} (${USAGE})`, 2);
  }
  if (values.help) {
    io.stdout(
      `${USAGE}\nCompares two texts sentence by sentence, or three or more in one synopsis; --json prints the collation as JSON.\n`,
    );
    return 0;
  }
  if (positionals.length < 2) return fail(io, `missing operand: expected two files, got ${positionals.length} (${USAGE})`, 2);

  const resolveFile = (file: string) => resolvePath(io, file);
  if (positionals.length > 2) {
    printSynopsis(readWitnesses(positionals, resolveFile), values.json === true, {
      write: io.stdout,
      width: io.columns || 100,
      color: useColor(io),
    });
    return 0;
  }
  const [a, b] = readWitnessPair(positionals[0]!, positionals[1]!, resolveFile);
  let collation: ReturnType<typeof collate>;
  try {
    collation = collate(a, b);
  } catch (error) {
    // Too long a text: one line naming the file as typed and the limit, not a heap abort.
    if (!(error instanceof CollationSizeError)) throw error;
    return fail(io, `${error.witness === a.id ? positionals[0] : positionals[1]}: ${error.problem}`, 1);
  }
  const text = values.json ? jsonForTerminal(collation) : terminalReport(collation, { width: io.columns || 100, color: useColor(io) });
  io.stdout(`${text}\n`);
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

function fail(io: CliIo, message: string, code: number): number {
  io.stderr(`collate: ${oneLine(message)}\n`);
  return code;
}

if (isEntry(import.meta.url)) runAsProcess('collate', main);
