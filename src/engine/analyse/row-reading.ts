import type { LanguageProfile } from '../text/profile.ts';
import { type Sentence, segmentsOf, type Witness, wordNorms } from '../tokens/tokenize.ts';
import type { Collation, Row } from './collation.ts';
import { collectDigest, type Digest, rowDigest } from './digest.ts';
import { reader } from './reading.ts';
import { classifyRow, variantCounts } from './variants.ts';

/** The last stage, row by row (see `rowReading`). */
export interface RowReading {
  /**
   * The row with a variant class on every changed part; what only one side has is kept for
   * `finish`. `sa` and `sb`, the row's sentences when known, spare reading again the words of a
   * side of one sentence.
   */
  read(row: Row, sa?: readonly Sentence[], sb?: readonly Sentence[]): Row;
  /** The collation of the rows read, with its variant counts and its digest. */
  finish(collation: Collation, a: Witness, b: Witness): Collation;
}

/**
 * The last stage, one row at a time: variant classes for a row's changes and the digest of what
 * only one side has, read in each witness's language profile. Classifying a row and digesting
 * it read the same texts, so one pair of readers serves both. `collate` reads each row as soon
 * as it is made: a whole collation of rows without classes, then a second with them, each lived
 * through several young collections on a long text, and what survives them is what grows V8's
 * young generation.
 */
export function rowReading(profiles: { a: LanguageProfile; b: LanguageProfile }): RowReading {
  const found: Digest[] = [];
  return {
    read(row, sa, sb) {
      const readers = { a: reader(profiles.a), b: reader(profiles.b) };
      // A side of one sentence reads as that sentence, whose words tokenize has found and
      // normalised (normalising them again was most of the normalising in the analysis).
      if (sa?.length === 1) readers.a.know(row.a, segmentsOf(sa[0]!), wordNorms(sa[0]!));
      if (sb?.length === 1) readers.b.know(row.b, segmentsOf(sb[0]!), wordNorms(sb[0]!));
      const classified = { ...row, parts: classifyRow(row, profiles, readers) };
      // Most rows have nothing only one side has: only the others are kept until `finish`.
      const digest = rowDigest(classified, readers);
      if (digest.a.length > 0 || digest.b.length > 0) found.push(digest);
      return classified;
    },
    finish(collation, a, b) {
      return {
        ...collation,
        stats: { ...collation.stats, variants: variantCounts(collation.rows) },
        rows: collation.rows,
        digest: collectDigest(found, { a: { author: a.author }, b: { author: b.author } }),
      };
    },
  };
}
