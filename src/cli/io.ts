import { realpathSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { showControls } from '../corpus/capture/visible-controls.ts';

/**
 * Everything a command touches outside its arguments. `main(argv, io)` of each CLI takes one, so
 * tests run a command in-process with a fake terminal, folder and environment, and the real entry
 * point passes `processIo()`.
 */
export interface CliIo {
  /** Writes to standard output. */
  stdout: (text: string) => void;
  /** Writes to standard error. */
  stderr: (text: string) => void;
  /** The folder the user typed the command in; relative paths are resolved against it. */
  cwd: string;
  /** The environment (NO_COLOR, FORCE_COLOR, TERM). */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal. */
  isTTY: boolean;
  /** The terminal's width in columns, when it is one. */
  columns?: number;
}

/**
 * The real process as a `CliIo`. Under `npm run <script>`, the script starts in the package root
 * and the folder the user was in is INIT_CWD: paths on the command line mean what they meant
 * there. (Only for our own script: an INIT_CWD inherited from some other npm run says nothing.)
 */
export function processIo(script: string): CliIo {
  const underNpm = process.env.npm_lifecycle_event === script && process.env.INIT_CWD;
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: underNpm ? process.env.INIT_CWD! : process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
  };
}

/** A path from the command line, resolved against the caller's folder. */
export function resolvePath(io: CliIo, file: string): string {
  return isAbsolute(file) ? file : resolve(io.cwd, file);
}

/**
 * Whether to colour, as Node's own colour support decides: FORCE_COLOR wins (any value but "0"
 * colours), then NO_COLOR (any non-empty value) or TERM=dumb turns it off, else only a terminal.
 */
export function useColor(io: CliIo): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR || io.env.NODE_DISABLE_COLORS || io.env.TERM === 'dumb') return false;
  return io.isTTY;
}

/** One line for a terminal: line breaks folded, control characters shown rather than sent. */
export function oneLine(text: string): string {
  return showControls(text.replace(/\s*\n\s*/g, ' '), { terminal: true });
}

/**
 * JSON for standard output. JSON.stringify escapes C0 controls but not C1 ones or direction
 * overrides, which a terminal may still obey: those are escaped too. The JSON means the same.
 */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Runs a command as a process: exit code from `main`, and a reader who closes the pipe early
 * (`… | head`) ends the command quietly instead of with an EPIPE stack trace.
 */
export function runAsProcess(script: string, main: (argv: readonly string[], io: CliIo) => number): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
  process.exitCode = main(process.argv.slice(2), processIo(script));
}

/** True when the module at `url` is the script Node was started with (directly, through npm run or a bin link). */
export function isEntry(url: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(url));
  } catch {
    return false;
  }
}
