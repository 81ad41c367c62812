import { NUMBERED_LEAD } from './line-features.ts';
import type { LineClues } from './line-clues.ts';
import { digitValue, isMonthName } from './metadata-patterns.ts';
import { nonBlank, type Span } from './span.ts';

/**
 * The number in digits of any script that leads a numbered line ("3) …", "3. …": `NUMBERED_LEAD`), if it has one; a day before
 * its month's name ("17. jun.") numbers no section.
 */
export const sectionNumber = (c: LineClues): number | undefined => {
  const lead = c.features.numberedLead ? NUMBERED_LEAD.exec(c.features.trimmed)! : undefined;
  // Digits of any script ("२)", "٣."), read by their value.
  const digits = lead ? /^\p{Nd}+/u.exec(lead[0])?.[0] : undefined;
  const number = digits ? [...digits].reduce((n, d) => n * 10 + digitValue(d), 0) : Number.NaN;
  if (Number.isNaN(number)) return undefined;
  const word = /^\s*(\p{L}[\p{L}\p{M}]*\.?)/u.exec(c.features.trimmed.slice(lead![0].length))?.[1];
  return word !== undefined && isMonthName(word) ? undefined : number;
};

/** True when a gap holds the heading numbered next after the essay's last numbered line (`last`, at `start` or after). */
export function isNextSection(clues: readonly LineClues[], gap: Span, last: number, start: number): boolean {
  if (last < start) return false;
  const next = sectionNumber(clues[last]!)! + 1;
  return nonBlank(clues, gap).some((i) => sectionNumber(clues[i]!) === next);
}
