import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as collateMain } from '../src/cli/collate.ts';
import { main as importMain } from '../src/cli/import.ts';
import { ContentError } from '../src/corpus/content-error.ts';
import { loadReposts } from '../src/corpus/repost/load-repost.ts';
import { runCli } from './cli/run-cli.ts';
import { ROOT } from './support/build-site.ts';
import { copyContent } from './support/content-copy.ts';

/**
 * One bad input per file in tests/fixtures/bad/, with the one line it must produce: content a
 * careless or hostile contributor might commit (applied as edits to a copy of the shipped
 * content, then loaded as the build loads it) and command lines a user might type.
 */
interface BadInput {
  /** What the case is, for the test name. */
  what: string;
  /** Text replacements in files of a copy of `content/` (each `find` must occur). */
  edits?: { file: string; find: string; replace: string }[];
  /** A folder of the content copy to empty. */
  empty?: string;
  /** A command to run instead, from the project root. */
  cli?: { command: 'collate' | 'import'; args: string[] };
  /** The exit status the command must end with. */
  status?: number;
  /** The exact message: the error's one line (without the trailing newline). */
  message: string;
}

const BAD_DIR = join(ROOT, 'tests/fixtures/bad');
const badInputs = readdirSync(BAD_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name: name.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(join(BAD_DIR, name), 'utf8')) as BadInput) }));

/** What the case produces: the error line and, for a command, its exit status. */
function produce(input: BadInput): { message: string; status?: number } {
  if (input.cli) {
    const run = runCli(input.cli.command === 'collate' ? collateMain : importMain, input.cli.args);
    expect(run.stdout).toBe('');
    expect(run.stderr.endsWith('\n') && run.stderr.indexOf('\n') === run.stderr.length - 1, 'one line on stderr').toBe(true);
    return { message: run.stderr.trimEnd(), status: run.status };
  }
  const content = copyContent();
  for (const edit of input.edits ?? []) {
    const path = join(content, edit.file);
    const text = readFileSync(path, 'utf8');
    expect(text, `${edit.file} holds the text the edit replaces`).toContain(edit.find);
    writeFileSync(path, text.replace(edit.find, edit.replace));
  }
  if (input.empty) {
    rmSync(join(content, input.empty), { recursive: true });
    mkdirSync(join(content, input.empty));
  }
  try {
    loadReposts(content, join(content, '..'));
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return { message: (error as Error).message };
  }
  return { message: '(loaded without an error)' };
}

describe('bad inputs fail with the message their fixture names', () => {
  it('has cases of every kind', () => {
    expect(badInputs.filter((c) => c.name.startsWith('markdown-')).length).toBeGreaterThanOrEqual(5);
    expect(badInputs.filter((c) => c.cli).length).toBeGreaterThanOrEqual(5);
    expect(badInputs.filter((c) => !c.cli && !c.name.startsWith('markdown-')).length).toBeGreaterThanOrEqual(8);
  });

  it.each(badInputs)('$name: $what', (input) => {
    const produced = produce(input);
    expect(produced.message).toBe(input.message);
    expect(produced.message).not.toMatch(/\n|\x1b|\bat .+:\d+:\d+/); // one line, no raw escape, no stack trace
    if (input.status !== undefined) expect(produced.status).toBe(input.status);
  });
});
