import type { Sentence } from '../tokens/tokenize.ts';
import { alignmentBand } from './band.ts';
import { bagOf, containment, similarity, type TermBag } from './similarity.ts';

/** One aligned group: sentences of A and of B that say the same thing (either side may be empty). */
export interface AlignedGroup {
  /** Indexes of A's sentences, consecutive. */
  a: number[];
  /** Indexes of B's sentences, consecutive. */
  b: number[];
  /** Term similarity of the two sides (0 for one-sided groups). */
  similarity: number;
  /** True when B's side was moved here from elsewhere in B's order (see `detectMoves`). */
  moved?: boolean;
}

/** Largest group on either side: merges and splits up to 3:1 and 1:3 (and 2:2, 3:3 regroupings). */
export const MAX_GROUP = 3;
/**
 * Below this term similarity a pairing costs more than leaving both sentences unpaired. Kept low
 * because paraphrase shares few words; order does the rest, since the path must stay monotone.
 */
export const MIN_PAIR_SIMILARITY = 0.08;
/** Each sentence beyond 1:1 must earn its place: ties go to the simpler alignment. */
const GROUP_PENALTY = 0.06;
/**
 * A merge or split that spans a paragraph break of its own witness costs this much per break:
 * reposts regroup sentences within paragraphs far more often than across them.
 */
const BLOCK_BREAK_PENALTY = 0.1;
/** In a merge or split, every member must share at least this much of its weight with the other side. */
const MIN_MEMBER_CONTAINMENT = 0.15;

/**
 * Stage 3, align: sequence alignment of two sentence lists by dynamic programming over similarity
 * (Gale–Church style, with term similarity instead of length). Each step takes k sentences of A
 * and l of B, 0 ≤ k, l ≤ 3: (1,0) and (0,1) leave a sentence unpaired; the rest pair groups, which
 * lets one sentence of A match two or three of B (a split) and vice versa (a merge). A step scores
 * (k + l) / 2 × (similarity − MIN_PAIR_SIMILARITY) minus a small penalty per extra sentence, and
 * the path with the highest total wins. Long inputs run inside a band (see `alignmentBand`).
 */
export function alignSentences(a: readonly Sentence[], b: readonly Sentence[], weights: ReadonlyMap<string, number>): AlignedGroup[] {
  const n = a.length;
  const m = b.length;
  const { lo, hi } = alignmentBand(a, b, weights);
  const width = (i: number) => hi[i]! - lo[i]! + 1;
  const score: Float64Array[] = [];
  const step: Uint8Array[] = []; // k * 4 + l of the best step into the cell
  const NONE = -Infinity;

  // Bags of every run of 1–3 consecutive sentences, built once: the DP asks for each many times.
  const bagsA = groupBags(a, weights);
  const bagsB = groupBags(b, weights);
  const members = (bags: readonly (readonly TermBag[])[], from: number, to: number, other: TermBag) => {
    for (let x = from; x < to; x++) if (containment(bags[1]![x + 1]!, other, weights) < MIN_MEMBER_CONTAINMENT) return false;
    return true;
  };

  // A merge or split must be more alike than any single pair inside it; otherwise it is a good
  // 1:1 pair that swallowed a neighbour whose words it already covers.
  const single = new Map<number, number>();
  const pairSim = (x: number, y: number) => {
    const key = x * (m + 1) + y;
    let sim = single.get(key);
    if (sim === undefined) single.set(key, (sim = similarity(bagsA[1]![x + 1]!, bagsB[1]![y + 1]!, weights)));
    return sim;
  };
  const bestPairInside = (a0: number, a1: number, b0: number, b1: number) => {
    let best = 0;
    for (let x = a0; x < a1; x++) for (let y = b0; y < b1; y++) best = Math.max(best, pairSim(x, y));
    return best;
  };

  for (let i = 0; i <= n; i++) {
    score.push(new Float64Array(width(i)).fill(NONE));
    step.push(new Uint8Array(width(i)));
  }
  const get = (i: number, j: number) => (i < 0 || j < lo[i]! || j > hi[i]! ? NONE : score[i]![j - lo[i]!]!);
  score[0]![0 - lo[0]!] = 0;

  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) continue;
      let best = NONE;
      let bestStep = 0;
      for (let k = 0; k <= Math.min(MAX_GROUP, i); k++) {
        for (let l = 0; l <= Math.min(MAX_GROUP, j); l++) {
          if (k + l === 0 || ((k === 0 || l === 0) && k + l > 1)) continue;
          const before = get(i - k, j - l);
          if (before === NONE) continue;
          let gain = 0;
          if (k > 0 && l > 0) {
            const bagA = bagsA[k]![i]!;
            const bagB = bagsB[l]![j]!;
            if (k > 1 && !members(bagsA, i - k, i, bagB)) continue;
            if (l > 1 && !members(bagsB, j - l, j, bagA)) continue;
            const sim = similarity(bagA, bagB, weights);
            if (k + l > 2 && sim <= bestPairInside(i - k, i, j - l, j)) continue;
            const breaks = blockBreaks(a, i - k, i) + blockBreaks(b, j - l, j);
            gain = ((k + l) / 2) * (sim - MIN_PAIR_SIMILARITY) - GROUP_PENALTY * (k + l - 2) - BLOCK_BREAK_PENALTY * breaks;
            if (gain <= 0) continue;
          }
          if (before + gain > best) [best, bestStep] = [before + gain, k * 4 + l];
        }
      }
      score[i]![j - lo[i]!] = best;
      step[i]![j - lo[i]!] = bestStep;
    }
  }

  const groups: AlignedGroup[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const s = step[i]![j - lo[i]!]!;
    const k = s >> 2;
    const l = s & 3;
    const ga = range(i - k, i);
    const gb = range(j - l, j);
    const sim = k > 0 && l > 0 ? similarity(bagsA[k]![i]!, bagsB[l]![j]!, weights) : 0;
    groups.unshift({ a: ga, b: gb, similarity: sim });
    i -= k;
    j -= l;
  }
  return groups;
}

/** `bags[k][end]`: the bag of sentences `end - k` to `end - 1`, for k = 1 … MAX_GROUP. */
function groupBags(sentences: readonly Sentence[], weights: ReadonlyMap<string, number>): TermBag[][] {
  const bags: TermBag[][] = [[]];
  for (let k = 1; k <= MAX_GROUP; k++) {
    const row: TermBag[] = [];
    for (let end = k; end <= sentences.length; end++) row[end] = bagOf(sentences.slice(end - k, end), weights);
    bags.push(row);
  }
  return bags;
}

/** How many paragraph breaks lie between sentences `from` and `to - 1`. */
function blockBreaks(sentences: readonly Sentence[], from: number, to: number): number {
  let breaks = 0;
  for (let x = from + 1; x < to; x++) if (sentences[x]!.block !== sentences[x - 1]!.block) breaks++;
  return breaks;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
