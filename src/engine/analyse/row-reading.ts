import type { LanguageProfile } from '../text/profile.ts';
import type { Witness } from '../tokens/tokenize.ts';
import type { Collation, Row } from './collation.ts';
import { collectDigest, type Digest, rowDigest } from './digest.ts';
import { reader } from './reading.ts';
import { classifyRow, variantCounts } from './variants.ts';

/** The last stage, row by row (see `rowReading`). */
export interface RowReading {
  /** The row with a variant class on every changed part; what only one side has is kept for `finish`. */
  read(row: Row): Row;
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
    read(row) {
      const readers = { a: reader(profiles.a), b: reader(profiles.b) };
      const classified = { ...row, parts: classifyRow(row, profiles, readers) };
      found.push(rowDigest(classified, readers));
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
