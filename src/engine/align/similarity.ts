import type { Sentence } from '../tokens/tokenize.ts';

/** A bag of weighted terms: what a sentence, or a group of sentences, is about. */
export interface TermBag {
  /** Term → count. */
  counts: Map<string, number>;
  /** Sum of count × weight over all terms. */
  mass: number;
}

/**
 * Inverse document frequency over the sentences of both witnesses: a term found in few sentences
 * ("DeepSeek", "TVL", "L3") says far more about which sentences correspond than one found in many
 * ("layer", "AI"), so shared rare terms weigh more.
 */
export function termWeights(...witnesses: readonly Sentence[][]): Map<string, number> {
  const df = new Map<string, number>();
  let n = 0;
  for (const sentences of witnesses) {
    for (const s of sentences) {
      n++;
      for (const term of new Set(s.terms)) df.set(term, (df.get(term) ?? 0) + 1);
    }
  }
  const weights = new Map<string, number>();
  for (const [term, count] of df) weights.set(term, Math.log(1 + n / count));
  return weights;
}

/** The bag of one or more sentences. */
export function bagOf(sentences: readonly Sentence[], weights: ReadonlyMap<string, number>): TermBag {
  const counts = new Map<string, number>();
  let mass = 0;
  for (const s of sentences) {
    for (const term of s.terms) {
      counts.set(term, (counts.get(term) ?? 0) + 1);
      mass += weights.get(term) ?? 0;
    }
  }
  return { counts, mass };
}

/**
 * Weighted Dice coefficient of two bags: 1 when they hold the same terms, 0 when they share none.
 * Dice rather than cosine because a merge adds a whole sentence's mass to one side: Dice drops
 * when that sentence is unrelated, so groups only form when every member contributes.
 */
export function similarity(a: TermBag, b: TermBag, weights: ReadonlyMap<string, number>): number {
  if (a.mass === 0 || b.mass === 0) return 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [term, count] of small.counts) {
    const other = large.counts.get(term);
    if (other) shared += Math.min(count, other) * (weights.get(term) ?? 0);
  }
  return (2 * shared) / (a.mass + b.mass);
}

/**
 * How much of `part`'s weight it shares with `whole` (0–1). Used to admit a sentence into a merge
 * or split only when it has something in common with the other side: adding an unrelated short
 * sentence to a big group barely lowers the group's Dice, so Dice alone would let groups swallow
 * their neighbours.
 */
export function containment(part: TermBag, whole: TermBag, weights: ReadonlyMap<string, number>): number {
  if (part.mass === 0) return 0;
  let shared = 0;
  for (const [term, count] of part.counts) {
    const other = whole.counts.get(term);
    if (other) shared += Math.min(count, other) * (weights.get(term) ?? 0);
  }
  return shared / part.mass;
}

/**
 * Evidence, in nats (the unit of term weights), that two groups of sentences say the same thing:
 * IDF-weighted coverage in both directions. Each term the groups share, as often as both hold it,
 * counts its weight once for covering A's content and once for covering B's. Unlike Dice it is
 * not an average: a sentence added to a group adds the content it covers on the other side, so
 * a correct 2:1 whose extra sentence is paraphrased still explains more than its 1:1 part.
 */
export function sharedEvidence(a: TermBag, b: TermBag, weights: ReadonlyMap<string, number>): number {
  if (a.mass === 0 || b.mass === 0) return 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [term, count] of small.counts) {
    const other = large.counts.get(term);
    if (other) shared += Math.min(count, other) * (weights.get(term) ?? 0);
  }
  return 2 * shared;
}
