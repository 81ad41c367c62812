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
  /**
   * Log odds, in nats, of a sentence joining a group over standing alone (see `joinPrior`);
   * default 0, coverage and lengths alone deciding.
   */
  joinPrior?: number;
  /** Sentences of each side that join no group (moved elsewhere: see `alignSentences`). */
  stay?: { a: ReadonlySet<number>; b: ReadonlySet<number> };
}

/**
 * The pair's own odds of a sentence being part of a larger group rather than alone, estimated
 * from an alignment of it, as Gale and Church and Brown et al. estimated their bead
 * probabilities from aligned text: the log of (sentences that groups hold beyond 1:1 + 1) over
 * (sentences with content left alone in gaps unpaired on one side + 1), Laplace-smoothed. Two
 * translations of one text regroup sentences often and leave few out (Gale and Church's beads:
 * 2:1 and 1:2 nine times as common as 1:0), so there a sentence that covers nothing of its
 * neighbour but fits its length is more likely part of it; a repost with inserted lines and
 * no merges gets odds below even, and an insertion stays alone.
 */
export function joinPrior(groups: readonly AlignedGroup[], a: readonly Sentence[], b: readonly Sentence[]): number {
  let extra = 0;
  let alone = 0;
  let gap: AlignedGroup[] = [];
  const flush = () => {
    if (gap.every((g) => g.b.length === 0) || gap.every((g) => g.a.length === 0)) {
      for (const g of gap) for (const x of g.a.length > 0 ? g.a : g.b) if ((g.a.length > 0 ? a : b)[x]!.terms.length > 0) alone++;
    }
    gap = [];
  };
  for (const g of groups) {
    if (g.a.length > 0 && g.b.length > 0 && !g.moved) {
      flush();
      extra += g.a.length + g.b.length - 2;
    } else gap.push(g);
  }
  flush();
  return Math.log((extra + 1) / (alone + 1));
}

/**
 * After the DP, the groups grow past its shape limit (3 sentences a side): a run of unpaired
 * sentences between two paired groups, unpaired on one side only, is split between the
 * neighbouring groups on its side: its first sentences join the group before it, its last the
 * group after it, the rest stay alone, wherever the split gains most. A sentence gains by joining
 * what it covers of that group's other side beyond `minCoverage` of its own content (less a
 * paragraph break it crosses), the same test the DP applies to a merge once the shape priors
 * cancel, with what it does to the fit of the group's lengths, and the pair's own odds of a
 * sentence joining a group rather than standing alone (`joinPrior`). So a long verse split into eight
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
      const side = sides[0]!;
      const xs = gap.map((g) => g[side][0]!);
      // The gap is split where the evidence in all is greatest: its first p sentences join `prev`,
      // its last s − q join `next`, the rest stay alone. A walk that stopped at the first sentence
      // covering nothing lost the sentences behind it that cover much (a Japanese verse of four
      // short sentences whose first paraphrases and whose last repeats the names).
      const before = prev >= 0 ? offers(prev, xs, side, false) : [0];
      const after = next >= 0 ? offers(next, [...xs].reverse(), side, true) : [0];
      let best = { gain: 0, p: 0, q: xs.length };
      for (let p = 0; p < before.length; p++) {
        for (let q = Math.max(p, xs.length - after.length + 1); q <= xs.length; q++) {
          const gain = before[p]! + after[xs.length - q]!;
          if (gain > best.gain) best = { gain, p, q };
        }
      }
      for (let k = 0; k < best.p; k++) join(prev, gap[k]!, side, false);
      for (let k = xs.length - 1; k >= best.q; k--) join(next, gap[k]!, side, true);
    }
    prev = r;
  }
  return out.filter((g) => !taken.has(g));

  /**
   * What sentences `xs` of `side` add by joining group `r` one after another (each at its start
   * when `first`): `gains[t]` is the total for the first t of them, as far as the group may grow.
   */
  function offers(r: number, xs: readonly number[], side: 'a' | 'b', first: boolean): number[] {
    const g = out[r]!;
    const sentences = side === 'a' ? a : b;
    const { a: ba, b: bb } = bagsOf(r);
    const other = side === 'a' ? bb : ba;
    let grown = side === 'a' ? ba : bb;
    let covered = sharedEvidence(ba, bb, weights);
    let extent = { ...g, [side]: [...g[side]] };
    let neighbour = first ? g[side][0]! : g[side].at(-1)!;
    const gains = [0];
    for (const x of xs) {
      if (extent[side].length >= MAX_EXTENDED_SIDE || costs.stay?.[side].has(x)) break;
      const own = (side === 'a' ? bagsA : bagsB)[x]!;
      grown = mergeBags(grown, own);
      const now = side === 'a' ? sharedEvidence(grown, other, weights) : sharedEvidence(other, grown, weights);
      const breaks = sentences[x]!.block === sentences[neighbour]!.block ? 0 : 1;
      const gain =
        (costs.joinPrior ?? 0) + now - covered + lengthGain(extent, side, x) - costs.minCoverage * own.mass - costs.blockBreak * breaks;
      gains.push(gains.at(-1)! + gain);
      covered = now;
      extent = { ...extent, [side]: first ? [x, ...extent[side]] : [...extent[side], x] };
      neighbour = x;
    }
    return gains;
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
