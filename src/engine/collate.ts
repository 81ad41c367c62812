import { alignSentences } from './align/align-sentences.ts';
import { detectMoves } from './align/detect-moves.ts';
import { pairGaps } from './align/pair-gaps.ts';
import { termWeights } from './align/similarity.ts';
import { analyse } from './analyse/analyse.ts';
import type { Collation } from './analyse/collation.ts';
import { digest } from './analyse/digest.ts';
import { classifyRow, variantCounts } from './analyse/variants.ts';
import { tokenize, type Witness, witnessProfile } from './tokens/tokenize.ts';

/**
 * Collates two witnesses, in named stages: tokenize (blocks → sentences → tokens, normalised) →
 * align (sentence DP with merges and splits, then gaps paired by position, then moves) → analyse
 * (row kinds, word diffs, figures) → digest (variant classes per change, what only one side has).
 * Pure: no I/O, nothing from Astro.
 */
export function collate(a: Witness, b: Witness): Collation {
  const sa = tokenize(a);
  const sb = tokenize(b);
  const weights = termWeights(sa, sb);
  const aligned = alignSentences(sa, sb, weights);
  const groups = detectMoves(pairGaps(aligned, sa, sb), sa, sb, weights);
  return withDigest(analyse(a, b, sa, sb, groups), a, b);
}

/** Adds variant classes to every changed part and the digest of what only one side has. */
function withDigest(collation: Collation, a: Witness, b: Witness): Collation {
  const profiles = { a: witnessProfile(a), b: witnessProfile(b) };
  const rows = collation.rows.map((row) => ({ ...row, parts: classifyRow(row, profiles) }));
  return {
    ...collation,
    stats: { ...collation.stats, variants: variantCounts(rows) },
    rows,
    digest: digest(rows, profiles, { a: { author: a.author }, b: { author: b.author } }),
  };
}
