import type { LanguageProfile } from '../text/profile.ts';
import type { Segment } from '../text/segment.ts';
import { type Sentence, segmentsOf, type Witness, wordNorms } from '../tokens/tokenize.ts';
import type { RowDraft } from './analyse.ts';
import type { Collation, Row } from './collation.ts';
import { collectDigest, type Digest, rowDigest } from './digest.ts';
import { prefetchAll, type Reader, reader } from './reading.ts';
import { classifyChanges, classifyRow, type Readers, type RowChanges, rowChanges, variantCounts } from './variants.ts';

/** The last stage, row by row (see `rowReading`). */
export interface RowReading {
  /**
   * The row with a variant class on every changed part; what only one side has is kept for
   * `finish`. `sa` and `sb`, the row's sentences when known, spare reading again the words of a
   * side of one sentence.
   */
  read(row: Row, sa?: readonly Sentence[], sb?: readonly Sentence[]): Row;
  /**
   * `read` for consecutive rows (each with its sentences), their texts segmented together: one
   * call to ICU a side for all the rows instead of one a row.
   */
  readRows(rows: readonly RowDraft[]): Row[];
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
  const readersOf = (row: Row, sa?: readonly Sentence[], sb?: readonly Sentence[]): Readers => {
    const readers = { a: reader(profiles.a), b: reader(profiles.b) };
    // A side of one sentence reads as that sentence, whose words tokenize has found and
    // normalised (normalising them again was most of the normalising in the analysis).
    if (sa?.length) knowSide(readers.a, row.a, sa);
    if (sb?.length) knowSide(readers.b, row.b, sb);
    return readers;
  };
  const classify = (row: Row, readers: Readers, parts: Row['parts']): Row => {
    const classified = { ...row, parts };
    // Most rows have nothing only one side has: only the others are kept until `finish`.
    const digest = rowDigest(classified, readers);
    if (digest.a.length > 0 || digest.b.length > 0) found.push(digest);
    return classified;
  };
  return {
    read: (row, sa, sb) => {
      const readers = readersOf(row, sa, sb);
      return classify(row, readers, classifyRow(row, profiles, readers));
    },
    readRows(rows) {
      const readers = rows.map((r) => readersOf(r.row, r.a, r.b));
      // Each row's changes worked out once: for the prefetch and then for classifying them.
      const changes = rows.map((r) => rowChanges(r.row));
      const texts = (k: number) => changes[k]?.texts ?? NO_TEXTS;
      prefetchAll(
        profiles.a,
        readers.map((read, k) => ({ read: read.a, texts: texts(k).a })),
      );
      prefetchAll(
        profiles.b,
        readers.map((read, k) => ({ read: read.b, texts: texts(k).b })),
      );
      return rows.map((r, k) => classify(r.row, readers[k]!, classifyChanges(r.row, changes[k], readers[k]!)));
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

/** What an unchanged row has to segment for its classes: nothing. */
const NO_TEXTS: RowChanges['texts'] = { a: [], b: [] };

/**
 * Tells `read` the word segments of a row side's text (`text`, its sentences joined by a space)
 * from the sentences' tokens (see `segmentsOf`), and of each sentence as the names and numbers
 * of the side read it once ICU has split the side: alone, and with the space after it. A space
 * between two sentences is a segment of its own (nothing joins a space to the characters either
 * side of it when `segmentsOf` is sure of both), so the segments of a side of several sentences
 * are theirs in a row. A side of several sentences was segmented by ICU twice (whole, then
 * sentence by sentence): a sixth of the characters given to ICU on the New Testament pair.
 * Exported for tests.
 */
export function knowSide(read: Reader, text: string, sentences: readonly Sentence[]): void {
  if (sentences.length === 1) {
    read.know(text, segmentsOf(sentences[0]!), wordNorms(sentences[0]!));
    return;
  }
  const whole: Segment[] = [];
  const norms: string[] = [];
  let offset = 0;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    const segments = segmentsOf(s);
    if (!segments) return;
    const own = wordNorms(s);
    read.know(s.text, segments, own);
    for (const g of segments) whole.push({ text: g.text, index: g.index + offset, wordLike: g.wordLike });
    for (const n of own) norms.push(n);
    offset += s.text.length;
    if (k + 1 < sentences.length) {
      const space: Segment = { text: ' ', index: s.text.length, wordLike: false };
      read.know(`${s.text} `, [...segments, space], own);
      whole.push({ text: ' ', index: offset, wordLike: false });
      offset++;
    }
  }
  if (offset === text.length) read.know(text, whole, norms);
}
