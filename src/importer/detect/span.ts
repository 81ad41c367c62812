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

/** The blocks of a span: its runs of non-blank lines that no blank line parts, each as its lines. Linear. */
export function gluedBlocks(clues: readonly LineClues[], span: Span): number[][] {
  const blocks: number[][] = [];
  for (const i of nonBlank(clues, span)) {
    const last = blocks.at(-1);
    if (last && last.at(-1) === i - 1) last.push(i);
    else blocks.push([i]);
  }
  return blocks;
}

/** The nearest non-blank line above line i (step -1, -1 when none) or below it (step 1, past the end when none). */
export function nearestLine(clues: readonly LineClues[], i: number, step: 1 | -1): number {
  let k = i + step;
  while (k >= 0 && k < clues.length && clues[k]!.features.blank) k += step;
  return k;
}
