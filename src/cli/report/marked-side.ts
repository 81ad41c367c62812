import type { Row } from '../../engine/analyse/collation.ts';
import { sideStretches } from '../../engine/analyse/stretches.ts';

/** How a stretch of text relates to the other side. */
export type Mark = 'plain' | 'deleted' | 'inserted';

/** A stretch of one side's text with its mark. */
export interface Span {
  text: string;
  mark: Mark;
}

/**
 * Brackets around changed words, as `git diff --word-diff=plain` writes them: a change must be
 * visible in a pipe, a log file or a screen reader, where colour is lost.
 */
export const MARKERS: Record<Exclude<Mark, 'plain'>, readonly [open: string, close: string]> = {
  deleted: ['[-', '-]'],
  inserted: ['{+', '+}'],
};

/**
 * One side of a row as marked spans: A's side shows what B drops as `[-deleted-]`, B's side what
 * it adds as `{+inserted+}`. Each side keeps its own surface (its quotes, its case), as the word
 * diff does. One-sided rows have no diff: their text is plain.
 */
export function markedSide(row: Row, side: 'a' | 'b'): Span[] {
  const mark = side === 'a' ? 'deleted' : 'inserted';
  const [open, close] = MARKERS[mark];
  return sideStretches(row, side).map((s) => (s.own ? { text: `${open}${s.text}${close}`, mark } : { text: s.text, mark: 'plain' }));
}
