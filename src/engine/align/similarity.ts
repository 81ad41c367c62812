import type { Sentence } from '../tokens/tokenize.ts';

/**
 * A bag of weighted terms: what a sentence, or a group of sentences, is about. Kept as sorted
 * numbers (term number, then count) rather than a Map: two sorted runs intersect in one pass. The
 * numbers of many bags share one typed array (`store`): a long witness has tens of thousands of
 * bags alive through the alignment, and an object and two typed arrays each (several hundred
 * bytes of V8's heap a bag) grew its young generation to its largest size.
 */
export interface TermBag {
  /** Where the numbers are: `store[start + x]` is the x-th term number (see `termWeights`), ascending, and `store[start + size + x]` its count in the bag. */
  store: Int32Array;
  start: number;
  /** Number of distinct terms. */
  size: number;
  /** Sum of count × weight over all terms. */
  mass: number;
}

/** Numbers per store; a bag larger than this gets a store of its own. */
const STORE_SIZE = 1 << 16;
let store = new Int32Array(STORE_SIZE);
let used = 0;

/** Room for `n` numbers in the current store (a fresh one when it is full): the offset of the first. */
function reserve(n: number): number {
  if (used + n > store.length) {
    store = new Int32Array(Math.max(STORE_SIZE, n));
    used = 0;
  }
  used += n;
  return used - n;
}

/** Term weights, and each term's number for bags. */
interface WeightTable {
  number: Map<string, number>;
  weight: Float64Array;
}
const tables = new WeakMap<ReadonlyMap<string, number>, WeightTable>();

/**
 * The numbering of the terms of `weights` (made once per weight map), in the terms' sorted order.
 * Bags sum their weights in term-number order, so a numbering by first occurrence (A's terms
 * first) summed the same weights in another order once the witnesses swapped: a similarity of
 * exactly 0.5 one way was 0.49999999999999994 the other, and a move found one way was not found
 * the other.
 */
function tableOf(weights: ReadonlyMap<string, number>): WeightTable {
  let table = tables.get(weights);
  if (!table) {
    const number = new Map<string, number>();
    const weight = new Float64Array(weights.size);
    for (const term of [...weights.keys()].sort()) {
      weight[number.size] = weights.get(term)!;
      number.set(term, number.size);
    }
    tables.set(weights, (table = { number, weight }));
  }
  return table;
}

/** The number of each term of `weights`, as bags hold them (0 to `weights.size - 1`). */
export function termNumbers(weights: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  return tableOf(weights).number;
}

/**
 * Inverse document frequency over the sentences of both witnesses: a term found in few sentences
 * ("DeepSeek", "TVL", "L3") says far more about which sentences correspond than one found in many
 * ("layer", "AI"), so shared rare terms weigh more.
 */
export function termWeights(...witnesses: readonly Sentence[][]): Map<string, number> {
  // First each term's document frequency, then, in place, its weight: a second map of every term
  // of both witnesses outlived V8's young collections on a long text (same terms, same order).
  const weights = new Map<string, number>();
  // A term is counted once per sentence by the number of the last sentence that counted it: a set
  // of each sentence's terms was a new object per sentence.
  const lastSentence = new Map<string, number>();
  let n = 0;
  for (const sentences of witnesses) {
    for (const s of sentences) {
      n++;
      for (let k = 0; k < s.terms.length; k++) {
        const term = s.terms[k]!;
        if (lastSentence.get(term) === n) continue;
        lastSentence.set(term, n);
        weights.set(term, (weights.get(term) ?? 0) + 1);
      }
    }
  }
  for (const [term, count] of weights) weights.set(term, Math.log(1 + n / count));
  return weights;
}

/** The bag of one or more sentences (terms without a weight are left out). */
export function bagOf(sentences: readonly Sentence[], weights: ReadonlyMap<string, number>): TermBag {
  const { number, weight } = tableOf(weights);
  let most = 0;
  for (const s of sentences) most += s.terms.length;
  // The term numbers sorted in a typed array, then written straight into the store, terms and
  // then counts (as `mergeBags` writes a merge): arrays of terms and counts pushed one by one
  // and copied into the store were most of the time of making the bags of a long text.
  const sorted = new Int32Array(most);
  let found = 0;
  for (const s of sentences) {
    for (const term of s.terms) {
      const n = number.get(term);
      if (n !== undefined) sorted[found++] = n;
    }
  }
  sorted.subarray(0, found).sort();
  const start = reserve(2 * found);
  const out = store;
  let size = 0;
  let mass = 0;
  for (let x = 0; x < found; x++) {
    const n = sorted[x]!;
    if (size > 0 && out[start + size - 1] === n) out[start + found + size - 1]!++;
    else {
      out[start + size] = n;
      out[start + found + size] = 1;
      size++;
    }
    mass += weight[n]!;
  }
  // Counts next to the terms, and the room the repeats did not need given back.
  out.copyWithin(start + size, start + found, start + found + size);
  used = start + 2 * size;
  return { store: out, start, size, mass };
}

/** The bag of two bags together (of neighbouring sentences, for a group), by one merge. */
export function mergeBags(a: TermBag, b: TermBag): TermBag {
  const most = a.size + b.size;
  const start = reserve(2 * most);
  const out = store;
  let k = 0;
  let x = 0;
  let y = 0;
  while (x < a.size || y < b.size) {
    const u = x < a.size ? a.store[a.start + x]! : Infinity;
    const v = y < b.size ? b.store[b.start + y]! : Infinity;
    if (u <= v) {
      out[start + k] = u;
      out[start + most + k] = a.store[a.start + a.size + x++]! + (u === v ? b.store[b.start + b.size + y++]! : 0);
    } else {
      out[start + k] = v;
      out[start + most + k] = b.store[b.start + b.size + y++]!;
    }
    k++;
  }
  // Counts next to the terms, and the room the merge did not need given back.
  out.copyWithin(start + k, start + most, start + most + k);
  used = start + 2 * k;
  return { store: out, start, size: k, mass: a.mass + b.mass };
}

/** Weight the two bags share: each common term, as often as both hold it, times its weight. */
function sharedMass(a: TermBag, b: TermBag, weight: Float64Array): number {
  let shared = 0;
  const sa = a.store;
  const sb = b.store;
  for (let x = a.start, y = b.start, endA = a.start + a.size, endB = b.start + b.size; x < endA && y < endB; ) {
    const u = sa[x]!;
    const v = sb[y]!;
    if (u < v) x++;
    else if (v < u) y++;
    else {
      shared += Math.min(sa[x + a.size]!, sb[y + b.size]!) * weight[u]!;
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
  return evidenceBy(tableOf(weights).weight)(a, b);
}

/**
 * `sharedEvidence` with the weight table looked up once: the DP asks for the evidence of millions
 * of cells on a long text, and a weak-map lookup each time was a tenth of the alignment.
 */
export function evidenceBy(weight: Float64Array): (a: TermBag, b: TermBag) => number {
  return (a, b) => (a.mass === 0 || b.mass === 0 ? 0 : 2 * sharedMass(a, b, weight));
}

/** The weight of each term of `weights`, by term number (as bags hold them). */
export function weightsByNumber(weights: ReadonlyMap<string, number>): Float64Array {
  return tableOf(weights).weight;
}
