import { NUMBERED_LEAD } from './line-features.ts';
import type { LineClues } from './line-clues.ts';
import { digitValue, isMonthName } from './metadata-patterns.ts';
import { nonBlank, type Span } from './span.ts';

/**
 * The number that leads a numbered line ("3) …", "3. …", "三、…", "3️⃣ …", "③ …": `NUMBERED_LEAD`), in digits of any
 * script, circled or in Chinese numerals, if it has one; a day before its month's name ("17. jun.") numbers no section.
 */
export const sectionNumber = (c: LineClues): number | undefined => {
  const lead = c.features.numberedLead ? NUMBERED_LEAD.exec(c.features.trimmed)! : undefined;
  // Digits of any script ("२)", "٣."), read by their value; else Chinese numerals ("十二、"); a bracket before either
  // ("（二）") is the lead's, not the number's.
  const numeral = lead?.[0].replace(/^[(（]/u, '');
  const digits = numeral === undefined ? undefined : /^\p{Nd}+/u.exec(numeral)?.[0];
  const number = digits
    ? [...digits].reduce((n, d) => n * 10 + digitValue(d), 0)
    : numeral !== undefined
      ? (circledNumber(numeral) ?? hanNumber(numeral))
      : Number.NaN;
  if (Number.isNaN(number)) return undefined;
  const word = /^\s*(\p{L}[\p{L}\p{M}]*\.?)/u.exec(c.features.trimmed.slice(lead![0].length))?.[1];
  return word !== undefined && isMonthName(word) ? undefined : number;
};

/** The value of a circled number ("①" 1, "⑳" 20, "❶" 1), as Korean and Japanese pages number sections; undefined for another. */
function circledNumber(lead: string): number | undefined {
  const code = lead.codePointAt(0)!;
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  if (code >= 0x2776 && code <= 0x277f) return code - 0x2776 + 1;
  return undefined;
}

const HAN_DIGITS = '〇一二三四五六七八九';

/** The value of a number up to 99 in Chinese numerals ("三" 3, "十二" 12, "二十" 20) at the start of a text; NaN without one. */
function hanNumber(text: string): number {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)/u.exec(text)!;
  const [tens, ten, ones] = [m[1]!, m[2]!, m[3]!];
  if (ten === '') return tens === '' ? Number.NaN : HAN_DIGITS.indexOf(tens);
  return (tens === '' ? 1 : HAN_DIGITS.indexOf(tens)) * 10 + (ones === '' ? 0 : HAN_DIGITS.indexOf(ones));
}

/**
 * How a numbered line's lead is written, its number left out: "#)" for "1) …", "#." for "2. …", "(#)" for "（二）…", a
 * circled number as "①". Full-width marks read as their ASCII forms.
 */
const sectionStyle = (c: LineClues): string =>
  (NUMBERED_LEAD.exec(c.features.trimmed)?.[0] ?? '')
    .normalize('NFKC')
    .replace(/\s/gu, '')
    .replace(/\p{Nd}+|[〇一二三四五六七八九十]+/u, '#')
    .replace(/[\u2460-\u2473\u2776-\u277F]/u, '①');

/**
 * True when a line is the section numbered next after another, its lead written the same way: "2) …" after "1) …", not a
 * list's "2. …" after it (a most-read list under the essay's first section).
 */
export function isSectionAfter(previous: LineClues, next: LineClues): boolean {
  const number = sectionNumber(previous);
  return number !== undefined && sectionNumber(next) === number + 1 && sectionStyle(next) === sectionStyle(previous);
}

/** True when a gap holds the heading numbered next after the essay's last numbered line (`last`, at `start` or after). */
export function isNextSection(clues: readonly LineClues[], gap: Span, last: number, start: number): boolean {
  if (last < start) return false;
  return nonBlank(clues, gap).some((i) => isSectionAfter(clues[last]!, clues[i]!));
}
