import type { Sentence } from '../tokens/tokenize.ts';

/**
 * A bag of weighted terms: what a sentence, or a group of sentences, is about. Kept as parallel
 * sorted arrays (term number, weighted count) rather than a Map: a long witness has tens of
 * thousands of bags alive during alignment, and two sorted arrays intersect in one pass.
 */
export interface TermBag {
  /** Term numbers (see `termWeights`), ascending. */
  terms: Int32Array;
  /** For each term, its count in the bag. */
  counts: Int32Array;
  /** Sum of count × weight over all terms. */
  mass: number;
}

/** Term weights, and each term's number for bags. */
interface WeightTable {
  number: Map<string, number>;
  weight: Float64Array;
}
const tables = new WeakMap<ReadonlyMap<string, number>, WeightTable>();

/** The numbering of the terms of `weights` (made once per weight map). */
function tableOf(weights: ReadonlyMap<string, number>): WeightTable {
  let table = tables.get(weights);
  if (!table) {
    const number = new Map<string, number>();
    const weight = new Float64Array(weights.size);
    for (const [term, w] of weights) {
      weight[number.size] = w;
      number.set(term, number.size);
    }
    tables.set(weights, (table = { number, weight }));
  }
  return table;
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

/** The bag of one or more sentences (terms without a weight are left out). */
export function bagOf(sentences: readonly Sentence[], weights: ReadonlyMap<string, number>): TermBag {
  const { number, weight } = tableOf(weights);
  const found: number[] = [];
  for (const s of sentences) {
    for (const term of s.terms) {
      const n = number.get(term);
      if (n !== undefined) found.push(n);
    }
  }
  const sorted = Int32Array.from(found).sort();
  const terms: number[] = [];
  const counts: number[] = [];
  let mass = 0;
  for (const n of sorted) {
    if (terms.at(-1) === n) counts[counts.length - 1]!++;
    else {
      terms.push(n);
      counts.push(1);
    }
    mass += weight[n]!;
  }
  return { terms: Int32Array.from(terms), counts: Int32Array.from(counts), mass };
}

/** The bag of two bags together (of neighbouring sentences, for a group), by one merge. */
export function mergeBags(a: TermBag, b: TermBag): TermBag {
  const terms = new Int32Array(a.terms.length + b.terms.length);
  const counts = new Int32Array(terms.length);
  let k = 0;
  let x = 0;
  let y = 0;
  while (x < a.terms.length || y < b.terms.length) {
    const u = x < a.terms.length ? a.terms[x]! : Infinity;
    const v = y < b.terms.length ? b.terms[y]! : Infinity;
    if (u <= v) {
      terms[k] = u;
      counts[k] = a.counts[x++]! + (u === v ? b.counts[y++]! : 0);
    } else {
      terms[k] = v;
      counts[k] = b.counts[y++]!;
    }
    k++;
  }
  return { terms: terms.slice(0, k), counts: counts.slice(0, k), mass: a.mass + b.mass };
}

/** Weight the two bags share: each common term, as often as both hold it, times its weight. */
function sharedMass(a: TermBag, b: TermBag, weight: Float64Array): number {
  let shared = 0;
  const ta = a.terms;
  const tb = b.terms;
  for (let x = 0, y = 0; x < ta.length && y < tb.length; ) {
    const u = ta[x]!;
    const v = tb[y]!;
    if (u < v) x++;
    else if (v < u) y++;
    else {
      shared += Math.min(a.counts[x]!, b.counts[y]!) * weight[u]!;
      x++;
      y++;
    }
  }
  return shared;
}

/**
 * Weighted Dice coefficient of two bags: 1 when they hold the same terms, 0 when they share none.
 * Dice rather than cosine because a merge adds a whole sentence's mass to one side: Dice drops
 * when that sentence is unrelated.
 */
export function similarity(a: TermBag, b: TermBag, weights: ReadonlyMap<string, number>): number {
  if (a.mass === 0 || b.mass === 0) return 0;
  return (2 * sharedMass(a, b, tableOf(weights).weight)) / (a.mass + b.mass);
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
  return 2 * sharedMass(a, b, tableOf(weights).weight);
}
