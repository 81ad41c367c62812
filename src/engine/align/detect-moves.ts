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

  // Candidates through rare terms only: a term in many unpaired sentences of either side would make
  // every one of them a candidate for every sentence of the other sharing it (quadratic on a long
  // insertion). The same terms serve both sides, so the candidates do not depend on which is A.
  const byTerm = termIndex(lonelyB.map(({ j }) => b[j]!));
  const inA = termIndex(lonelyA.map(({ i }) => a[i]!));
  const bagsB = lonelyB.map(({ j }) => bagOf([b[j]!], weights));
  // Each side's best match on the other: the most similar, and of two as similar the nearer in
  // relative position (|i/n − j/m|, compared in integers), and whether it is the only one that
  // good. A tie left (a sentence of B as like and as near two of A) names no counterpart: broken by
  // the order candidates came in, it found the move with one of A one way round and with the
  // other swapped.
  const none = { to: -1, sim: 0, far: 0, only: false };
  const bestForA = lonelyA.map(() => none);
  const bestForB = lonelyB.map(() => none);
  const better = (best: typeof none, to: number, sim: number, far: number) => {
    if (sim > best.sim || (sim === best.sim && far < best.far)) return { to, sim, far, only: true };
    return sim === best.sim && far === best.far ? { ...best, only: false } : best;
  };
  lonelyA.forEach(({ i }, x) => {
    const bag = bagOf([a[i]!], weights);
    const candidates = new Set(a[i]!.terms.flatMap((t) => (inA.get(t) ? (byTerm.get(t) ?? []) : [])));
    for (const k of candidates) {
      const sim = similarity(bag, bagsB[k]!, weights);
      if (sim === 0) continue;
      const far = Math.abs(i * b.length - lonelyB[k]!.j * a.length);
      bestForA[x] = better(bestForA[x]!, k, sim, far);
      bestForB[k] = better(bestForB[k]!, x, sim, far);
    }
  });

  const movedTo = new Map<number, AlignedGroup>(); // A sentence → its moved group
  const movedB = new Set<number>();
  bestForA.forEach(({ to: k, sim, only }, x) => {
    if (!only || sim < minSimilarity || bestForB[k]!.to !== x || !bestForB[k]!.only) return;
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

/**
 * Which of `sentences` hold each term, for terms in at most `MAX_CANDIDATE_DF` of them (null for
 * a term in more).
 */
function termIndex(sentences: readonly Sentence[]): Map<string, number[] | null> {
  const byTerm = new Map<string, number[] | null>();
  sentences.forEach((s, k) => {
    for (const term of new Set(s.terms)) {
      const list = byTerm.get(term);
      if (list === null) continue;
      if (list === undefined) byTerm.set(term, [k]);
      else if (list.length >= MAX_CANDIDATE_DF) byTerm.set(term, null);
      else list.push(k);
    }
  });
  return byTerm;
}
