import { describe, expect, it } from 'vitest';
import type { AlignedGroup } from '../../../src/engine/align/align-sentences.ts';
import { joinPrior } from '../../../src/engine/align/extend-groups.ts';
import { tokenize } from '../../../src/engine/tokens/tokenize.ts';
import { witness } from './stages.ts';

const sa = tokenize(witness('A', 'Lamp oil. Storm glass. Diary ship. Museum lens. Tower fee.'));
const sb = tokenize(witness('B', 'Lamp oil. Storm glass. Diary ship. Museum lens. Tower fee. The a.'));
const pair = (a: number[], b: number[]): AlignedGroup => ({ a, b, similarity: 1 });
const alone = (side: 'a' | 'b', x: number): AlignedGroup => ({ a: side === 'a' ? [x] : [], b: side === 'b' ? [x] : [], similarity: 0 });

describe('joinPrior', () => {
  it('is the log of (sentences groups hold beyond 1:1 + 1) over (sentences with content alone in one-sided gaps + 1)', () => {
    // A1 A2 = B1 (one extra), A3 = B2 B3 B4 (two extra), A4 alone, A5 = B5, B6 (no content) alone.
    const groups = [pair([0, 1], [0]), pair([2], [1, 2, 3]), alone('a', 3), pair([4], [4]), alone('b', 5)];
    expect(joinPrior(groups, sa, sb)).toBeCloseTo(Math.log((3 + 1) / (1 + 1)), 12);
  });

  it('does not count sentences in a gap unpaired on both sides: position pairs them, they are not left out', () => {
    const groups = [pair([0], [0]), alone('a', 1), alone('b', 1), pair([2], [2]), pair([3], [3]), pair([4], [4])];
    expect(joinPrior(groups, sa, sb)).toBe(0);
  });

  it('is the same whichever witness is A', () => {
    const groups = [pair([0, 1], [0]), pair([2], [1, 2, 3]), alone('a', 3), pair([4], [4]), alone('b', 5)];
    const mirrored = groups.map((g) => ({ ...g, a: g.b, b: g.a }));
    expect(joinPrior(mirrored, sb, sa)).toBe(joinPrior(groups, sa, sb));
  });
});
