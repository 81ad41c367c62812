/**
 * The collation of two witnesses: plain, JSON-serialisable data. The same object feeds the
 * compare page, the published JSON, the CLI and the tests.
 */

import type { Digest } from './digest.ts';
import type { VariantClass } from './variants.ts';

/** What a row says about its two sides. */
export const ROW_KINDS = ['identical', 'reworded', 'merged', 'split', 'regrouped', 'moved', 'positional', 'only-a', 'only-b'] as const;
/** One of the row kinds. */
export type RowKind = (typeof ROW_KINDS)[number];

/** What each row kind means, for legends, screen readers and the README. */
export const ROW_KIND_LABELS: Record<RowKind, { label: string; description: string }> = {
  identical: { label: 'Identical', description: 'the same words in the same order (case, quotes and dashes aside)' },
  reworded: { label: 'Reworded', description: 'one sentence on each side, worded differently' },
  merged: { label: 'Merged', description: 'several sentences of A made into one in B' },
  split: { label: 'Split', description: 'one sentence of A made into several in B' },
  regrouped: { label: 'Regrouped', description: 'several sentences on each side, divided differently' },
  moved: { label: 'Moved', description: 'a sentence that B places elsewhere' },
  positional: {
    label: 'Paired by position',
    description: 'a sentence on each side in the same place between paired neighbours, with too few words in common to tell more',
  },
  'only-a': { label: 'Only in A', description: 'a sentence A has and B leaves out' },
  'only-b': { label: 'Only in B', description: 'a sentence B has and A leaves out' },
};

/** A witness as summarised in a collation. */
export interface WitnessSummary {
  id: string;
  sigil: string;
  label: string;
  sentences: number;
  words: number;
}

/** One row of the alignment: corresponding sentences of A and B, and how their words differ. */
export interface Row {
  /** Permalink id: the first sentence id of each side, e.g. `G5-M5`, `G3`, `M17`. */
  id: string;
  kind: RowKind;
  /** Share of words in common (Dice over the word diff), 0–1. */
  similarity: number;
  /** Plain text of A's side ('' when absent). */
  a: string;
  /** Plain text of B's side ('' when absent). */
  b: string;
  /** Sentence ids on each side. */
  aSentences: string[];
  bSentences: string[];
  /** Block (paragraph or heading) ids on each side, for links to the reader pages. */
  aBlocks: string[];
  bBlocks: string[];
  /** The word diff; empty for one-sided rows. */
  parts: { op: 'equal' | 'delete' | 'insert'; a: string; b: string; variant?: VariantClass }[];
  /** For moved rows: the id of the row after which B's sentence stands in B's own order ('' at the start). */
  bOriginAfter?: string;
}

/** Figures for the whole comparison. */
export interface CollationStats {
  /** Share of words in common over both texts (Dice), 0–1. */
  similarity: number;
  rows: number;
  /** Rows per kind. */
  kinds: Record<RowKind, number>;
  /** Rows that are not identical. */
  changes: number;
  /** Sentences paired with something on the other side, per side. */
  pairedSentences: { a: number; b: number };
  /** Changes per variant class (formal, wording, substance); set by `collate()`. */
  variants?: Record<VariantClass, number>;
}

/** The whole collation. */
export interface Collation {
  a: WitnessSummary;
  b: WitnessSummary;
  stats: CollationStats;
  rows: Row[];
  /** What only A has (`a`) and only B has (`b`), each entry tied to its row; set by `collate()`. */
  digest?: Digest;
}
