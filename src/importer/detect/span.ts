import type { LineClues } from './line-clues.ts';

/** An inclusive range of 0-based line indices. */
export interface Span {
  /** First line. */
  start: number;
  /** Last line. */
  end: number;
}

/** The non-blank lines of a span. */
export function nonBlank(clues: readonly LineClues[], span: Span): number[] {
  const out: number[] = [];
  for (let i = span.start; i <= span.end; i++) if (!clues[i]!.features.blank) out.push(i);
  return out;
}
