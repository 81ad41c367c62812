import { type AlignOptions, alignSentences } from './align/align-sentences.ts';
import { detectMoves, MIN_MOVE_SIMILARITY } from './align/detect-moves.ts';
import { pairGaps } from './align/pair-gaps.ts';
import { termWeights } from './align/similarity.ts';
import { termParts } from './align/term-parts.ts';
import { analyse } from './analyse/analyse.ts';
import type { Collation } from './analyse/collation.ts';
import { rowReading } from './analyse/row-reading.ts';
import { type LanguageProfile, languageProfile } from './text/profile.ts';
import type { Stemmer } from './text/stem.ts';
import { MAX_WITNESS_CHARACTERS } from './tokens/size-limit.ts';
import { checkSize, languageSample, type TokenTable, tokenize, type Witness } from './tokens/tokenize.ts';

/** How to collate; every option has a default, so `collate(a, b)` is the usual call. */
export interface CollateOptions extends AlignOptions {
  /**
   * BCP 47 language of a witness that declares none (`Witness.language`). Default: detected from
   * the witness's own text (franc), which picks the segmenter locale, stopwords and stemmer.
   */
  language?: string;
  /** Normalised stopwords, left out of similarity (never out of diffs). Default: the language's list. */
  stopwords?: ReadonlySet<string>;
  /** Stemmer for normalised words. Default: the language's Snowball stemmer, or none. */
  stemmer?: Stemmer;
  /** Least term similarity (Dice, 0–1) of two unpaired sentences to call them moved. Default `MIN_MOVE_SIMILARITY`. */
  minMoveSimilarity?: number;
  /** Longest witness, in characters; a longer one throws a `CollationSizeError`. Default `MAX_WITNESS_CHARACTERS`. */
  maxCharacters?: number;
}

/**
 * Collates two witnesses, in named stages: tokenize (blocks → sentences → tokens, normalised) →
 * align (sentence DP with merges and splits, then moves, then gaps paired by position) → analyse
 * (row kinds, word diffs, figures) → digest (variant classes per change, what only one side has).
 * Pure: no I/O, nothing from Astro. Each witness is read in its
 * own language (`Witness.language`, else `options.language`, else detected).
 *
 * @throws CollationSizeError when a witness is longer than `options.maxCharacters`.
 */
export function collate(a: Witness, b: Witness, options: CollateOptions = {}): Collation {
  const max = options.maxCharacters ?? MAX_WITNESS_CHARACTERS;
  checkSize(a, max);
  checkSize(b, max);
  const profileOf = (w: Witness) =>
    languageProfile(w.language ?? options.language, languageSample(w), {
      ...(options.stopwords ? { stopwords: options.stopwords } : {}),
      ...(options.stemmer ? { stem: options.stemmer } : {}),
    });
  const pa = profileOf(a);
  const pb = profileOf(b);
  // One table of tokens for both witnesses: most of B's tokens are A's already.
  const tokens: TokenTable = new Map();
  // Terms one witness lacks are read as the parts of them it has (compounds, derivations).
  const { a: sa, b: sb } = termParts(tokenize(a, pa, max, tokens), tokenize(b, pb, max, tokens));
  const weights = termWeights(sa, sb);
  const aligned = alignSentences(sa, sb, weights, options);
  const moved = detectMoves(aligned, sa, sb, weights, options.minMoveSimilarity ?? MIN_MOVE_SIMILARITY);
  // The digest stage reads each row as analyse makes it (see `rowReading`).
  const reading = rowReading({ a: pa, b: pb });
  return reading.finish(analyse(a, b, sa, sb, pairGaps(moved, sa, sb), reading.readRows), a, b);
}

/**
 * The last stage: adds variant classes to every changed part and the digest of what only one
 * side has, read in each witness's language profile.
 */
export function withDigest(collation: Collation, a: Witness, b: Witness, profiles: { a: LanguageProfile; b: LanguageProfile }): Collation {
  const reading = rowReading(profiles);
  return reading.finish({ ...collation, rows: collation.rows.map((row) => reading.read(row)) }, a, b);
}
