import type { LineClues } from './line-clues.ts';
import { OPENS_LOWER } from './line-features.ts';

/** A page number alone on its line ("14", "– 14 –", "p. 14"). */
const PAGE_NUMBER = /^(?:\p{L}{1,2}\.?\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?$/u;
/** A running header's parts, set apart as a menu's are ("Site | Section", "Site · Issue"). */
const RUNNING_HEADER = / [|·•] /u;
/** A page's number out of the pages' count, in any language ("Page 1 of 2", "Strona 1 z 2", "Página 2 de 3"). */
const PAGE_OF_PAGES = /^\p{L}+\.?\s+\d{1,4}\s+\p{L}{1,3}\s+\d{1,4}$/u;

/**
 * The lines of a printed page's break inside the essay: a block of short lines that opens with no
 * lower-case letter and holds a page number, set inside a sentence (the line above ends none, the
 * line below runs on in lower case), or a page's number out of the count ("Strona 1 z 2") anywhere.
 * A heading stands between sentences; a PDF's page footer and running header fall wherever the page
 * ends. Linear.
 */
export function pageBreaks(clues: readonly LineClues[], lines: readonly number[]): number[] {
  const out: number[] = [];
  const opensLower = (i: number) => OPENS_LOWER.test(clues[i]!.features.trimmed);
  for (let k = 1; k < lines.length; k++) {
    let end = k;
    while (end < lines.length && !clues[lines[end]!]!.features.prose && !opensLower(lines[end]!)) end++;
    const block = lines.slice(k, end);
    const [before, after] = [lines[k - 1]!, lines[end]];
    // A page's number out of the count says so wherever the page ends, between sentences too: with the footer's lines
    // glued over it and the running header's under it, its parts set apart by bars or dots ("KRYPTONOTATKI.PL | Analizy").
    // A heading under it is the essay's ("Slide 2 of 3" / "Routine"), as is any line a blank line parts from it.
    const count = block.find((i) => PAGE_OF_PAGES.test(clues[i]!.features.trimmed));
    if (count !== undefined) {
      out.push(...block.filter((i) => glued(clues, i, count) && (i <= count || RUNNING_HEADER.test(clues[i]!.features.trimmed))));
      k = Math.max(k, end);
      continue;
    }
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

/** True when no blank line parts two lines. */
function glued(clues: readonly LineClues[], a: number, b: number): boolean {
  for (let i = Math.min(a, b); i < Math.max(a, b); i++) if (clues[i]!.features.blank) return false;
  return true;
}
