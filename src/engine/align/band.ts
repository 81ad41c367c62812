import type { Sentence } from '../tokens/tokenize.ts';
import { bagOf, similarity, type TermBag, termNumbers } from './similarity.ts';

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
 * difference, so with no anchor at all, 60 sentences inserted still leave the path inside. No
 * wider than `maxWidth` on each side, so that memory stays linear in the input: with no anchor,
 * the length difference alone made a band quadratic in the length (two unrelated texts, one twice
 * as long as the other).
 */
export function alignmentBand(
  n: number,
  m: number,
  anchors: readonly [number, number][],
  radius: number = BAND_RADIUS,
  maxWidth: number = Number.POSITIVE_INFINITY,
): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1).fill(m);
  const points = [[0, 0], ...anchors, [n, m]] as [number, number][];
  let k = 0;
  for (let i = 0; i <= n; i++) {
    while (k < points.length - 2 && points[k + 1]![0] <= i) k++;
    const [i0, j0] = points[k]!;
    const [i1, j1] = points[k + 1]!;
    const center = i1 === i0 ? j1 : j0 + ((j1 - j0) * (i - i0)) / (i1 - i0);
    const width = Math.min(radius + Math.abs(j1 - j0 - (i1 - i0)), maxWidth);
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

/**
 * True when `band` holds every step that could pair sentences: for each sentence of A and each of
 * its terms, the first and the last sentence of B with that term lie deep enough inside the band
 * that every step grouping the two (up to `maxGroup` sentences a side) starts and ends in it.
 * Then no path outside the band scores more than the band's best: a step pairs only sentences
 * that share a term (no shared term, no evidence), and a stretch of unpaired sentences outside
 * the band costs what the same sentences cost left unpaired along its edge. Linear in the terms.
 */
export function bandHoldsSharedTerms(
  band: Band,
  bagsA: readonly TermBag[],
  bagsB: readonly TermBag[],
  terms: number,
  maxGroup: number,
): boolean {
  const n = bagsA.length;
  const m = bagsB.length;
  const first = new Int32Array(terms).fill(-1);
  const last = new Int32Array(terms).fill(-1);
  bagsB.forEach((bag, y) => {
    for (let x = bag.start; x < bag.start + bag.size; x++) {
      const t = bag.store[x]!;
      if (first[t] === -1) first[t] = y;
      last[t] = y;
    }
  });
  // The cells of the steps that group A's sentence x (0-based) with B's y: rows x + 1 - maxGroup
  // to x + maxGroup, columns alike.
  const holds = (x: number, y: number) => {
    const from = Math.max(0, y + 1 - maxGroup);
    const to = Math.min(m, y + maxGroup);
    for (let r = Math.max(0, x + 1 - maxGroup); r <= Math.min(n, x + maxGroup); r++)
      if (band.lo[r]! > from || band.hi[r]! < to) return false;
    return true;
  };
  for (let x = 0; x < n; x++) {
    const bag = bagsA[x]!;
    for (let k = bag.start; k < bag.start + bag.size; k++) {
      const t = bag.store[k]!;
      if (first[t] !== -1 && (!holds(x, first[t]!) || !holds(x, last[t]!))) return false;
    }
  }
  return true;
}

/** Mutual-best similar pairs, reduced to their longest order-preserving chain. */
export function anchorChain(
  a: readonly Sentence[],
  b: readonly Sentence[],
  weights: ReadonlyMap<string, number>,
  pairs: readonly [number, number][] = mutualBestPairs(a, b, weights),
): [number, number][] {
  return longestIncreasingChain(pairs);
}

/**
 * Sentence pairs (1-based, as the DP counts) that are each other's clear best match: each is the
 * other's most similar sentence among those sharing a rare term with it, by a strict margin (a tie
 * names no pair), and at least `ANCHOR_MIN_SIMILARITY` alike. The same pairs whichever witness is A.
 */
export function mutualBestPairs(
  a: readonly Sentence[],
  b: readonly Sentence[],
  weights: ReadonlyMap<string, number>,
  // Each sentence's bag once (the aligner passes its own): a candidate is compared from both sides, often many times.
  bagsA: readonly TermBag[] = a.map((s) => bagOf([s], weights)),
  bagsB: readonly TermBag[] = b.map((s) => bagOf([s], weights)),
): [number, number][] {
  const terms = termNumbers(weights).size;
  const fromA = bestMatches(bagsA, rareTermIndex(bagsB, terms), bagsB, weights);
  const fromB = bestMatches(bagsB, rareTermIndex(bagsA, terms), bagsA, weights);
  const pairs: [number, number][] = [];
  fromA.forEach((j, i) => {
    if (j >= 0 && fromB[j] === i) pairs.push([i + 1, j + 1]);
  });
  return pairs;
}

/**
 * Inverted index of a witness's rare terms, by term number (see `termNumbers`): the sentences
 * holding term t are `list[start[t]]` to `list[start[t + 1] - 1]`, in order, none for a term in
 * more than `ANCHOR_MAX_DF` sentences (too common). In two typed arrays: an array per term lived
 * through the matching and outlived V8's young collections on a long text. Read from the
 * sentences' bags, which hold each of a sentence's terms once by its number: the sentences' own
 * terms needed a look-up of each term's number, and a mark of the terms already counted.
 */
interface RareTermIndex {
  start: Int32Array;
  list: Int32Array;
}

function rareTermIndex(bags: readonly TermBag[], terms: number): RareTermIndex {
  const df = new Int32Array(terms);
  for (const bag of bags) for (let x = bag.start; x < bag.start + bag.size; x++) df[bag.store[x]!]!++;
  const start = new Int32Array(terms + 1);
  for (let t = 0; t < terms; t++) start[t + 1] = start[t]! + (df[t]! <= ANCHOR_MAX_DF ? df[t]! : 0);
  const list = new Int32Array(start[terms]!);
  const next = start.slice(0, terms);
  bags.forEach((bag, sentence) => {
    for (let x = bag.start; x < bag.start + bag.size; x++) {
      const t = bag.store[x]!;
      if (df[t]! <= ANCHOR_MAX_DF) list[next[t]!++] = sentence;
    }
  });
  return { start, list };
}

/**
 * For each sentence (by its bag, `fromBags`), its strictly most similar candidate of the other
 * side, or -1. The candidates are those sharing a rare term, met in the order of the terms'
 * numbers: the strict maximum, and whether two share it, do not depend on that order.
 */
function bestMatches(
  fromBags: readonly TermBag[],
  index: RareTermIndex,
  toBags: readonly TermBag[],
  weights: ReadonlyMap<string, number>,
): number[] {
  // Each candidate compared once per sentence: `asked[j]` is the last sentence that compared j.
  const asked = new Int32Array(toBags.length).fill(-1);
  return fromBags.map((bag, i) => {
    let top = -1;
    let topSim = 0;
    let tied = false;
    for (let y = bag.start; y < bag.start + bag.size; y++) {
      const t = bag.store[y]!;
      for (let x = index.start[t]!; x < index.start[t + 1]!; x++) {
        const j = index.list[x]!;
        if (asked[j] === i) continue;
        asked[j] = i;
        // The same pair whatever order the candidates come in: a tie names no pair either way.
        const sim = similarity(bag, toBags[j]!, weights);
        if (sim > topSim) [top, topSim, tied] = [j, sim, false];
        else if (sim === topSim) tied = true;
      }
    }
    return top >= 0 && !tied && topSim >= ANCHOR_MIN_SIMILARITY ? top : -1;
  });
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
