import type { CliIo } from '../../src/cli/io.ts';
import { ROOT } from '../support/build-site.ts';

/** What a command printed and returned. */
export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a CLI's `main` in-process, as `npm run` would from the project root, with a fake terminal:
 * not a TTY and an empty environment unless `io` says otherwise.
 */
export function runCli(main: (argv: readonly string[], io: CliIo) => number, args: readonly string[], io: Partial<CliIo> = {}): CliRun {
  let stdout = '';
  let stderr = '';
  const status = main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: ROOT,
    env: {},
    isTTY: false,
    ...io,
  });
  return { status, stdout, stderr };
}
