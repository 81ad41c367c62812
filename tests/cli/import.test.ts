import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/import.ts';
import { accountLines } from '../../src/corpus/ledger/account-lines.ts';
import { ledgerSchema } from '../../src/corpus/ledger/ledger-schema.ts';
import { loadReposts } from '../../src/corpus/repost/load-repost.ts';
import { ROOT } from '../support/build-site.ts';
import { copyContent } from '../support/content-copy.ts';
import { type CliRun, runCli } from './run-cli.ts';

const captures = 'tests/fixtures/captures';

/** Runs the command in-process, from the project root. */
const cli = (...args: string[]) => runCli(main, args);

/** The one line a failing run prints: no stack trace, nothing on stdout. */
function expectOneLineError(run: CliRun, status: number, pattern: RegExp) {
  expect(run.status).toBe(status);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('import CLI --json', () => {
  it('prints one verdict per capture line, the frontmatter and the ledger, and nothing else', () => {
    const { status, stdout, stderr } = cli('content/reposts/mexc/capture.txt', '--json');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['lines', 'frontmatter', 'ledger']);
    expect(report.lines).toHaveLength(40);
    expect(report.lines[0]).toEqual({
      line: 1,
      role: 'boilerplate',
      category: 'duplicated-teaser',
      text: expect.stringMatching(/^Author:Haotian Everyone/),
      reason: expect.any(String),
    });
    expect(report.lines[6]).toMatchObject({ line: 7, role: 'metadata', fields: ['author'], text: 'Author:Haotian' });
    expect(report.frontmatter).toEqual({
      title: 'Capability Leap vs. Problem Shifting: The "Layered Paradox" of AI and Crypto',
      date: '2025/06/17 10:00',
      author: 'Haotian',
    });
    const lines = report.lines.map((l: { text: string }) => l.text);
    const account = accountLines(lines, ledgerSchema.parse(report.ledger), 'ledger.json');
    expect(account.map((l) => l.role)).toEqual(report.lines.map((l: { role: string }) => l.role));
  });

  it('writes nothing, even with an id', () => {
    const content = copyContent();
    const { status } = cli(`${captures}/price-ticker/capture.txt`, '--json', '--id', 'ticker', '--content', content);
    expect(status).toBe(0);
    expect(existsSync(join(content, 'reposts/ticker'))).toBe(false);
  });

  it('keeps stdout pure JSON under `npm run --silent`', () => {
    const result = spawnSync('npm', ['run', '--silent', 'import', '--', `${captures}/chinese-mirror/capture.txt`, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).frontmatter).toMatchObject({ author: 'Haotian', date: '2025年6月17日' });
  }, 60_000); // a process start through npm, not a budget

  it('reads the capture from the caller’s folder, and pins its SHA-256 in the ledger', () => {
    const run = runCli(main, ['capture.txt', '--json'], { cwd: join(ROOT, captures, 'price-ticker') });
    expect(run.stderr).toBe('');
    const sha256 = createHash('sha256')
      .update(readFileSync(join(ROOT, captures, 'price-ticker/capture.txt')))
      .digest('hex');
    expect(JSON.parse(run.stdout).ledger.sha256).toBe(sha256);
  });
});

describe('import CLI', () => {
  it('imports a capture as a new repost that the content checks load', () => {
    const content = copyContent();
    const before = loadReposts(content, join(content, '..')).map((r) => r.id);
    const run = cli(
      `${captures}/teaser-disclaimer-spam/capture.txt`,
      '--id',
      'mirror-it',
      '--outlet',
      'Mirror (Italian)',
      '--content',
      content,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/reposts\/mirror-it\/essay\.md: imported "Layers That Add Up/);
    const reposts = loadReposts(content, join(content, '..'));
    expect(reposts.map((r) => r.id).sort()).toEqual([...before, 'mirror-it'].sort());
    const imported = reposts.find((r) => r.id === 'mirror-it')!;
    expect(imported).toMatchObject({ outlet: 'Mirror (Italian)', sigil: 'MI', author: 'Haotian', date: '2025/06/17 10:00' });
    expect(imported.blocks).toHaveLength(8);
  });

  it('writes the author and the date the detector read, not the whole lines the page wrote around them', () => {
    const content = copyContent();
    const run = cli(`${captures}/channel-post/capture.txt`, '--id', 'channel', '--content', content);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const essay = readFileSync(join(content, 'reposts/channel/essay.md'), 'utf8');
    // The capture's lines: "✍️ Written by: Haotian (@tmel0211)" and "Crypto Daily 🇬🇧, [17.06.2025 14:32]".
    expect(essay).toMatch(/^author: Haotian$/m);
    expect(essay).toMatch(/^date: "?17\.06\.2025 14:32"?$/m);
    const imported = loadReposts(content, join(content, '..')).find((r) => r.id === 'channel')!;
    expect(imported).toMatchObject({ author: 'Haotian', date: '17.06.2025 14:32' });
  });

  it('re-imports with --force keeping the outlet, the notes and every file it did not write', () => {
    const content = copyContent();
    const dir = join(content, 'reposts/mexc');
    writeFileSync(join(dir, 'NOTES.md'), 'kept\n');
    const noteOf = () =>
      JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8')).blocks.find((b: { category?: string }) => b.category === 'share-widget')
        ?.note;
    const before = noteOf();
    const run = cli(join(dir, 'capture.txt'), '--id', 'mexc', '--content', content, '--force');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'essay.md'), 'utf8')).toMatch(/^outlet: MEXC News$/m);
    expect(readFileSync(join(dir, 'NOTES.md'), 'utf8')).toBe('kept\n');
    expect(noteOf()).toBe(before);
  });

  it('refuses an over-long --id with a clear message, writing nothing', () => {
    const content = copyContent();
    const run = cli(`${captures}/contest-banner/capture.txt`, '--id', 'a'.repeat(300), '--content', content);
    expectOneLineError(run, 1, /--id "a{20}…" \(300 characters\): a repost folder name is at most 64 characters\n$/);
    expect(readdirSync(join(content, 'reposts')).sort()).toEqual(readdirSync(join(ROOT, 'content/reposts')).sort());
  });

  it('never overwrites an existing repost without --force', () => {
    const content = copyContent();
    const run = cli(`${captures}/contest-banner/capture.txt`, '--id', 'mexc', '--content', content);
    expectOneLineError(run, 1, /reposts\/mexc: a repost with this id already exists; pass --force to replace it/);
    expect(readFileSync(join(content, 'reposts/mexc/capture.txt'))).toEqual(readFileSync(join(ROOT, 'content/reposts/mexc/capture.txt')));
  });

  it.each([
    ['a missing file', ['no-such-capture.txt', '--json'], 1, /^no-such-capture\.txt: the file does not exist/],
    ['an empty file', [`${captures}/empty/capture.txt`, '--json'], 1, /empty\/capture\.txt: the file is empty/],
    ['a binary file', [`${captures}/binary/capture.txt`, '--json'], 1, /binary\/capture\.txt: the file looks binary/],
    ['a file that is not UTF-8', [`${captures}/latin1/capture.txt`, '--json'], 1, /latin1\/capture\.txt: the file is not valid UTF-8/],
    ['a folder', [captures, '--json'], 1, /captures: this is a folder, not a file/],
    ['no capture file', ['--json'], 2, /^import: name one capture file/],
    ['two capture files', ['a.txt', 'b.txt', '--json'], 2, /^import: name one capture file, not 2/],
    ['an unknown option', [`${captures}/empty/capture.txt`, '--jsn'], 2, /^import: Unknown option '--jsn'/],
    ['no --id without --json', [`${captures}/contest-banner/capture.txt`], 2, /contest-banner\/capture\.txt: --id is required/],
    ['a bad --id', [`${captures}/contest-banner/capture.txt`, '--id', 'Not/Ok'], 1, /--id "Not\/Ok": a repost folder name is lower-case/],
  ])('refuses %s with one line on stderr', (_name, args, status, pattern) => {
    expectOneLineError(cli(...(args as string[])), status as number, pattern as RegExp);
  });
});
