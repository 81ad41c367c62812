import type { Sentence } from '../tokens/tokenize.ts';
import { bagOf, similarity, type TermBag } from './similarity.ts';

/** For each row i of the alignment matrix, the allowed columns `[lo, hi]`. */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

/** Half-width of the band, in sentences, around the path the anchors suggest. */
export const BAND_RADIUS = 40;
/** Terms in more sentences than this are too common to propose anchor candidates. */
const ANCHOR_MAX_DF = 8;
/** A pair must be at least this similar, and each other's best, to be an anchor. */
const ANCHOR_MIN_SIMILARITY = 0.45;

/** The whole matrix: exact dynamic programming. */
export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/**
 * Where in the matrix the alignment path can run, for long inputs: a band around a path through
 * "anchors" — sentence pairs that are each other's clear best match (see `anchorChain`) — so the
 * cost grows linearly with length instead of quadratically. Between two anchors the band is
 * `radius` plus the difference of the two sides' lengths there wide on each side of the straight
 * line: text inserted on one side bends the true path away from that line by at most that
 * difference, so with no anchor at all, 60 sentences inserted still leave the path inside.
 */
export function alignmentBand(n: number, m: number, anchors: readonly [number, number][], radius: number = BAND_RADIUS): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1).fill(m);
  const points = [[0, 0], ...anchors, [n, m]] as [number, number][];
  let k = 0;
  for (let i = 0; i <= n; i++) {
    while (k < points.length - 2 && points[k + 1]![0] <= i) k++;
    const [i0, j0] = points[k]!;
    const [i1, j1] = points[k + 1]!;
    const center = i1 === i0 ? j1 : j0 + ((j1 - j0) * (i - i0)) / (i1 - i0);
    const width = radius + Math.abs(j1 - j0 - (i1 - i0));
    lo[i] = Math.max(0, Math.floor(center) - width);
    hi[i] = Math.min(m, Math.ceil(center) + width);
  }
  // Rows must not move left (a path only goes down and right) and consecutive rows must overlap.
  for (let i = 1; i <= n; i++) lo[i] = Math.max(lo[i]!, lo[i - 1]!);
  for (let i = n - 1; i >= 0; i--) hi[i] = Math.min(hi[i]!, hi[i + 1]!);
  for (let i = 1; i <= n; i++) if (lo[i]! > hi[i - 1]!) lo[i] = hi[i - 1]!;
  lo[0] = 0;
  hi[n] = m;
  return { lo, hi };
}

/** Mutual-best similar pairs, reduced to their longest order-preserving chain. */
export function anchorChain(a: readonly Sentence[], b: readonly Sentence[], weights: ReadonlyMap<string, number>): [number, number][] {
  // Inverted index of B's rare terms; a term past the cap is marked common (null) and ignored.
  const index = new Map<string, number[] | null>();
  for (const s of b) {
    for (const term of new Set(s.terms)) {
      const list = index.get(term);
      if (list === null) continue;
      if (list === undefined) index.set(term, [s.index]);
      else if (list.length >= ANCHOR_MAX_DF) index.set(term, null);
      else list.push(s.index);
    }
  }
  // Each sentence's bag once: a candidate is compared from both sides, often many times.
  const bagsA = a.map((s) => bagOf([s], weights));
  const bagsB = b.map((s) => bagOf([s], weights));
  const best = (
    from: readonly Sentence[],
    fromBags: readonly TermBag[],
    toBags: readonly TermBag[],
    candidates: (s: Sentence) => Iterable<number>,
  ) =>
    from.map((s) => {
      let top = -1;
      let topSim = 0;
      const bag = fromBags[s.index]!;
      for (const j of candidates(s)) {
        const sim = similarity(bag, toBags[j]!, weights);
        if (sim > topSim) [top, topSim] = [j, sim];
      }
      return { j: top, sim: topSim };
    });
  const fromA = best(a, bagsA, bagsB, (s) => new Set(s.terms.flatMap((term) => index.get(term) ?? [])));
  const wanted = new Map<number, number[]>();
  fromA.forEach(({ j }, i) => {
    if (j >= 0) (wanted.get(j) ?? wanted.set(j, []).get(j)!).push(i);
  });
  const fromB = best(b, bagsB, bagsA, (s) => wanted.get(s.index) ?? []);
  const pairs: [number, number][] = [];
  fromA.forEach(({ j, sim }, i) => {
    if (j >= 0 && sim >= ANCHOR_MIN_SIMILARITY && fromB[j]!.j === i) pairs.push([i + 1, j + 1]);
  });
  return longestIncreasingChain(pairs);
}

/** Longest chain of pairs increasing in both coordinates (pairs come sorted by the first). */
function longestIncreasingChain(pairs: readonly [number, number][]): [number, number][] {
  const tails: number[] = [];
  const previous = new Array<number>(pairs.length).fill(-1);
  pairs.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1]!;
    tails[lo] = k;
  });
  const chain: [number, number][] = [];
  for (let k = tails.at(-1) ?? -1; k >= 0; k = previous[k]!) chain.push(pairs[k]!);
  return chain.reverse();
}
