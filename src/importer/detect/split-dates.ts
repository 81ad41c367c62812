import type { LineClues } from './line-clues.ts';
import { matchDate } from './metadata-patterns.ts';

/** A date widget prints its day, its month and its year on a line each, at most. */
const MAX_DATE_PARTS = 3;
/** Each part is a word or two ("17", "jun", "Juni 2025"). */
const MAX_PART_WORDS = 2;
const MAX_PART_CHARS = 16;

/**
 * Clues with the parts of a date a widget printed over glued lines ("17" / "jun" / "2025", "17." / "Juni 2025") read
 * as one dateline: each part gets a date of its own text and the lines of the whole (`dateParts`), so that a reader
 * who takes any part takes them all, their values joined by a space. Only short lines without a signal, none a date
 * alone, whose whole is nothing but a date. Replaces those entries of `clues` in place and returns it. Linear.
 */
export function withSplitDates(clues: LineClues[]): LineClues[] {
  const part = (c: LineClues | undefined) =>
    c !== undefined &&
    !c.features.blank &&
    !c.features.prose &&
    c.signal === undefined &&
    c.date === undefined &&
    c.features.spacedWords <= MAX_PART_WORDS &&
    c.features.chars <= MAX_PART_CHARS;
  for (let start = 0; start < clues.length; start++) {
    // The longest run of parts from here that spells a date whole: inside a row of tags or a menu too.
    for (let length = MAX_DATE_PARTS; length >= 2; length--) {
      const lines = Array.from({ length }, (_, k) => start + k);
      if (!lines.every((i) => part(clues[i]))) continue;
      const whole = lines.map((i) => clues[i]!.features.trimmed).join(' ');
      const date = matchDate(whole);
      if (date?.value !== whole || date.dates !== 1) continue;
      for (const i of lines) {
        const text = clues[i]!.features.trimmed;
        clues[i] = { ...clues[i]!, date: { value: text, start: 0, end: text.length, dates: 1, otherWords: 0 }, dateParts: lines };
      }
      start += length - 1;
      break;
    }
  }
  return clues;
}
