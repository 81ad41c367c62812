import type { Sentence } from '../tokens/tokenize.ts';

/**
 * Gale and Church's (1993) evidence from length: a text and its counterpart run to proportional
 * lengths, sentence group by sentence group, with a spread that grows with the length. Words in
 * common say which sentences correspond; length says where a group is complete. "for it was very
 * big." shares no content word with "…for it was very great.", but the pair is the right length
 * only with it.
 *
 * Lengths are characters, scaled by how much longer one witness runs than the other, so that a
 * terse and a wordy witness (or two scripts) compare; the model is the same whichever witness is A.
 */
export interface LengthModel {
  /** Cost, in nats, of pairing A's sentences `i - k … i - 1` with B's `j - l … j - 1` for their lengths. */
  cost(i: number, k: number, j: number, l: number): number;
}

/**
 * Gale and Church's variance of the length difference per character, measured on parallel
 * translations; used when too few sure pairs are at hand to measure a pair's own.
 */
export const GALE_CHURCH_VARIANCE = 6.8;
/**
 * Share of groups whose lengths follow no model: one in ten, about as often as Gale and Church
 * found a sentence that is not one-to-one.
 */
const OUTLIER_SHARE = 0.1;
/** Sure pairs needed before a pair's own variance is trusted over Gale and Church's. */
const MIN_SURE_PAIRS = 20;
/** Median of a squared standard normal: the median of z² estimates the variance robustly. */
const MEDIAN_CHI_SQUARED_1 = 0.4549;

/**
 * The length model of a pair of witnesses. `sure` are pairs (1-based ends, as the DP counts)
 * already known to correspond, such as the anchors: their spread measures how freely this pair
 * rewrites (a paraphrase far more than a translation), so that length weighs little where it says
 * little. A robust estimate (the median), since a few sure pairs are really parts of merges.
 */
export function lengthModel(a: readonly Sentence[], b: readonly Sentence[], sure: readonly [number, number][]): LengthModel {
  const prefixA = prefixLengths(a);
  const prefixB = prefixLengths(b);
  // How much longer B runs than A, measured on the text the two share: each sentence counts by
  // the share of its terms found anywhere in the other witness, so that text inserted on one side
  // (a promo, a paragraph the other copy dropped) does not skew the ratio. A's lengths are then
  // scaled by √(B's shared length / A's) and B's by the inverse: both sides count in characters,
  // and swapping the witnesses swaps the two scales exactly, to the last bit.
  const sharedA = sharedLength(a, b);
  const sharedB = sharedLength(b, a);
  if (sharedA > 0 && sharedB > 0) {
    scale(prefixA, Math.sqrt(sharedB) / Math.sqrt(sharedA));
    scale(prefixB, Math.sqrt(sharedA) / Math.sqrt(sharedB));
  }
  const z2 = (i: number, k: number, j: number, l: number) => {
    const u = prefixA[i]! - prefixA[i - k]!;
    const v = prefixB[j]! - prefixB[j - l]!;
    const mean = (u + v) / 2;
    return mean === 0 ? 0 : (v - u) ** 2 / mean;
  };
  let variance = GALE_CHURCH_VARIANCE;
  if (sure.length >= MIN_SURE_PAIRS) {
    const spread = sure.map(([i, j]) => z2(i, 1, j, 1)).sort((x, y) => x - y);
    variance = Math.max(GALE_CHURCH_VARIANCE, spread[spread.length >> 1]! / MEDIAN_CHI_SQUARED_1);
  }
  // Minus the log of the likelihood of δ relative to a perfect fit, under a mixture: most groups'
  // lengths follow the normal model (−log: δ² / 2), a share `OUTLIER_SHARE` follow none (a
  // sentence cut by other punctuation, a summary of a paragraph). So a length far off costs at
  // most log(1 / OUTLIER_SHARE), never enough to outweigh what the words say.
  return {
    cost: (i, k, j, l) => -Math.log((1 - OUTLIER_SHARE) * Math.exp(-z2(i, k, j, l) / (2 * variance)) + OUTLIER_SHARE),
  };
}

/** Running sums of sentence lengths in characters: `prefix[i]` is the length of the first i. */
function prefixLengths(sentences: readonly Sentence[]): Float64Array {
  const prefix = new Float64Array(sentences.length + 1);
  sentences.forEach((s, i) => {
    prefix[i + 1] = prefix[i]! + s.text.length;
  });
  return prefix;
}

function scale(prefix: Float64Array, factor: number): void {
  for (let i = 0; i < prefix.length; i++) prefix[i] = prefix[i]! * factor;
}

/** Characters of `sentences`, each sentence counted by the share of its terms that `other` has. */
function sharedLength(sentences: readonly Sentence[], other: readonly Sentence[]): number {
  const vocabulary = new Set(other.flatMap((s) => s.terms));
  let length = 0;
  for (const s of sentences) {
    if (s.terms.length === 0) continue;
    let found = 0;
    for (const term of s.terms) if (vocabulary.has(term)) found++;
    length += (s.text.length * found) / s.terms.length;
  }
  return length;
}
