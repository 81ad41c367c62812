import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { collate } from '../../../src/engine/collate.ts';
import { markedSide } from '../../../src/cli/report/marked-side.ts';
import { terminalReport } from '../../../src/cli/report/terminal-report.ts';
import { wrapSpans } from '../../../src/cli/report/wrap-spans.ts';
import { A, B, para } from '../../engine/align/lighthouse.ts';
import { witness } from '../../engine/align/stages.ts';

const ANSI = /\x1b\[[0-9;]*m/g;
const a = witness('A', para(A[0], A[1], A[2]), para('A colony of puffins nests on the rocks below the cliff.', A[3], A[4]));
// B: A2 with one word changed, A3 reworded, the puffins left out, A1 moved to the end.
const b = witness('B', para(A[1].replace('whale', 'seal'), B[2]), para(B[3], B[4], B[0]));
const collation = collate(a, b);
const report = terminalReport(collation, { width: 100 });
const lines = report.split('\n');

describe('terminalReport', () => {
  it('heads every row with its id, kind and similarity', () => {
    for (const row of collation.rows) {
      expect(report).toContain(`── ${row.id} · ${row.kind} · similarity ${row.similarity.toFixed(2)} · `);
    }
  });

  it('marks the words B drops as [-…-] on A’s side and the words B adds as {+…+} on B’s side, without colour', () => {
    expect(collation.rows.find((r) => r.id === 'A2-B1')?.kind).toBe('reworded');
    expect(report).not.toMatch(ANSI);
    const first = lines[lines.findIndex((l) => l.startsWith('── A2-B1')) + 1];
    expect(first).toMatch(/^Its lamp burned \[-whale-\] oil until .* │ Its lamp burned \{\+seal\+\} oil until/);
  });

  it('puts one-sided text in its own column only', () => {
    const start = lines.findIndex((l) => l.startsWith('── A4 · only-a'));
    expect(start).toBeGreaterThan(0);
    const rowLines = lines.slice(
      start + 1,
      lines.findIndex((l, i) => i > start && l.startsWith('──')),
    );
    expect(rowLines.map((l) => l.split(' │')[0]!.trim()).join(' ')).toBe('A colony of puffins nests on the rocks below the cliff.');
    for (const line of rowLines) expect(line).toMatch(/ │$/);
  });

  it('says where B has a moved sentence', () => {
    expect(report).toMatch(/── A1-B5 · moved · similarity 0\.\d\d · A1 → B5 · B has it after row A6-B4 ─/);
  });

  it('ends with a summary of the figures', () => {
    const { stats } = collation;
    expect(report).toContain('── Summary');
    expect(report).toContain(`Rows: ${stats.rows} (${stats.changes} not identical): `);
    expect(report).toContain(`Words in common: ${(stats.similarity * 100).toFixed(1)}%`);
    expect(report).toContain(
      `Sentences paired: A ${stats.pairedSentences.a} of ${collation.a.sentences}, B ${stats.pairedSentences.b} of ${collation.b.sentences}`,
    );
    expect(report.endsWith('\n')).toBe(true);
  });

  it.each([40, 57, 80, 120])('keeps every line within %i columns, the gutter in one column', (width) => {
    const out = terminalReport(collation, { width }).split('\n');
    for (const line of out) expect(stringWidth(line)).toBeLessThanOrEqual(width);
    const gutters = new Set(out.filter((l) => l.includes(' │ ') || l.endsWith(' │')).map((l) => stringWidth(l.slice(0, l.indexOf(' │')))));
    expect(gutters.size).toBe(1);
  });

  it('lays a too-narrow terminal out at 40 columns rather than breaking', () => {
    expect(terminalReport(collation, { width: 10 })).toBe(terminalReport(collation, { width: 40 }));
  });

  it('adds ANSI colour only when asked, on top of the same text', () => {
    const coloured = terminalReport(collation, { width: 100, color: true });
    expect(coloured).toContain('\x1b[31m[-whale-]\x1b[39m');
    expect(coloured).toContain('\x1b[32m{+seal+}\x1b[39m');
    expect(coloured.replace(ANSI, '')).toBe(report);
  });

  it('keeps the gutter straight beside wide characters (CJK, emoji)', () => {
    const cjk = collate(witness('A', '灯塔建于一八七一年。📢 Opening now.'), witness('B', '灯塔建于一八七一年。Opening soon.'));
    const out = terminalReport(cjk, { width: 50 })
      .split('\n')
      .filter((l) => l.includes(' │ '));
    expect(new Set(out.map((l) => stringWidth(l.slice(0, l.indexOf(' │ ')))))).toEqual(new Set([23]));
  });
});

describe('terminalReport on hostile text', () => {
  it('prints control characters and direction overrides as visible marks, never raw', () => {
    const hostile = collate(
      witness('A', 'Clear \x1b[2J screen \x1b]0;title\x07 and \u202ereversed\x9b text.'),
      witness('B', 'Clear screen and reversed text.'),
    );
    const out = terminalReport(hostile, { width: 120 });
    expect(out).not.toMatch(/[\0-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/u);
    expect(out).toContain('\u241b[2J');
    expect(out).toContain('\u241b]0;title\u2407');
    expect(out).toContain('[-⟨U+202E⟩-]reversed[-⟨U+009B⟩-]');
  });
});

describe('wrapSpans', () => {
  it('never cuts inside a grapheme: a ZWJ family emoji is one 2-column unit', () => {
    const family = '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}';
    const lines = wrapSpans([{ text: `${family}${family}${family}`, mark: 'plain' }], 3);
    expect(lines.map((l) => l.map((s) => s.text).join(''))).toEqual([family, family, family]);
  });

  it('wraps at white space, keeps marks, and cuts a word wider than the column', () => {
    const lines = wrapSpans(
      [
        { text: 'See ', mark: 'plain' },
        { text: '[-https://example.org/a/very/long/path-]', mark: 'deleted' },
        { text: ' now.', mark: 'plain' },
      ],
      16,
    );
    expect(lines.map((l) => l.map((s) => s.text).join(''))).toEqual(['See', '[-https://exampl', 'e.org/a/very/lon', 'g/path-] now.']);
    expect(lines[3]).toEqual([
      { text: 'g/path-]', mark: 'deleted' },
      { text: ' now.', mark: 'plain' },
    ]);
  });

  it('gives no lines for no text', () => {
    expect(wrapSpans([], 20)).toEqual([]);
  });
});

describe('markedSide', () => {
  it('keeps punctuation glued to the word it follows and white space outside the markers', () => {
    const [row] = collate(witness('A', 'Ships passed, slowly.'), witness('B', 'Ships passed slowly.')).rows;
    expect(
      markedSide(row!, 'a')
        .map((s) => s.text)
        .join(''),
    ).toBe('Ships passed[-,-] slowly.');
    expect(
      markedSide(row!, 'b')
        .map((s) => s.text)
        .join(''),
    ).toBe('Ships passed slowly.');
  });
});

describe('string-width, as the report uses it', () => {
  it('counts terminal columns: wide CJK and emoji 2 (a ZWJ family too), combining marks and colour codes 0', () => {
    expect(stringWidth('\u{1f468}\u200d\u{1f469}\u200d\u{1f467}')).toBe(2);
    expect(stringWidth('abc')).toBe(3);
    expect(stringWidth('灯塔')).toBe(4);
    expect(stringWidth('📢')).toBe(2);
    expect(stringWidth('e\u0301')).toBe(1);
    expect(stringWidth('\x1b[31mred\x1b[0m')).toBe(3);
  });
});
