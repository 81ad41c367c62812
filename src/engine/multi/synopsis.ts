/**
 * The collation of many witnesses: one table whose rows hold, for each witness, its sentences or
 * nothing. Plain, JSON-serialisable data, like the pairwise `Collation`: the same object feeds the
 * synopsis page, its published JSON (whose JSON Schema is derived from `synopsisSchema`), the CLI
 * and the tests.
 */
import { z } from 'zod';

/** Version of the synopsis format; bumped when a field changes meaning. */
export const SYNOPSIS_VERSION = 1;

/** One distinct reading of a row: a text and the witnesses that have it. */
export const readingSchema = z.strictObject({
  /** The reading's plain text as its first witness gives it; '' for witnesses that have nothing here. */
  text: z.string(),
  /** Indexes into `witnesses` of the witnesses that read it (case, quotes and dashes aside), ascending. */
  witnesses: z.array(z.number().int().min(0)).min(1),
});

/** One row of the table: corresponding sentences of every witness. */
export const synopsisRowSchema = z.strictObject({
  /** Permalink id: the first sentence id of the base's cell, else of the first witness with one, e.g. `G5`. */
  id: z.string().min(1),
  /** Plain text per witness, in witness order ('' where the witness has nothing). */
  cells: z.array(z.string()),
  /** Sentence ids per witness, in witness order. */
  sentences: z.array(z.array(z.string())),
  /** Block (paragraph or heading) ids per witness, for links to the reader pages. */
  blocks: z.array(z.array(z.string())),
  /**
   * Distinct readings, the base's first; one reading means every witness agrees. A witness whose
   * sentence on an earlier row spans this one is in none of them.
   */
  readings: z.array(readingSchema).min(1),
  /**
   * Witness index → number of rows its cell covers, counting this one, when more than one: the
   * witness merges into one sentence what the base says in several, so its sentence stands for
   * those rows too (their cells of it are ''). Two sentences correspond when the rows they cover
   * overlap.
   */
  spans: z.record(z.string(), z.number().int().min(2)).optional(),
  /**
   * Witnesses whose sentence here stands elsewhere relative to the base: the pairwise engine saw
   * it as moved, so the table keeps it in its witness's own order and names the row holding the
   * base's counterpart. Witness index → row id.
   */
  moved: z.record(z.string(), z.string()).optional(),
});

/** A witness as summarised in the synopsis (as in a pairwise collation). */
export const witnessSummarySchema = z.strictObject({
  id: z.string(),
  sigil: z.string(),
  label: z.string(),
  sentences: z.number().int().min(0),
  words: z.number().int().min(0),
});

/** The whole synopsis. */
export const synopsisSchema = z.strictObject({
  version: z.literal(SYNOPSIS_VERSION),
  witnesses: z.array(witnessSummarySchema).min(1),
  /** Index into `witnesses` of the base text, around which the table was built. */
  base: z.number().int().min(0),
  rows: z.array(synopsisRowSchema),
});

export type Reading = z.output<typeof readingSchema>;
export type SynopsisRow = z.output<typeof synopsisRowSchema>;
export type Synopsis = z.output<typeof synopsisSchema>;
