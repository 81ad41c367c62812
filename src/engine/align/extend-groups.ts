import type { Sentence } from '../tokens/tokenize.ts';
import type { AlignedGroup } from './align-sentences.ts';
import type { LengthModel } from './length-model.ts';
import { mergeBags, sharedEvidence, similarity, type TermBag } from './similarity.ts';

/**
 * Most sentences one side of a group may reach by extension: one sentence of a terse translation
 * can stand for a dozen of a wordy one (a Japanese verse of quotations against its modern
 * rendering), but a bound keeps the work linear when a long run of related text sits unpaired.
 */
export const MAX_EXTENDED_SIDE = 24;

/** What pairing costs, per the DP's cost model (see `alignSentences`). */
export interface ExtendCosts {
  minCoverage: number;
  blockBreak: number;
  /** What the groups' lengths say (see `lengthModel`). */
  length: LengthModel;
}

/**
 * After the DP, the groups grow past its shape limit (3 sentences a side): a run of unpaired
 * sentences between two paired groups is offered, one sentence at a time from each end, to the
 * neighbouring group on its own side, and joins it when what it covers of that group's other
 * side outweighs `minCoverage` of its own content (and a paragraph break it crosses), the same
 * test the DP applies to a merge once the shape priors cancel, with what it does to the fit of the
 * group's lengths. So a long verse split into eight
 * short sentences on one side and one on the other is one row, not one pair and seven "only in
 * B" rows, while an unrelated insertion covers nothing and stays alone.
 */
export function extendGroups(
  groups: readonly AlignedGroup[],
  a: readonly Sentence[],
  b: readonly Sentence[],
  bagsA: readonly TermBag[],
  bagsB: readonly TermBag[],
  weights: ReadonlyMap<string, number>,
  costs: ExtendCosts,
): AlignedGroup[] {
  // A group is copied only when it grows (see `join`): a copy of every group lived as long as the
  // alignment, and the groups are as many as the rows.
  const out = [...groups];
  const copied = new Set<AlignedGroup>();
  const paired = out.map((g) => g.a.length > 0 && g.b.length > 0 && !g.moved);
  const bags = new Map<number, { a: TermBag; b: TermBag }>();
  const bagsOf = (r: number) => {
    let found = bags.get(r);
    if (!found) {
      const g = out[r]!;
      found = { a: g.a.map((i) => bagsA[i]!).reduce(mergeBags), b: g.b.map((j) => bagsB[j]!).reduce(mergeBags) };
      bags.set(r, found);
    }
    return found;
  };
  const taken = new Set<AlignedGroup>();
  // Each gap: the one-sided groups between paired group `prev` and paired group `next`.
  let prev = -1;
  for (let r = 0; r <= out.length; r++) {
    if (r < out.length && !paired[r]) continue;
    const next = r < out.length ? r : -1;
    const gap = out.slice(prev + 1, r);
    // Only a gap unpaired on one side: with sentences on both, they are each other's likelier
    // counterparts (`pairGaps` pairs them by position), and taking one side first would make
    // the result depend on which witness is A.
    const sides = (['a', 'b'] as const).filter((side) => gap.some((g) => g[side].length > 0));
    if (gap.length > 0 && sides.length === 1 && (prev >= 0 || next >= 0)) {
      for (const side of sides) {
        const run = gap;
        let lo = 0;
        let hi = run.length - 1;
        while (lo <= hi) {
          const before = prev >= 0 ? gain(prev, run[lo]![side][0]!, side, false) : -Infinity;
          const after = next >= 0 ? gain(next, run[hi]![side][0]!, side, true) : -Infinity;
          if (before <= 0 && after <= 0) break;
          if (before >= after) join(prev, run[lo++]!, side, false);
          else join(next, run[hi--]!, side, true);
        }
      }
    }
    prev = r;
  }
  return out.filter((g) => !taken.has(g));

  /** What sentence `x` of `side` adds by joining group `r` (at its start when `first`). */
  function gain(r: number, x: number, side: 'a' | 'b', first: boolean): number {
    const g = out[r]!;
    if (g[side].length >= MAX_EXTENDED_SIDE) return -Infinity;
    const sentences = side === 'a' ? a : b;
    const own = (side === 'a' ? bagsA : bagsB)[x]!;
    const { a: ba, b: bb } = bagsOf(r);
    const grown = mergeBags(side === 'a' ? ba : bb, own);
    const covered =
      side === 'a'
        ? sharedEvidence(grown, bb, weights) - sharedEvidence(ba, bb, weights)
        : sharedEvidence(ba, grown, weights) - sharedEvidence(ba, bb, weights);
    const neighbour = first ? g[side][0]! : g[side].at(-1)!;
    const breaks = sentences[x]!.block === sentences[neighbour]!.block ? 0 : 1;
    return covered + lengthGain(g, side, x) - costs.minCoverage * own.mass - costs.blockBreak * breaks;
  }

  /** How much better the length model likes group `g` with sentence `x` of `side` than without it. */
  function lengthGain(g: AlignedGroup, side: 'a' | 'b', x: number): number {
    // A group's sides are runs of consecutive sentences, and `x` stands next to one of its ends.
    const [i0, i1, j0, j1] = [g.a[0]!, g.a.at(-1)! + 1, g.b[0]!, g.b.at(-1)! + 1];
    const [a0, a1] = side === 'a' ? [Math.min(i0, x), Math.max(i1, x + 1)] : [i0, i1];
    const [b0, b1] = side === 'b' ? [Math.min(j0, x), Math.max(j1, x + 1)] : [j0, j1];
    return costs.length.cost(i1, i1 - i0, j1, j1 - j0) - costs.length.cost(a1, a1 - a0, b1, b1 - b0);
  }

  function join(r: number, lonely: AlignedGroup, side: 'a' | 'b', first: boolean): void {
    let g = out[r]!;
    if (!copied.has(g)) {
      out[r] = g = { ...g };
      copied.add(g);
    }
    const x = lonely[side][0]!;
    g[side] = first ? [x, ...g[side]] : [...g[side], x];
    const both = bagsOf(r);
    both[side] = mergeBags(both[side], (side === 'a' ? bagsA : bagsB)[x]!);
    g.similarity = similarity(both.a, both.b, weights);
    taken.add(lonely);
  }
}
