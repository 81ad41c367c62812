import { describe, expect, it } from 'vitest';
import { collate } from '../../../src/engine/collate.ts';
import { A, B, para } from './lighthouse.ts';
import { show, stages, witness } from './stages.ts';

describe('detectMoves', () => {
  const a = witness('A', para(A[0], A[1], A[2]), para(A[3], A[4], A[5]));
  // B tells the same story but saves the building of the lighthouse for its last sentence.
  const b = witness('B', para(B[1], B[2]), para(B[3], B[4], B[5], B[0]));

  it('makes a sentence moved from the start to the end one moved group, not a deletion plus an insertion', () => {
    const s = stages(a, b);
    expect(show(s.aligned, s.sa, s.sb)).toEqual(['A1=', 'A2=B1', 'A3=B2', 'A4=B3', 'A5=B4', 'A6=B5', '=B6']);
    expect(show(s.moved, s.sa, s.sb)).toEqual(['A1~B6', 'A2=B1', 'A3=B2', 'A4=B3', 'A5=B4', 'A6=B5']);
  });

  it('gives the moved pair one row of kind "moved" that says where B has the sentence', () => {
    const { rows, stats } = collate(a, b);
    const moved = rows.filter((r) => r.kind === 'moved');
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ id: 'A1-B6', aSentences: ['A1'], bSentences: ['B6'], bOriginAfter: 'A6-B5' });
    expect(stats.kinds['only-a'] + stats.kinds['only-b']).toBe(0);
    expect(rows.map((r) => r.id)).toEqual(['A1-B6', 'A2-B1', 'A3-B2', 'A4-B3', 'A5-B4', 'A6-B5']);
  });

  it('leaves unrelated sentences on either side where they are', () => {
    const puffins = 'A colony of puffins nests on the rocks below the cliff.';
    const shop = 'The gift shop sells postcards painted by local children.';
    const s = stages(witness('A', para(puffins, A[1], A[2], A[3])), witness('B', para(B[1], B[2], B[3], shop)));
    expect(show(s.moved, s.sa, s.sb)).toEqual(['A1=', 'A2=B1', 'A3=B2', 'A4=B3', '=B4']);
  });

  it('moves a sentence that stands twice in A to the nearer of the two, whichever witness is A', () => {
    // B keeps the puffins once, past its middle; A has them near its start and at its end. Both are
    // as like B's, so the nearer in relative position is its counterpart, not the first in A's order.
    const puffins = 'A colony of puffins nests on the rocks below the cliff.';
    const x = witness('A', para(A[0], puffins, A[1], A[2]), para(A[3], A[4], A[5], puffins));
    const y = witness('B', para(B[0], B[1], B[2]), para(B[3], puffins, B[4], B[5]));
    const s = stages(x, y);
    const t = stages(y, x);
    expect(show(s.moved, s.sa, s.sb)).toEqual(['A1=B1', 'A2=', 'A3=B2', 'A4=B3', 'A5=B4', 'A6=B6', 'A7=B7', 'A8~B5']);
    expect(show(t.moved, t.sa, t.sb)).toEqual(['B1=A1', '=A2', 'B2=A3', 'B3=A4', 'B4=A5', 'B5~A8', 'B6=A6', 'B7=A7']);
  });
});
