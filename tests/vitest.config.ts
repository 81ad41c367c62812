import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Performance tests: heavy inputs, timed as ratios (see tests/support/scaling.ts). */
const PERF = 'tests/**/*.perf.test.ts';
/** The commands' tests, which run the CLIs (some still as child processes). */
const CLI = 'tests/cli/**/*.test.ts';
/** The built site: validators and a browser. */
const SITE = 'tests/e2e/**/*.test.ts';

/**
 * Four projects, each with its own npm script; `npm test` runs them all.
 * - `unit`: pure, in-process tests of the stages, the whole project in a few seconds;
 * - `cli`: the commands;
 * - `perf`: heavy inputs (10 MB captures, the 100× pair), one file at a time so timings are fair;
 * - `site`: builds the real site once (plus a base-path build) in its global setup and checks the
 *   output, in files that run one after another because they share the builds and a browser.
 */
export default defineConfig({
  root,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [PERF, CLI, SITE, 'node_modules/**'],
          // Pure tests share nothing mutable, so worker threads that keep loaded modules between
          // files are safe, and they save most of the run: importing zod, franc and the stopword
          // lists once per worker instead of once per file.
          pool: 'threads',
          isolate: false,
          // A time limit is no measurement (the perf project measures): the first detection in a worker compiles
          // the phrase lists' patterns, seconds on a busy machine, and vitest's default of 5 s then fails a test
          // that is right.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          include: [CLI],
          exclude: [PERF],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'perf',
          include: [PERF],
          fileParallelism: false,
          testTimeout: 300_000,
          // A scaling ratio is a measurement: garbage collection in a fresh worker has read 3.1 and 3.6
          // for a linear detector that reads 1.9-2.1 on its own. Each timed run now starts after a
          // full collection (`scaling` calls `gc`, exposed here), so no run pays for the garbage of
          // the one before; and a quadratic step reads about 4 on every try, so a retry still lets
          // remaining noise pass without letting a regression through.
          execArgv: ['--expose-gc'],
          retry: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: [SITE],
          globalSetup: ['tests/support/build-sites.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
