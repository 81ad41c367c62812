import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/tokens/tokenize.ts';
import type { ParallelText } from './corpus.ts';
import { galeChurchBlock } from './gale-church.ts';
import { coverVerses, goldLinks, lostLinks, oracleGroups, scoreGroups } from './score.ts';

/** A one-chapter text from its verses, joined with spaces, verse spans kept as the loader keeps them. */
function text(sigil: string, verses: string[]): ParallelText {
  let body = '';
  const spans = verses.map((v, k) => {
    if (body) body += ' ';
    const span = { ref: `40.1.${k + 1}`, block: '40.1', start: body.length, end: body.length + v.length };
    body += v;
    return span;
  });
  return {
    witness: { id: sigil, sigil, label: sigil, language: 'en', blocks: [{ id: '40.1', text: body }] },
    spans: new Map([['40.1', spans]]),
    chars: body.length,
  };
}

// A: one sentence spanning verses 1–2, then verse 3 alone. B: one sentence per verse.
const a = text('A', ['Jesus wept by the tomb,', 'and the crowd stood silent.', 'Then Martha spoke to him.']);
const b = text('B', ['Jesus cried near the grave.', 'The people were quiet.', 'Martha then said something.']);
const ca = coverVerses(a, tokenize(a.witness));
const cb = coverVerses(b, tokenize(b.witness));
const gold = goldLinks(ca, cb);

describe('alignment benchmark scoring', () => {
  it('maps each sentence to the verses its characters cover, and links sentences sharing a verse', () => {
    expect(ca.verses).toEqual([['40.1.1', '40.1.2'], ['40.1.3']]);
    expect(cb.verses).toEqual([['40.1.1'], ['40.1.2'], ['40.1.3']]);
    expect(gold.get('40.1')?.size).toBe(3);
  });

  it('gives a correct 1:2 row full marks, and a 1:1 row that leaves a B sentence alone half the recall', () => {
    expect(
      scoreGroups(
        [
          { a: [0], b: [0, 1] },
          { a: [1], b: [2] },
        ],
        ca,
        gold,
      ),
    ).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    const partial = scoreGroups(
      [
        { a: [0], b: [0] },
        { a: [], b: [1] },
        { a: [1], b: [2] },
      ],
      ca,
      gold,
    );
    expect(partial.precision).toBe(1);
    expect(partial.recall).toBeCloseTo(2 / 3);
  });

  it('counts a wrong link against precision', () => {
    const s = scoreGroups(
      [
        { a: [0], b: [0, 1, 2] },
        { a: [1], b: [] },
      ],
      ca,
      gold,
    );
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
  });

  it('tells links lost to rows finer than a verse from links lost to unpaired or misplaced sentences', () => {
    const x = text('X', ['Jesus wept. He was sad.']);
    const y = text('Y', ['Jesus cried. He grieved.']);
    const both = goldLinks(coverVerses(x, tokenize(x.witness)), coverVerses(y, tokenize(y.witness)));
    expect(
      lostLinks(
        [
          { a: [0], b: [0] },
          { a: [1], b: [1] },
        ],
        both,
      ),
    ).toEqual({ finer: 0.5, unpaired: 0, misplaced: 0 });
    expect(
      lostLinks(
        [
          { a: [0], b: [0] },
          { a: [1], b: [] },
          { a: [], b: [1] },
        ],
        both,
      ),
    ).toEqual({ finer: 0, unpaired: 0.75, misplaced: 0 });
    expect(
      lostLinks(
        [
          { a: [0], b: [2] },
          { a: [1], b: [0, 1] },
        ],
        gold,
      ),
    ).toEqual({ finer: 0, unpaired: 0, misplaced: 1 });
  });

  it('builds the oracle rows from the gold components, in order', () => {
    expect(oracleGroups(2, 3, gold)).toEqual([
      { a: [0], b: [0, 1] },
      { a: [1], b: [2] },
    ]);
  });

  it('Gale–Church pairs sentences of equal lengths one to one', () => {
    expect(galeChurchBlock([40, 80, 20], [40, 80, 20], 0, 0, 1)).toEqual([
      { a: [0], b: [0] },
      { a: [1], b: [1] },
      { a: [2], b: [2] },
    ]);
  });
});
