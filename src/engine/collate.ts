import { alignSentences } from './align/align-sentences.ts';
import { detectMoves } from './align/detect-moves.ts';
import { pairGaps } from './align/pair-gaps.ts';
import { termWeights } from './align/similarity.ts';
import { analyse } from './analyse/analyse.ts';
import type { Collation } from './analyse/collation.ts';
import { tokenize, type Witness } from './tokens/tokenize.ts';

/**
 * Collates two witnesses, in named stages: tokenize (blocks → sentences → tokens, normalised) →
 * align (sentence DP with merges and splits, then moves, then gaps paired by position) → analyse
 * (row kinds, word diffs, figures). Pure: no I/O, nothing from Astro.
 */
export function collate(a: Witness, b: Witness): Collation {
  const sa = tokenize(a);
  const sb = tokenize(b);
  const weights = termWeights(sa, sb);
  const aligned = alignSentences(sa, sb, weights);
  const groups = pairGaps(detectMoves(aligned, sa, sb, weights), sa, sb);
  return analyse(a, b, sa, sb, groups);
}
