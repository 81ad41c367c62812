import type { Sentence } from '../tokens/tokenize.ts';
import type { AlignedGroup } from './align-sentences.ts';
import { bagOf, similarity } from './similarity.ts';

/** A sentence left unpaired in place must be at least this similar to count as moved. */
export const MIN_MOVE_SIMILARITY = 0.5;
/** Terms in more unpaired sentences of B than this propose no move candidates. */
const MAX_CANDIDATE_DF = 16;

/**
 * Stage 3b (before positional pairing, which would otherwise pair a moved sentence with whatever
 * stands in its place), moves.
 * Moved text: an unpaired sentence of A whose counterpart is an unpaired sentence of B somewhere
 * else (the alignment path is monotone, so it could not pair them in place). Pairs must be each
 * other's best match and clearly similar. The pair becomes one group, marked `moved`, at A's
 * position; B's sentence leaves its own position (the page marks that spot from B's order).
 * Candidates come through shared terms, so this stays near-linear on long texts.
 */
export function detectMoves(
  groups: readonly AlignedGroup[],
  a: readonly Sentence[],
  b: readonly Sentence[],
  weights: ReadonlyMap<string, number>,
  minSimilarity: number = MIN_MOVE_SIMILARITY,
): AlignedGroup[] {
  // `at`: which gap a sentence is in, counted by the paired groups before it.
  let gaps = 0;
  const gapOf = groups.map((g) => (g.a.length && g.b.length ? ++gaps : gaps));
  const lonelyA = groups.flatMap((g, r) => (g.b.length === 0 ? g.a.map((i) => ({ i, at: gapOf[r]! })) : []));
  const lonelyB = groups.flatMap((g, r) => (g.a.length === 0 ? g.b.map((j) => ({ j, at: gapOf[r]! })) : []));
  if (lonelyA.length === 0 || lonelyB.length === 0) return [...groups];

  // Candidates through rare terms only: a term in many unpaired sentences of B would make every
  // one of them a candidate for every sentence of A sharing it (quadratic on a long insertion).
  const byTerm = new Map<string, number[] | null>();
  lonelyB.forEach(({ j }, k) => {
    for (const term of new Set(b[j]!.terms)) {
      const list = byTerm.get(term);
      if (list === null) continue;
      if (list === undefined) byTerm.set(term, [k]);
      else if (list.length >= MAX_CANDIDATE_DF) byTerm.set(term, null);
      else list.push(k);
    }
  });
  const bagsB = lonelyB.map(({ j }) => bagOf([b[j]!], weights));
  const bestForA = lonelyA.map(({ i }) => {
    const bag = bagOf([a[i]!], weights);
    let best = { k: -1, sim: 0 };
    for (const k of new Set(a[i]!.terms.flatMap((t) => byTerm.get(t) ?? []))) {
      const sim = similarity(bag, bagsB[k]!, weights);
      if (sim > best.sim) best = { k, sim };
    }
    return best;
  });
  const bestForB = new Map<number, { x: number; sim: number }>();
  bestForA.forEach(({ k, sim }, x) => {
    if (k >= 0 && sim > (bestForB.get(k)?.sim ?? 0)) bestForB.set(k, { x, sim });
  });

  const movedTo = new Map<number, AlignedGroup>(); // A sentence → its moved group
  const movedB = new Set<number>();
  bestForA.forEach(({ k, sim }, x) => {
    if (k < 0 || sim < minSimilarity || bestForB.get(k)?.x !== x) return;
    const { i, at } = lonelyA[x]!;
    const { j, at: bAt } = lonelyB[k]!;
    if (at === bAt) return; // same gap: not a move, just unpaired neighbours (pairGaps' business)
    movedTo.set(i, { a: [i], b: [j], similarity: sim, moved: true });
    movedB.add(j);
  });

  return groups.flatMap((g): AlignedGroup[] => {
    if (g.b.length === 0) return g.a.map((i) => movedTo.get(i) ?? { a: [i], b: [], similarity: 0 });
    if (g.a.length === 0) {
      const kept = g.b.filter((j) => !movedB.has(j));
      return kept.length ? [{ ...g, b: kept }] : [];
    }
    return [g];
  });
}
