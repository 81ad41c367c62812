import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/collate.ts';
import { ROW_KINDS, type Collation } from '../../src/engine/analyse/collation.ts';
import { runCli } from './run-cli.ts';
import { looksHardWrapped, markdownBlocks, plainTextBlocks, readWitnessPair, witnessFromText } from '../../src/corpus/read-witness.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const texts = 'tests/fixtures/texts';

/** Runs the command in-process, from the project root, on a fake terminal. */
const cli = (...args: string[]) => runCli(main, args);

describe('collate CLI', () => {
  it('prints only the collation JSON with --json, with the shape of a Collation', () => {
    const { status, stdout, stderr } = cli(`${texts}/keeper-wrapped.txt`, `${texts}/keeper-lines.txt`, '--json');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const collation = JSON.parse(stdout) as Collation;
    expect(Object.keys(collation)).toEqual(['a', 'b', 'stats', 'rows', 'digest']);
    expect(collation.a).toEqual({
      id: 'keeper-wrapped.txt',
      sigil: 'A',
      label: `${texts}/keeper-wrapped.txt`,
      sentences: 5,
      words: expect.any(Number),
    });
    expect(collation.b).toMatchObject({ id: 'keeper-lines.txt', sigil: 'B', sentences: 6 });
    expect(Object.keys(collation.stats.kinds)).toEqual([...ROW_KINDS]);
    expect(collation.rows.length).toBeGreaterThan(0);
    for (const row of collation.rows) {
      expect(ROW_KINDS).toContain(row.kind);
      expect(row).toEqual(
        expect.objectContaining({ id: expect.any(String), similarity: expect.any(Number), a: expect.any(String), b: expect.any(String) }),
      );
    }
    expect(collation.rows.flatMap((r) => r.aSentences)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5']);
    expect(collation.rows.flatMap((r) => r.bSentences)).toEqual(['B1', 'B2', 'B3', 'B4', 'B5', 'B6']);
  });

  it('takes the flag before the files too, and both frontmatter sigils when they differ', () => {
    const { status, stdout } = cli('--json', `${texts}/keeper.md`, `${texts}/keeper-copy.md`);
    expect(status).toBe(0);
    const collation = JSON.parse(stdout) as Collation;
    expect([collation.a.sigil, collation.a.label, collation.b.sigil, collation.b.label]).toEqual([
      'H',
      'Harbour Weekly',
      'C',
      'Coast Gazette',
    ]);
    expect(collation.rows[0]!.id).toBe('H1-C1');
  });

  it('prints a readable report without --json', () => {
    const { status, stdout, stderr } = cli(`${texts}/keeper-wrapped.txt`, `${texts}/keeper-lines.txt`);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^── A2-B3 · reworded · similarity 0\.\d\d · A2 → B3 ─+$/m);
    expect(stdout).toContain('[-switched-]');
    expect(stdout).toContain('{+changed+}');
    expect(stdout).toContain('── Summary');
    expect(stdout).not.toContain('\x1b['); // not a terminal: no colour
  });

  it('colours a terminal unless NO_COLOR, and anything when FORCE_COLOR says so', () => {
    const args = [`${texts}/keeper-wrapped.txt`, `${texts}/keeper-lines.txt`];
    const coloured = (io: Parameters<typeof runCli>[2]) => runCli(main, args, io).stdout.includes('\x1b[');
    expect(coloured({ isTTY: true, columns: 80 })).toBe(true);
    expect(coloured({ isTTY: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(coloured({ isTTY: false, env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(coloured({ isTTY: true, env: { FORCE_COLOR: '0' } })).toBe(false);
    expect(coloured({ isTTY: true, env: { TERM: 'dumb' } })).toBe(false);
  });

  it('resolves paths against the caller’s folder', () => {
    const run = runCli(main, ['keeper.md', 'keeper-copy.md', '--json'], { cwd: join(root, texts) });
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as Collation).a.label).toBe('Harbour Weekly');
  });

  it('never sends a control character from a text to the terminal, in the report, the JSON or an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recension-hostile-'));
    const hostile = join(dir, 'hostile.txt');
    writeFileSync(hostile, 'The lamp \x1b]0;owned\x07burned \x1b[2J whale oil \u202eyes\x9b until 1900.\n');
    writeFileSync(join(dir, 'plain.txt'), 'The lamp burned whale oil until 1900.\n');
    const raw = /[\x07\x1b\x9b\u202e]/u;
    for (const args of [
      [hostile, join(dir, 'plain.txt')],
      [hostile, join(dir, 'plain.txt'), '--json'],
    ]) {
      const run = runCli(main, args, { isTTY: true });
      expect(run.status).toBe(0);
      expect(run.stdout.replace(/\x1b\[\d+m/g, '')).not.toMatch(raw); // only our own colour codes
    }
    const json = runCli(main, [hostile, join(dir, 'plain.txt'), '--json']).stdout;
    expect(JSON.stringify(JSON.parse(json))).toContain('\\u001b]0;owned\\u0007'); // same JSON, escaped
    const named = join(dir, 'bad\x1b]0;x\x07.txt');
    const error = runCli(main, [named, hostile]).stderr;
    expect(error).toMatch(/^collate: .*bad␛\]0;x␇\.txt: the file does not exist\n$/);
  });

  describe('errors: one line on stderr naming the problem, nothing on stdout, a non-zero exit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recension-cli-'));
    const file = (name: string, bytes: string | Uint8Array) => {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    };
    const good = `${texts}/keeper-wrapped.txt`;
    const cases: [string, string[], RegExp][] = [
      ['a missing file', [good, join(dir, 'nope.txt')], /nope\.txt: the file does not exist$/],
      ['an empty file', [file('empty.txt', ''), good], /empty\.txt: the file is empty$/],
      ['a binary file', [good, file('photo.jpg', Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))], /photo\.jpg: the file looks binary/],
      [
        'a non-UTF-8 file',
        [file('latin1.txt', Uint8Array.of(0x63, 0x61, 0x66, 0xe9, 0x0a)), good],
        /latin1\.txt: the file is not valid UTF-8/,
      ],
      ['a directory', [good, (mkdirSync(join(dir, 'folder.md')), join(dir, 'folder.md'))], /folder\.md: this is a folder, not a file$/],
      ['broken frontmatter', [file('broken.md', '---\ntitle: [unclosed\n---\nText.\n'), good], /broken\.md:\d+: invalid YAML frontmatter/],
      ['a missing operand', [good], /missing operand: expected two files, got 1/],
      ['no operand at all', [], /missing operand: expected two files, got 0/],
      ['an unknown flag', [good, good, '--colour'], /unknown option --colour/],
      ['a value given to --json', [good, good, '--json=yes'], /option --json takes no value/],
    ];

    it.each(cases)('%s', (_, args, message) => {
      const { status, stdout, stderr } = cli(...args);
      expect(stdout).toBe('');
      expect(status).not.toBe(0);
      expect(stderr).toMatch(/^collate: [^\n]+\n$/);
      expect(stderr.trimEnd()).toMatch(message);
      expect(stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
    });
  });
});

describe('collate as a process', () => {
  // Two real spawns for the paths in-process runs cannot take: npm's own run, and a closed pipe.
  it('works as the README writes it, from a subfolder: npm run --silent collate -- a b --json', () => {
    const run = spawnSync('npm', ['run', '--silent', 'collate', '--', 'keeper.md', 'keeper-copy.md', '--json'], {
      cwd: join(root, texts),
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as Collation).b.label).toBe('Coast Gazette');
  }, 60_000); // a process start, not a budget: npm itself is slow on a loaded machine

  it('ends quietly when the reader closes the pipe (| head)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recension-pipe-'));
    const keeper = readFileSync(join(root, texts, 'keeper-lines.txt'), 'utf8');
    writeFileSync(join(dir, 'a.txt'), keeper.repeat(40));
    writeFileSync(join(dir, 'b.txt'), `${keeper.replaceAll('whale', 'seal')}\n`.repeat(40));
    const node = join(root, 'node_modules/.bin/node');
    // 300 KB of JSON: more than a pipe holds, so the write after `head` leaves meets a closed pipe.
    const script = `"${node}" src/cli/collate.ts "${dir}/a.txt" "${dir}/b.txt" --json | head -c 10 >/dev/null; exit \${PIPESTATUS[0]}`;
    const run = spawnSync('bash', ['-c', script], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe(''); // no EPIPE stack trace
    expect(run.status).toBe(0);
    // The importer's report of a 300-line capture is as long, and ends the same way.
    writeFileSync(
      join(dir, 'capture.txt'),
      readFileSync(join(root, 'tests/fixtures/captures/teaser-disclaimer-spam/capture.txt'), 'utf8').repeat(10),
    );
    const importScript = `"${node}" src/cli/import.ts "${dir}/capture.txt" --json | head -c 10 >/dev/null; exit \${PIPESTATUS[0]}`;
    const imported = spawnSync('bash', ['-c', importScript], { cwd: root, encoding: 'utf8' });
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
  }, 60_000);
});

describe('readWitness', () => {
  it('joins the lines of a hard-wrapped text into paragraphs', () => {
    expect(plainTextBlocks('The first line of\na wrapped paragraph\nends here.\n\nA second\nparagraph.\n')).toEqual([
      'The first line of a wrapped paragraph ends here.',
      'A second paragraph.',
    ]);
  });

  it('keeps each line of a one-paragraph-per-line text as its own block, CRLF or not', () => {
    const text =
      'Heading\r\nThe whole first paragraph sits on one line and ends a sentence, as a copy-paste from a web page does.\r\nThe second one does too.\r\n';
    expect(plainTextBlocks(text)).toEqual([
      'Heading',
      'The whole first paragraph sits on one line and ends a sentence, as a copy-paste from a web page does.',
      'The second one does too.',
    ]);
  });

  it('calls a text hard-wrapped when its inner lines are narrow and mostly stop mid-sentence', () => {
    expect(looksHardWrapped([['short line that runs', 'on and on.']])).toBe(true);
    expect(looksHardWrapped([['A line that ends a sentence.', 'Another one.']])).toBe(false);
    expect(looksHardWrapped([[`${'word '.repeat(30)}and on`, 'the end.']])).toBe(false);
    expect(looksHardWrapped([['One paragraph.'], ['Another.']])).toBe(false);
  });

  it('reads Markdown leniently: headings, paragraphs, list items and quotes are blocks; markup, HTML and rules are not', () => {
    const blocks = markdownBlocks(
      '# Title\n\nSome *emphasis* and a [link](x)\nover two lines.\n\n1. first item\n2. second item\n   - nested\n\n> quoted\n\n<br>\n\n---\n\n```\ncode\n```\n',
    );
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Title' },
      { kind: 'paragraph', text: 'Some emphasis and a link over two lines.' },
      { kind: 'paragraph', text: 'first item' },
      { kind: 'paragraph', text: 'second item' },
      { kind: 'paragraph', text: 'nested' },
      { kind: 'paragraph', text: 'quoted' },
      { kind: 'paragraph', text: 'code' },
    ]);
  });

  it('strips frontmatter, labels the witness with its outlet and gives blocks their reader-page ids', () => {
    const { witness, declaredSigil } = witnessFromText(
      '---\noutlet: Harbour Weekly\nsigil: H\n---\n\n## The light\n\nIt shone.\n',
      'x/copy.md',
      'A',
    );
    expect(witness).toEqual({
      id: 'copy.md',
      sigil: 'A',
      label: 'Harbour Weekly',
      blocks: [
        { id: 'the-light', text: 'The light' },
        { id: 'p-it-shone', text: 'It shone.' },
      ],
    });
    expect(declaredSigil).toBe('H');
  });

  it('treats a .txt that opens with frontmatter as Markdown, and one without as plain text', () => {
    expect(witnessFromText('---\noutlet: X\n---\n*Hi* there.\n', 'a.txt', 'A').witness.blocks[0]!.text).toBe('Hi there.');
    expect(witnessFromText('*Hi* there.\n', 'a.txt', 'A').witness.blocks[0]!.text).toBe('*Hi* there.');
  });

  it('uses "A" and "B" unless both files declare different sigils', () => {
    const sigils = (a: string, b: string) => readWitnessPair(`${texts}/${a}`, `${texts}/${b}`, (f) => join(root, f)).map((w) => w.sigil);
    expect(sigils('keeper.md', 'keeper-copy.md')).toEqual(['H', 'C']);
    expect(sigils('keeper.md', 'keeper.md')).toEqual(['A', 'B']);
    expect(sigils('keeper.md', 'keeper-lines.txt')).toEqual(['A', 'B']);
  });

  it('refuses a file with no text to compare', () => {
    expect(() => witnessFromText('---\noutlet: X\n---\n\n<div></div>\n', 'only-html.md', 'A')).toThrow(
      'only-html.md: the file has no text to compare',
    );
  });
});
