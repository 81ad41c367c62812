/**
 * The collation of many witnesses: one table whose rows hold, for each witness, its sentences or
 * nothing. Plain, JSON-serialisable data, like the pairwise `Collation`: the same object feeds the
 * synopsis page, its published JSON, the CLI and the tests.
 */
import type { WitnessSummary } from '../analyse/collation.ts';

/** Version of the synopsis format; bumped when a field changes meaning. */
export const SYNOPSIS_VERSION = 1;

/** One distinct reading of a row: a text and the witnesses that have it. */
export interface Reading {
  /** The reading's plain text as its first witness gives it; '' for witnesses that have nothing here. */
  text: string;
  /** Indexes into `Synopsis.witnesses` of the witnesses that read it (case, quotes and dashes aside). */
  witnesses: number[];
}

/** One row of the table: corresponding sentences of every witness. */
export interface SynopsisRow {
  /** Permalink id: the first sentence id of the base's cell, else of the first witness with one, e.g. `G5`. */
  id: string;
  /** Plain text per witness, in witness order ('' where the witness has nothing). */
  cells: string[];
  /** Sentence ids per witness, in witness order. */
  sentences: string[][];
  /** Block (paragraph or heading) ids per witness, for links to the reader pages. */
  blocks: string[][];
  /** Distinct readings, the base's first; one reading means every witness agrees. */
  readings: Reading[];
  /**
   * Witnesses whose sentence here stands elsewhere in their own order relative to the base: the
   * pairwise engine saw it as moved, so the table keeps it in its own place and names the row
   * holding the base's counterpart. Witness index → row id.
   */
  moved?: Record<number, string>;
}

/** The whole synopsis. */
export interface Synopsis {
  version: typeof SYNOPSIS_VERSION;
  witnesses: WitnessSummary[];
  /** Index into `witnesses` of the base text, around which the table was built. */
  base: number;
  rows: SynopsisRow[];
}
