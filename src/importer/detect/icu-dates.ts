import { COMMAS } from '../../engine/text/comma.ts';
import { LANGUAGES } from '../../engine/text/language.ts';
import { escapePattern, VOCABULARY } from './vocabulary.ts';

/** The languages whose dates and names are read from ICU: the engine's and the vocabulary's. */
export const DATE_LANGUAGES: readonly string[] = [...new Set([...Object.keys(LANGUAGES), ...Object.keys(VOCABULARY)])];

/** A year of the Gregorian, Solar Hijri or Buddhist calendar ("2025", "1404", "2568"), as a pattern source. */
export const YEAR = String.raw`(?:1[34]|19|20|25)\d{2}`;
/** A day, or a month written as its number. */
const NUMBER = String.raw`\d{1,2}`;
/** The day whose formats are read: its day (17) and month (6) differ, so each part is told from the other. */
const SAMPLE = Date.UTC(2025, 5, 17);
/** The date styles a page prints a publication date in; `short` is all digits, which other patterns read. */
const STYLES = ['full', 'long', 'medium'] as const;
/** Days read for a calendar's months' names: one every 27 days for some fifteen months meets every month. */
const MONTH_SAMPLES = 15;

/** The days read for a calendar's months' names, from mid-January of `year` on, a solar or a lunar calendar's, a thirteenth too. */
export const monthSampleDays = (year: number): number[] => Array.from({ length: MONTH_SAMPLES }, (_, k) => Date.UTC(year, 0, 17 + 27 * k));

/**
 * Dates as ICU writes them in each language, every part in its place and the words between as they are ("2025. gada
 * 17. jūnijs", "2025 оны 6-р сарын 17", "17 Oṣù Òkúdu 2025", "AP 1404 غبرگولی 27"): one pattern for all, built when a line
 * first needs it, its digits as ASCII (a line's digits are read so). The language's own calendar is read besides the
 * Gregorian.
 */
let icuDates: RegExp | undefined;

/** The spans of the dates ICU's formats find in a text (its digits ASCII). */
export function icuDateSpans(text: string): [number, number][] {
  icuDates ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${datePatternSources().join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return Array.from(text.matchAll(icuDates), (m) => [m.index, m.index + m[0].length]);
}

/** Each language's formats as pattern sources, once each, the longest first (a weekday's before its date's). */
function datePatternSources(): string[] {
  const sources = DATE_LANGUAGES.flatMap((tag) =>
    [undefined, 'gregory'].flatMap((calendar) => STYLES.map((style) => patternOf(tag, style, calendar))),
  );
  return [...new Set(sources.filter((s): s is string => s !== undefined))].sort((a, b) => b.length - a.length);
}

/** One format's pattern source, or none when a part of it is no day, month, year, weekday or literal. */
function patternOf(tag: string, dateStyle: (typeof STYLES)[number], calendar: string | undefined): string | undefined {
  const format = new Intl.DateTimeFormat(tag, { dateStyle, timeZone: 'UTC', numberingSystem: 'latn', ...(calendar ? { calendar } : {}) });
  const names = (type: 'month' | 'weekday', days: number[]) =>
    alternation(days.map((day) => format.formatToParts(day).find((p) => p.type === type)?.value ?? ''));
  const sources = format.formatToParts(SAMPLE).map((part) => {
    if (part.type === 'year') return YEAR;
    if (part.type === 'day') return NUMBER;
    if (part.type === 'month') return /^\d+$/u.test(part.value) ? NUMBER : names('month', monthSampleDays(2025));
    if (part.type === 'weekday')
      return names(
        'weekday',
        Array.from({ length: 7 }, (_, k) => Date.UTC(2025, 5, 16 + k)),
      );
    // An era is one for every date since its start ("ค.ศ.", "AP"): a word like the literal ones.
    if (part.type === 'literal' || part.type === 'era') return literal(part.value);
    return undefined;
  });
  return sources.every((s) => s !== undefined) ? sources.join('') : undefined;
}

/** Names as alternatives, longest first, a dot after them optional ("jūn." as "jūn"). */
const alternation = (names: string[]): string =>
  `(?:${[...new Set(names.filter((n) => n !== '').map((n) => n.replace(/\.$/u, '')))]
    .sort((a, b) => b.length - a.length)
    .map(escapePattern)
    .join('|')})\\.?`;

/** The words and marks between parts: spaces as any spaces, a comma as any script's. */
function literal(text: string): string {
  const trimmed = text.trim();
  // A page may set a comma where ICU sets a space ("17 Haziran 2025, Salı").
  if (trimmed === '') return String.raw`[${COMMAS}]?\s+`;
  const marks = [...trimmed].map((c) => (/\s/u.test(c) ? String.raw`\s+` : COMMAS.includes(c) ? `[${COMMAS}]` : escapePattern(c))).join('');
  return String.raw`\s*${marks}\s*`;
}
