import { bagOf, similarity, termWeights } from '../align/similarity.ts';
import type { Sentence } from '../tokens/tokenize.ts';

/**
 * The medoid: the witness with the highest mean term similarity to the others, among `candidates`
 * (indexes; every witness when empty). It is the best centre for a star alignment, since each
 * other witness is aligned to it alone. Whole-text term bags cost one pass per witness, so this
 * stays cheap at any number of witnesses, unlike choosing by k(k−1)/2 full collations.
 */
export function medoid(witnesses: readonly Sentence[][], candidates: readonly number[] = []): number {
  const weights = termWeights(...witnesses);
  const bags = witnesses.map((sentences) => bagOf(sentences, weights));
  const pool = candidates.length ? candidates : witnesses.map((_, i) => i);
  let best = pool[0] ?? 0;
  let bestScore = -1;
  for (const i of pool) {
    let sum = 0;
    for (let j = 0; j < bags.length; j++) if (j !== i) sum += similarity(bags[i]!, bags[j]!, weights);
    // Ties go to the earlier witness, so the choice never depends on anything but the input order.
    if (sum > bestScore + 1e-12) {
      best = i;
      bestScore = sum;
    }
  }
  return best;
}
