import { describe, expect, it } from 'vitest';
import type { AlignedGroup } from '../../../src/engine/align/align-sentences.ts';
import { analyse } from '../../../src/engine/analyse/analyse.ts';
import { ROW_KINDS } from '../../../src/engine/analyse/collation.ts';
import { tokenize } from '../../../src/engine/tokens/tokenize.ts';
import { witness } from '../align/stages.ts';

/** Runs the analyse stage alone on groups given by hand, so each kind is known in advance. */
const analyseGroups = (a: string[], b: string[], groups: [number[], number[], flag?: 'moved' | 'positional'][]) => {
  const wa = witness('A', ...a);
  const wb = witness('B', ...b);
  const aligned = groups.map(([ga, gb, flag]): AlignedGroup => ({ a: ga, b: gb, similarity: 0, ...(flag ? { [flag]: true } : {}) }));
  return analyse(wa, wb, tokenize(wa), tokenize(wb), aligned);
};

describe('analyse', () => {
  const a = [
    'The lighthouse was built in 1871. Its lamp burned whale oil.',
    'Kerosene came later. Edith Marsh kept a diary.',
    'She wrote daily. Ships passed. A colony of puffins nests below. Visitors climb the tower. The fee is small.',
    'Gulls cried all night.',
  ];
  const b = [
    'Visitors climb the tower.',
    'The lighthouse was BUILT in 1871. Its lamp burned whale oil, and kerosene came later.',
    'Edith Marsh kept a diary. It is in the museum. She wrote daily as ships passed. Every one. The gift shop sells postcards. The fee is modest.',
    'The wind howled until dawn.',
  ];
  const collation = analyseGroups(a, b, [
    [[0], [1]],
    [[1, 2], [2]],
    [[3], [3, 4]],
    [
      [4, 5],
      [5, 6],
    ],
    [[6], []],
    [[], [7]],
    [[7], [0], 'moved'],
    [[8], [8]],
    [[9], [9], 'positional'],
  ]);

  it('gives each group its kind: case alone keeps a pair identical; moved wins over reworded; a pair by position says so', () => {
    expect(collation.rows.map((r) => r.kind)).toEqual([
      'identical',
      'merged',
      'split',
      'regrouped',
      'only-a',
      'only-b',
      'moved',
      'reworded',
      'positional',
    ]);
  });

  it('builds row ids from the first sentence id of each side present', () => {
    expect(collation.rows.map((r) => r.id)).toEqual(['A1-B2', 'A2-B3', 'A4-B4', 'A5-B6', 'A7', 'B8', 'A8-B1', 'A9-B9', 'A10-B10']);
  });

  it('joins a group’s sentences with a space and lists the blocks they come from', () => {
    const merged = collation.rows[1]!;
    expect(merged).toMatchObject({
      a: 'Its lamp burned whale oil. Kerosene came later.',
      b: 'Its lamp burned whale oil, and kerosene came later.',
      aSentences: ['A2', 'A3'],
      bSentences: ['B3'],
      aBlocks: ['Ap1', 'Ap2'],
      bBlocks: ['Bp2'],
    });
    expect(merged.parts.map((p) => p.a).join('')).toBe(merged.a);
    expect(merged.parts.map((p) => p.b).join('')).toBe(merged.b);
  });

  it('leaves one-sided rows without a diff, with similarity 0 and an empty other side', () => {
    expect(collation.rows[4]).toMatchObject({ kind: 'only-a', b: '', bSentences: [], bBlocks: [], parts: [], similarity: 0 });
    expect(collation.rows[5]).toMatchObject({ kind: 'only-b', a: '', aSentences: [], aBlocks: [], parts: [], similarity: 0 });
  });

  it('says where a moved sentence stands in B: after a row, or at the start', () => {
    expect(collation.rows[6]!.bOriginAfter).toBe('');
    expect(collation.rows.filter((r) => r.bOriginAfter !== undefined)).toHaveLength(1);
    const later = analyseGroups(
      ['One fox ran.', 'Two owls slept.'],
      ['Two owls slept.', 'One fox ran.'],
      [
        [[0], [1], 'moved'],
        [[1], [0]],
      ],
    );
    expect(later.rows[0]!.bOriginAfter).toBe('A2-B1');
  });

  it('counts rows per kind, changes and paired sentences', () => {
    const { stats } = collation;
    expect(stats.rows).toBe(9);
    expect(stats.kinds).toEqual(Object.fromEntries(ROW_KINDS.map((k) => [k, 1])));
    expect(stats.changes).toBe(8);
    expect(stats.pairedSentences).toEqual({ a: 9, b: 9 });
    expect(collation.a).toEqual({ id: 'a', sigil: 'A', label: 'A', sentences: 10, words: 42 });
    expect(collation.b.sentences).toBe(10);
  });

  it('computes the overall similarity as Dice over all words, one-sided words included', () => {
    const { stats, rows } = analyseGroups(
      ['One two three four. Six seven.'],
      ['One two three five.'],
      [
        [[0], [0]],
        [[1], []],
      ],
    );
    expect(rows[0]!.similarity).toBe(0.75);
    expect(stats.similarity).toBe(0.6);
  });

  it('calls two empty texts identical and gives them no rows', () => {
    const { stats, rows } = analyseGroups([], [], []);
    expect(rows).toEqual([]);
    expect(stats).toMatchObject({ similarity: 1, rows: 0, changes: 0, pairedSentences: { a: 0, b: 0 } });
  });
});
