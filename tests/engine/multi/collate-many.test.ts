import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collate } from '../../../src/engine/collate.ts';
import { collateMany, collationFromSynopsis, pairsOf, type Synopsis } from '../../../src/engine/multi/index.ts';
import { tokenize, type Witness } from '../../../src/engine/tokens/tokenize.ts';

const witness = (sigil: string, ...paragraphs: string[]): Witness => ({
  id: sigil.toLowerCase(),
  sigil,
  label: `Copy ${sigil}`,
  language: 'en',
  blocks: paragraphs.map((text, i) => ({ id: `p${i + 1}`, text })),
});

/** Each row as "A1+A2|B1|-": the sentences of every witness, '-' where it has none. */
const shape = (s: Synopsis) => s.rows.map((r) => r.sentences.map((ids) => ids.join('+') || '-').join('|'));

const river = [
  'The river rose through the night and flooded the lower town.',
  'Farmers moved their cattle to the hills before dawn.',
  'By noon the mayor had opened the school as a shelter.',
  'Volunteers carried sandbags to the old bridge all afternoon.',
  'The water fell again two days later.',
];

describe('collateMany on hand-made texts', () => {
  it('spans a merged sentence over the rows of what it merges, and gives a sentence only one witness has its own row', () => {
    const a = witness('A', river.join(' '));
    const b = witness(
      'B',
      river[0]!,
      `${river[1]!.replace('.', ',')} and by noon the mayor had opened the school as a shelter.`,
      ...river.slice(3),
    );
    const c = witness(
      'C',
      river.slice(0, 3).join(' '),
      'A reporter from the capital photographed the rescue boats.',
      river.slice(3).join(' '),
    );
    const s = collateMany([a, b, c]);
    expect(s.witnesses[s.base]!.sigil).toBe('A');
    expect(shape(s)).toEqual(['A1|B1|C1', 'A2|B2|C2', 'A3|-|C3', '-|-|C4', 'A4|B3|C5', 'A5|B4|C6']);
    // B2 says what A2 and A3 say: it stands on A2's row and covers A3's too, so it pairs with both.
    expect(s.rows[1]!.spans).toEqual({ 1: 2 });
    expect(pairsOf(s, 1, 2)).toEqual([
      ['B1', 'C1'],
      ['B2', 'C2'],
      ['B2', 'C3'],
      ['B3', 'C5'],
      ['B4', 'C6'],
    ]);
    expect(s.rows[3]!.cells).toEqual(['', '', 'A reporter from the capital photographed the rescue boats.']);
    expect(s.rows[0]!.readings).toEqual([{ text: river[0], witnesses: [0, 1, 2] }]);
  });

  it('puts the same added sentence of two witnesses on one row, and a witness that shares nothing beside the others', () => {
    const added = 'Insurance claims doubled in the following month.';
    const a = witness('A', river.join(' '));
    const b = witness('B', [...river.slice(0, 4), added, river[4]].join(' '));
    const c = witness('C', [...river.slice(0, 4), added.replace('doubled', 'nearly doubled'), river[4]].join(' '));
    const d = witness('D', 'Quarterly revenue beat forecasts. Shares of the chip maker climbed sharply.');
    const s = collateMany([a, b, c, d]);
    expect(s.witnesses[s.base]!.sigil).toBe('B');
    const row = s.rows.find((r) => r.cells[1] === added)!;
    expect(row.sentences).toEqual([[], ['B5'], ['C5'], []]);
    expect(row.readings.map((r) => r.witnesses)).toEqual([[1], [0, 3], [2]]);
    // D shares nothing: each of its sentences stands alone, in its own order, and pairs with nobody.
    const dRows = s.rows.filter((r) => r.sentences[3]!.length);
    expect(dRows.map((r) => r.sentences.map((l) => l.length))).toEqual([
      [0, 0, 0, 1],
      [0, 0, 0, 1],
    ]);
    expect(pairsOf(s, 0, 3)).toEqual([]);
  });

  it('keeps a moved sentence in its own witness’s order and names the row of its counterpart', () => {
    const a = witness('A', river.join(' '));
    const b = witness('B', river.join(' '));
    const c = witness('C', [river[0], river[2], river[3], river[4], river[1]].join(' '));
    const s = collateMany([a, b, c]);
    const moved = s.rows.find((r) => r.moved)!;
    expect(moved.sentences[2]).toEqual(['C5']);
    expect(moved.moved).toEqual({ 2: 'A2' });
    for (const w of [0, 1, 2]) expect(s.rows.flatMap((r) => r.sentences[w]!)).toEqual(tokenize([a, b, c][w]!).map((t) => t.id));
  });

  it('chooses the base among preferred witnesses, and refuses two witnesses with one sigil', () => {
    const a = witness('A', river.join(' '));
    const b = witness('B', river.slice(0, 4).join(' '));
    const c = witness('C', river.slice(1).join(' '));
    expect(collateMany([a, b, c]).base).toBe(0);
    expect(collateMany([a, b, c], { prefer: ['c'] }).base).toBe(2);
    expect(() => collateMany([a, { ...b, sigil: 'A' }])).toThrow(/share the sigil A/);
    expect(() => collateMany([])).toThrow(/at least one witness/);
  });

  it('gives rows distinct ids even when sigla run into each other (G’s 12th sentence against G1’s 2nd)', () => {
    const g = witness('G', river.join(' '), river.join(' '), river.join(' '));
    const g1 = witness('G1', 'Quarterly revenue beat forecasts. Shares of the chip maker climbed sharply.');
    const s = collateMany([g, g1]);
    expect(new Set(s.rows.map((r) => r.id)).size).toBe(s.rows.length);
    expect(s.rows.map((r) => r.id)).toEqual(expect.arrayContaining(['G12', 'G1.2']));
  });
});

describe('collateMany properties', () => {
  const pool = [
    ...river,
    'Nobody expected the storm to last so long.',
    'The bakery stayed open for the rescuers.',
    'Schools reopened on Monday.',
  ];
  const text = fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 8 }).map((xs) => xs.join(' '));
  const witnesses = fc.array(text, { minLength: 3, maxLength: 5 }).map((texts) => texts.map((t, i) => witness('ABCDE'[i]!, t)));

  it('puts every sentence of every witness in exactly one row, each column in order', () => {
    fc.assert(
      fc.property(witnesses, (ws) => {
        const s = collateMany(ws);
        ws.forEach((w, i) => expect(s.rows.flatMap((r) => r.sentences[i]!)).toEqual(tokenize(w).map((t) => t.id)));
        for (const r of s.rows) expect(r.sentences.some((l) => l.length)).toBe(true);
        expect(new Set(s.rows.map((r) => r.id)).size).toBe(s.rows.length);
      }),
      { numRuns: 40 },
    );
  });

  it('agrees with the pairwise engine for the base: every pair it aligns in order, but in regroupings, is read off the table', () => {
    fc.assert(
      fc.property(witnesses, (ws) => {
        const s = collateMany(ws);
        const base = ws[s.base]!;
        ws.forEach((w, i) => {
          if (i === s.base) return;
          const table = new Set(pairsOf(s, s.base, i).map((p) => p.join('=')));
          const pairs = collate(base, w)
            .rows.filter((r) => r.kind !== 'moved' && r.kind !== 'regrouped')
            .flatMap((r) => r.aSentences.flatMap((x) => r.bSentences.map((y) => `${x}=${y}`)));
          for (const p of pairs) expect(table).toContain(p);
        });
      }),
      { numRuns: 25 },
    );
  });

  it('reads every pairwise collation off the table: its rows hold every pair the table makes, every sentence once', () => {
    fc.assert(
      fc.property(witnesses, (ws) => {
        const s = collateMany(ws);
        const c = collationFromSynopsis(s, ws[0]!, ws[1]!);
        const paired = c.rows.flatMap((r) => r.aSentences.flatMap((x) => r.bSentences.map((y) => `${x}=${y}`)));
        for (const p of pairsOf(s, 0, 1)) expect(paired).toContain(p.join('='));
        expect(c.rows.flatMap((r) => r.aSentences)).toEqual(tokenize(ws[0]!).map((t) => t.id));
        expect(c.rows.flatMap((r) => r.bSentences)).toEqual(tokenize(ws[1]!).map((t) => t.id));
      }),
      { numRuns: 25 },
    );
  });
});
