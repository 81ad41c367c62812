import type { LineClues } from './line-clues.ts';
import { OPENS_LOWER } from './line-features.ts';

/** A page number alone on its line ("14", "– 14 –", "p. 14"). */
const PAGE_NUMBER = /^(?:\p{L}{1,2}\.?\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?$/u;

/**
 * The lines of a printed page's break inside the essay: a block of short lines that opens with no
 * lower-case letter and holds a page number, set inside a sentence (the line above ends none, the
 * line below runs on in lower case). A heading stands between sentences; a PDF's page footer and
 * running header fall wherever the page ends. Linear.
 */
export function pageBreaks(clues: readonly LineClues[], lines: readonly number[]): number[] {
  const out: number[] = [];
  const opensLower = (i: number) => OPENS_LOWER.test(clues[i]!.features.trimmed);
  for (let k = 1; k < lines.length; k++) {
    let end = k;
    while (end < lines.length && !clues[lines[end]!]!.features.prose && !opensLower(lines[end]!)) end++;
    const block = lines.slice(k, end);
    const [before, after] = [lines[k - 1]!, lines[end]];
    if (
      block.length > 0 &&
      after !== undefined &&
      !clues[before]!.features.endsSentence &&
      opensLower(after) &&
      block.some((i) => PAGE_NUMBER.test(clues[i]!.features.trimmed))
    )
      out.push(...block);
    k = Math.max(k, end);
  }
  return out;
}
