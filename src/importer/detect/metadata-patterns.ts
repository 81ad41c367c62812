import { AUTHOR_FIELD, AUTHOR_LABEL, AUTHOR_LABEL_START, AUTHOR_QUALIFIER, AUTHOR_ROLE, DATE_LABEL } from './known-phrases.ts';
import { CASELESS_LETTERS, SPACED_WORD } from './line-features.ts';
import { alternatives, entriesOf, escapePattern } from './vocabulary.ts';
import { DATE_LANGUAGES, icuDateSpans, monthSampleDays, YEAR } from './icu-dates.ts';
import { withoutTrailing } from '../../engine/text/normalize.ts';
import { COLONS } from '../../engine/text/colon.ts';
import { COMMAS } from '../../engine/text/comma.ts';
import { STOPS } from '../../engine/text/stops.ts';

/** A date found in a line: what to lift into frontmatter and how much else the line says. */
export interface DateMatch {
  /** The date (with its time, when the line gives one) exactly as written. */
  value: string;
  /** Where the value starts in the line: what a dateline says before it ends there ("Haotian · …"). */
  start: number;
  /** Where the value ends in the line: what a dateline says after its date starts there ("… by Haotian"). */
  end: number;
  /** How many separate dates the line holds; a range ("Aug 12 – Aug 17") holds two. */
  dates: number;
  /** Words on the line besides the date, its time and a label like "Published:". */
  otherWords: number;
}

/** The words that join a day to its month and a month to its year ("17 de junio de 2025"), as pattern alternatives. */
const DATE_JOINT = `(?:${entriesOf('date-joint').map(escapePattern).join('|')})`;

const DATE_PATTERNS: readonly RegExp[] = [
  // Years of the Gregorian, Solar Hijri and Buddhist calendars ("2025", "1404", "2568").
  new RegExp(String.raw`(?<!\d)${YEAR}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?!\d)`, 'g'),
  /(?<!\d)(?:19|20)\d{2}년\s*\d{1,2}월\s*\d{1,2}일/g,
  // Written in CJK numerals, as formal and classical Chinese and Japanese print it: "二〇二五年六月十七日".
  /[〇零一二][〇零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日/gu,
  // Day, month and year in digits; Czech and Slovak pages space them after the dots ("17. 6. 2025").
  new RegExp(String.raw`(?<!\d)\d{1,2}(?:[-/]|\.\s?)\d{1,2}(?:[-/]|\.\s?)${YEAR}(?!\d)`, 'g'),
  // The year in two digits, as Israeli and German news pages print it ("17.06.25, 11:03"), only with a clock time after
  // it: alone, such a triple may be a version or a score.
  /(?<![\p{L}\d./])\d{1,2}([./])\d{1,2}\1\d{2}(?=,?\s+\d{1,2}:\d{2}(?!\d))/gu,
  // "17 June 2025", "17. Juni 2025", "17 de junio de 2025", "18 ta' Ġunju 2025", "18-iyun, 2025": any month word, since
  // mirrors are localised, and the words that join a day to its month (`date-joint` in the vocabulary).
  // A month word may carry vowel signs ("जून").
  new RegExp(
    String.raw`(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?:\.?\s+|-)(?:${DATE_JOINT}\s+)?\p{L}[\p{L}\p{M}\u200c\u200d]{2,11}\.?[${COMMAS}]?\s+(?:${DATE_JOINT}\s+)?${YEAR}(?!\d)`,
    'giu',
  ),
  // Serbian, Croatian and Hungarian write the year as an ordinal too, with a dot, when the day has one: "17. јун 2025.".
  /(?<!\d)\d{1,2}\.\s+\p{L}[\p{L}\p{M}]{2,11}\.?\s+(?:19|20)\d{2}\.(?![\d\p{L}])/gu,
];
/**
 * What stands between a publication date and an update's date on one line, times taken out ("· Updated", "· Diperbarui",
 * "à 08h30 – Mis à jour le": the first date's time joint and the label's article).
 */
const UPDATE_BEFORE = new RegExp(
  `^(?:\\s*\\p{L}{1,2}\\s)?[\\s·|,;–-]*${alternatives('update-label')}[\\s${COLONS}]*(?:\\p{L}{1,3}\\s+)?$`,
  'iu',
);
/**
 * A year's abbreviation after it: a lower-case word of three letters at most and its dot, or two, the second's dot
 * left out or not ("г.", "m.", "ዓ.ም.", "ዓ.ም").
 */
const YEAR_SUFFIX = /^\s?[\p{Ll}\p{Lo}][\p{L}\p{M}]{0,2}\.(?:[\p{L}\p{M}]{1,2}\.?)?(?![\p{L}\p{N}])/u;
/** A year of the Gregorian, Solar Hijri or Buddhist calendar: a line without one is not searched for ICU's formats. */
const ANY_YEAR = new RegExp(String.raw`(?<!\d)${YEAR}(?!\d)`);
/** A Gregorian year, which a year-first date opens with. */
const GREGORIAN_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
/**
 * Year first, then a month's name ("2025. június 17."), a year's abbreviation between them and the day's after it
 * ("2025 m. birželio 17 d."), or the endings Basque glues to each ("2025eko ekainaren 18a", as ICU writes it): built with
 * the names (see `icuNames`).
 */
let yearFirst: RegExp | undefined;
/**
 * The months' names as ICU writes them that are not one word of letters, lower case: "thg 6" (Vietnamese), "มิ.ย."
 * (Thai). The others are any word of `DATE_PATTERNS`.
 */
let irregularMonths: Set<string> | undefined;
/** A day, a word (with dots, or a number after it) and a year: a date when the word is an irregular month's name. */
const DAY_WORD_YEAR = new RegExp(
  String.raw`(?<!\d)\d{1,2}\.?\s+([\p{L}\p{M}][\p{L}\p{M}.]*(?: \d{1,2})?)[${COMMAS}]?\s+${YEAR}(?!\d)`,
  'gu',
);
/** The months' names in every language and calendar ICU is read for, lower case (see `icuNames`), and the vocabulary's ("Sept"). */
let monthNames: Set<string> | undefined;
/** A word (joiners inside it, as Sinhala's "අප්‍රේල්" holds one), then a day and a year: a date when the word is a month's name ("June 17, 2025", "Hunyo 17, 2025", "ሰኔ 11 ቀን 2017", with a `date-joint`). */
const WORD_DAY_YEAR = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}\u200c\u200d]{1,11})\.?\s+\d{1,2}(?:st|nd|rd|th)?[.${COMMAS}]?\s+(?:${DATE_JOINT}\s+)?(?:19|20)\d{2}(?!\d)`,
  'gu',
);
/**
 * A date without its year, as social pages print this year's posts ("17 tháng 6", "June 17", "6月17日", "6월 17일"):
 * built with the months' names that have letters (see `icuNames`), and read only with a time after it ("… lúc 10:15").
 */
let yearless: RegExp | undefined;
/** A weekday's name right before a date belongs to its value: "Tue, June 17, 2025", "terça-feira, 17 de junho de 2025". */
let weekdayBefore: RegExp | undefined;
/** A weekday's name right after a date belongs to its value too: "17 Haziran 2025 Salı". */
let weekdayAfter: RegExp | undefined;
/** A weekday's name anywhere in a dateline: no word of its own. */
let weekdayWord: RegExp | undefined;
/**
 * A time as clocks print it: "10:00", "10:00 AM", "10h30" and "10 h 30" (French, Portuguese), "09.40" (British,
 * Scandinavian, Finnish, Indonesian: two digits an hour, no number going on either side, so "17.06.2025" and "1.25" are
 * none), "10:00 Uhr" (German), "09:15 hs" (Argentina's "horas"), "08:30 h" (Spain's), "10:30 น." (Thai), a zone after it: an offset from UTC
 * or GMT, an abbreviation ending in T ("ET", "EST", "KST", "CEST", "BST"), or one of the common ones that do not
 * (Indonesia's "WIB" and "WITA", Moscow's "MSK").
 */
const TIME =
  /(?:(?<!\d)\d{1,2}(?::\d{2}(?::\d{2})?|\s?h\s?\d{2})|(?<![\d.,])(?:[01]\d|2[0-3])\.[0-5]\d(?![.,]?\d))(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:Uhr|น\.|hs?\b\.?))?(?:\s*\(?(?:UTC|GMT|WIB|WITA|MSK|[A-Z]{1,4}T)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?\)?)?(?!\d)/g;
/** What ICU names in a date or a time: a weekday, a month, a day period ("PM", "오전", "صباحًا"). */
type IcuPart = 'weekday' | 'month' | 'dayPeriod';
/** Each part's names, read from ICU once. */
const icuLists = new Map<IcuPart, readonly string[]>();

/**
 * Names as ICU writes them, long and short, in every language the engine or the vocabulary knows (no list to keep),
 * once each, longest first: a weekday's ("Tue", "terça-feira"), a month's ("június", "июня"), a day
 * period's, at every hour, with a 12-hour clock and by the day's flexible periods. Read when a line
 * first needs them: few lines hold a date, and an import that meets none pays nothing.
 */
function icuNameList(part: IcuPart): readonly string[] {
  const known = icuLists.get(part);
  if (known) return known;
  // The engine's languages and the vocabulary's: a page in Amharic has no stopwords list, but ICU knows its months.
  const names = DATE_LANGUAGES.flatMap((tag) =>
    (['long', 'short'] as const).flatMap((width) => {
      if (part === 'dayPeriod') {
        const formats = [{ dayPeriod: width }, { hour12: true }].map(
          (o) => new Intl.DateTimeFormat(tag, { hour: 'numeric', ...o, timeZone: 'UTC' }),
        );
        return formats.flatMap((f) => Array.from({ length: 24 }, (_, h) => partOf(f, Date.UTC(2024, 0, 1, h), part)));
      }
      const options = { [part]: width, day: 'numeric', year: 'numeric', timeZone: 'UTC' } as const;
      const format = new Intl.DateTimeFormat(tag, options);
      if (part === 'weekday') return Array.from({ length: 7 }, (_, k) => partOf(format, Date.UTC(2024, 0, 1 + k), part));
      // Months in each calendar the language's users keep (Ethiopic "ሰኔ", Hebrew "סיון", Persian "خرداد"), read every
      // 27 days of a year and more, which meets every month of a solar or a lunar calendar, a thirteenth one too.
      return [undefined, ...calendarsOf(tag)].flatMap((calendar) => {
        const inCalendar = calendar ? new Intl.DateTimeFormat(tag, { ...options, calendar }) : format;
        return monthSampleDays(2024).map((day) => partOf(inCalendar, day, part));
      });
    }),
  );
  const list = [...new Set(names)].filter((name) => name !== '').sort((a, b) => b.length - a.length);
  icuLists.set(part, list);
  return list;
}

/** Calendars whose months are numbered or named by era, not by a name of their own. */
const NUMBERED_CALENDARS: ReadonlySet<string> = new Set(['gregory', 'chinese', 'dangi', 'japanese', 'roc', 'iso8601']);

/** The calendars besides the Gregorian that a language's users keep, as ICU lists them for its likeliest region. */
function calendarsOf(tag: string): string[] {
  const locale = new Intl.Locale(tag).maximize() as Intl.Locale & { getCalendars?: () => string[] };
  return (locale.getCalendars?.() ?? []).filter((calendar) => !NUMBERED_CALENDARS.has(calendar));
}

/** The text a format gives a date's part, empty when it gives none. */
const partOf = (format: Intl.DateTimeFormat, date: number, part: IcuPart): string =>
  format.formatToParts(date).find((p) => p.type === part)?.value ?? '';

/** `icuNameList` as pattern alternatives. */
const icuNames = (part: IcuPart): string => icuNameList(part).map(escapePattern).join('|');

/** Names that hold letters: some languages' short months are numbers ("06"). */
const lettered = (names: readonly string[]): string[] => names.filter((name) => /\p{L}/u.test(name));

/**
 * What may stand between a date and its time: "2025/06/17 10:00", "17/06/2025 - 10:00", "17 jun. 2025 • 10:30",
 * "17 Juni 2025 | 10:45", "June 17, 2025 at 10:00", and the weekday a date may be followed by ("17 Haziran 2025 Salı,
 * 11:20"). The word ("at", "um": `time-joint` in the vocabulary) and the weekday are matched in any case.
 */
let dateTimeJoint: RegExp | undefined;
const isDateTimeJoint = (text: string): boolean =>
  (dateTimeJoint ??= new RegExp(
    `^[\\s${COMMAS}.T–—·•|-]*(?:\\p{L}{1,2}\\.[\\s,]*)?(?:(?:${icuNames('weekday')})\\.?[\\s,]*)?(?:${entriesOf('time-joint').map(escapePattern).join('|')})?[\\s|•·]*$`,
    'iu',
  )).test(text);
/**
 * A time printed before its date, as X and its copies do ("10:42 AM · Jun 18, 2025", "10:42 ÖÖ · 18 Haz 2025"), or as
 * Vietnamese pages do, a space between ("14:05 17/06/2025").
 */
const TIME_BEFORE = /(?<![\d.:])\d{1,2}:\d{2}(?:\s*\p{L}{1,2}\.?\p{L}?\.?)?\s*[·,]?\s*$/u;

/**
 * Finds the date of a line, if it has one. `otherWords` tells a dateline ("2025/06/17 10:00",
 * "Published: Jun 17, 2025") from a sentence or banner that merely mentions a date.
 */
export function matchDate(line: string): DateMatch | undefined {
  if (line.length > 160 || !/\p{Nd}|年/u.test(line)) return undefined;
  // Digits of any script read as ASCII ("۲۷ خرداد ۱۴۰۴", "١٧ يونيو ٢٠٢٥"), one character for one, so that the value
  // is still sliced from the line as written.
  const trimmed = line.replace(/[^\d\P{Nd}]/gu, (d) => (d.length === 1 ? String(digitValue(d)) : d));
  yearFirst ??= new RegExp(
    String.raw`(?<!\d)(?:19|20)\d{2}(?:\p{Ll}{1,3})?\.?\s+(?:\p{Ll}{1,4}\.\s+)?(?:${icuNames('month')}|${entriesOf('month-name').map(escapePattern).join('|')})(?:\p{Ll}{1,3})?\.?\s+\d{1,2}(?:\.|\s\p{Ll}\.|\p{Ll}(?!\p{L}))?(?!\d)`,
    'giu',
  );
  // The months' names are many: a line without a Gregorian year is not searched for them.
  const gregorian = GREGORIAN_YEAR.test(trimmed);
  const patterns = gregorian ? [...DATE_PATTERNS, yearFirst] : DATE_PATTERNS;
  const named = [
    ...(gregorian ? monthFirstSpans(trimmed) : []),
    ...irregularMonthSpans(trimmed),
    ...(ANY_YEAR.test(trimmed) ? icuDateSpans(trimmed) : []),
  ];
  const withYear = dropOverlaps([...patterns.flatMap((pattern) => spans(trimmed, pattern)), ...named]);
  const found = withYear.length > 0 ? withYear : timedYearless(trimmed);
  if (found.length === 0) return undefined;
  // "Published 17 June 2025 · Updated 18 June 2025": an update's date is not a second date of the line.
  // What stands between them is no word of the line's either.
  const joints: [number, number][] = [];
  const dates = found.filter(([start], k) => {
    const update = k > 0 && UPDATE_BEFORE.test(trimmed.slice(found[k - 1]![1], start).replace(TIME, ' '));
    if (update) joints.push([found[k - 1]![1], start]);
    return !update;
  });
  const all = dropOverlaps([...found, ...dropOverlaps(timeSpans(trimmed))]);

  // The line less its dates and times, each replaced by a space; from the last, so that earlier spans stay in place.
  const cut = dropOverlaps([...all, ...joints]).reduceRight((text, [start, end]) => `${text.slice(0, start)} ${text.slice(end)}`, trimmed);
  // A weekday is the date's, before it or between it and its time ("Selasa, 17 Juni 2025", "17 Haziran 2025 Salı, 11:20").
  weekdayWord ??= new RegExp(`(?<!\\p{L})(?:${icuNames('weekday')})\\.?(?!\\p{L})`, 'giu');
  const rest = cut.replace(weekdayWord, ' ').trim().replace(DATE_LABEL, '');
  const first = dates[0]!;
  weekdayBefore ??= new RegExp(`(?<![\\p{L}])(?:${icuNames('weekday')})\\.?,?\\s*$`, 'iu');
  const weekday = weekdayBefore.exec(trimmed.slice(0, first[0]));
  // The value runs from the date to the end of a time written after it ("2025/06/17 10:00", "… at 10:00 AM GMT+8").
  const time = all.find(
    ([start]) => start >= first[1] && !found.some((d) => d[0] === start) && isDateTimeJoint(trimmed.slice(first[1], start)),
  );
  // A year's abbreviation after it is the date's ("17 июня 2025 г.", "17 маусым 2025 ж.", "2017 ዓ.ም."), as it is before a time.
  const suffix = /\d{4}$/u.test(trimmed.slice(0, first[1])) ? YEAR_SUFFIX.exec(trimmed.slice(first[1])) : null;
  // So is a weekday's name after it, when no time follows ("२०८२ असार ४, बुधबार", "17 Haziran 2025 Salı").
  weekdayAfter ??= new RegExp(`^[${COMMAS}]?\\s*(?:${icuNames('weekday')})\\.?(?![\\p{L}\\p{M}])`, 'iu');
  const dateEnd = first[1] + (suffix?.[0].length ?? 0);
  const end = time ? time[1] : dateEnd + (weekdayAfter.exec(trimmed.slice(dateEnd))?.[0].length ?? 0);
  const before = TIME_BEFORE.exec(trimmed.slice(0, first[0]));
  const start = weekday ? weekday.index : before ? before.index : first[0];
  return {
    value: line.slice(start, end).trim(),
    start,
    end,
    dates: dates.length,
    otherWords: rest.match(SPACED_WORD)?.length ?? 0,
  };
}

/**
 * The spans of dates that open with a month's name (`WORD_DAY_YEAR`). The word is looked up among the names rather
 * than the names tried as a pattern at every place of the line, which is some ten times slower on lines with a year.
 */
function monthFirstSpans(text: string): [number, number][] {
  return Array.from(text.matchAll(WORD_DAY_YEAR))
    .filter((m) => isMonthName(m[1]!))
    .map((m) => [m.index, m.index + m[0].length]);
}

/** True when a word, a dot after it or not, names a month in a language ICU or the vocabulary knows ("jun.", "июня", "Sept"). */
export function isMonthName(word: string): boolean {
  monthNames ??= new Set([...lettered(icuNameList('month')), ...entriesOf('month-name')].map((n) => n.toLowerCase()));
  const name = word.toLowerCase();
  return monthNames.has(name) || monthNames.has(name.replace(/\.$/u, ''));
}

/** The spans of day-first dates with an irregular month's name (`DAY_WORD_YEAR`), looked up as `monthFirstSpans` does. */
function irregularMonthSpans(text: string): [number, number][] {
  irregularMonths ??= new Set(
    lettered(icuNameList('month'))
      .filter((name) => !/^\p{L}[\p{L}\p{M}]*$/u.test(name))
      .map((name) => name.toLowerCase()),
  );
  return Array.from(text.matchAll(DAY_WORD_YEAR))
    .filter((m) => irregularMonths!.has(m[1]!.toLowerCase()))
    .map((m) => [m.index, m.index + m[0].length]);
}

/** The day periods ICU writes beside a time in every language the engine knows ("PM", "오전", "午後", "صباحًا"), longest first, spaces as spaces. */
let dayPeriods: string[] | undefined;

/**
 * The times of a text (`TIME`), each with the day period written right before or after it as ICU names them, in
 * any language ("오전 10:00", "10:40 صباحًا"). Looked up at each time's ends: a pattern of all the names would be tried
 * at every place of every line.
 */
function timeSpans(text: string): [number, number][] {
  const times = spans(text, TIME);
  if (times.length === 0) return times;
  dayPeriods ??= lettered(icuNameList('dayPeriod')).map((name) => name.replace(/\s/gu, ' '));
  const wordy = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}]/u.test(c);
  // Spaces of any kind read as one: ICU writes "a. m." with a narrow no-break space.
  const spaced = text.replace(/\s/gu, ' ');
  return times.map(([start, end]) => {
    const after = spaced.slice(end).replace(/^ ?/u, '');
    const next = dayPeriods!.find((p) => after.startsWith(p) && !wordy(after[p.length]));
    const before = spaced.slice(0, start).replace(/ ?$/u, '');
    const prior = dayPeriods!.find((p) => before.endsWith(p) && !wordy(before[before.length - p.length - 1]));
    return [
      prior === undefined ? start : before.length - prior.length,
      next === undefined ? end : end + (text.length - end - after.length) + next.length,
    ];
  });
}

/** The dates without a year in a line that a time follows, joined as a date and its time are (`isDateTimeJoint`). */
function timedYearless(text: string): [number, number][] {
  // Most lines hold no time: they pay for one small pattern, not for the months' names.
  const times = timeSpans(text);
  if (times.length === 0) return [];
  if (yearless === undefined) {
    const months = lettered(icuNameList('month')).map(escapePattern).join('|');
    const day = String.raw`\d{1,2}(?:st|nd|rd|th|일|日)?`;
    yearless = new RegExp(
      String.raw`(?<![\p{L}\d])(?:\d{1,2}\.?\s+(?:${DATE_JOINT}\s+)?(?:${months})\.?|(?:${months})\.?\s*${day}|\d{1,2}月${day})(?![\p{L}\d])`,
      'giu',
    );
  }
  return dropOverlaps(spans(text, yearless)).filter(([, end]) =>
    times.some(([start]) => start >= end && isDateTimeJoint(text.slice(end, start))),
  );
}

/** Separators that end an author's name in a byline ("Author: Haotian | PANews", "Haotian｜原文…", CJK's wide space). */
const NAME_END = new RegExp(String.raw`\s*(?:[|｜·•/${COMMAS};；(（\u3000]|\s[-–—]\s)|\s{2,}`, 'u');
/** A name as pages print it alone or beside a date: one to three capitalised words ("Mira Okafor"), as a pattern source. */
export const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}`;
/** A name in a script without case: one or two words ("하오톈", "ハオティエン"), as a pattern source. */
export const CASELESS_NAME = String.raw`[${CASELESS_LETTERS}][${CASELESS_LETTERS}\p{M}]{0,11}(?: [${CASELESS_LETTERS}][${CASELESS_LETTERS}\p{M}]{0,11})?`;
/** A signature: a dash and a name, a handle in brackets and a clause after a comma at most ("— Haotian", "– Mira Okafor (@mira), from X"). */
const SIGNATURE = new RegExp(String.raw`^[—–―]\s*(${NAME})\s*(?:[(（][^)）]*[)）])?(?:[,;]\s.*)?$`, 'u');
/**
 * A name and the role a newsroom gives its writer after it: "Haotian, colunista", "Mira Okafor, Staff Writer",
 * "하오톈(Haotian) 기자". The name is one to three capitalised words or, in a script without case, one or two words;
 * an alias glued to it in brackets belongs to it. The role is read apart (`AUTHOR_ROLE`), case-insensitively.
 */
const NAME_THEN_ROLE = new RegExp(
  String.raw`^((?:${NAME}|${CASELESS_NAME})(?:[(（][^()（）]{1,40}[)）])?)(\s*[${COMMAS}]\s*|\s+)(\S.*)$`,
  'u',
);
/** Longest plausible name in characters (the byline's word limit bounds its words). */
const MAX_NAME_CHARS = 60;
/** A line of several metadata fields (source, author, editor) is short: a longer one is not searched for a field. */
const MAX_FIELDS_CHARS = 160;
/** A word in a script with case (a Georgian one has none: see `CASELESS_LETTERS`). */
const CASED_START = new RegExp(String.raw`^(?![${CASELESS_LETTERS}])[\p{Lu}\p{Ll}]`, 'u');

/** How a name opens: a capital, a handle sign or a letter of a script without case. */
/** What may close a name at its end ("Haotian.", "Haotian："). */
const NAME_END_MARK = new RegExp(`[${STOPS}${COLONS}]`, 'u');
/** What parts a label from its name: a colon or a bar. */
const LABEL_SEPARATOR = new RegExp(`[${COLONS}|丨]`, 'u');
/** A name and nothing else, in a script with case or without. */
const WHOLE_NAME = new RegExp(`^(?:${NAME}|${CASELESS_NAME})$`, 'u');
const NAME_START = new RegExp(String.raw`^(?:\p{Lu}|@|[^\p{Ll}\p{Lu}\p{N}]|[${CASELESS_LETTERS}])`, 'u');
/** A forum's user handle after a label: "u/" and the user's name, alone on the rest of the line ("u/haotian_writes"). */
const FORUM_HANDLE = /^\s*(\/?u\/[\p{L}\p{N}_-]+)\s*$/u;
/** A byline is short; a longer line that starts with "By" is a sentence ("By comparing …"). */
const MAX_BYLINE_WORDS = 10;

/**
 * The author's name when the line is a byline ("Author:Haotian", "By Haotian", "撰文:Haotian"),
 * exactly as the line writes it, so that it can be found in the line again.
 */
export function matchAuthor(trimmed: string): string | undefined {
  const signed = SIGNATURE.exec(trimmed);
  if (signed) return signed[1];
  const role = nameBeforeRole(trimmed);
  if (role) return role;
  const start = AUTHOR_LABEL_START.exec(trimmed)?.[0];
  const qualified = start === undefined ? undefined : AUTHOR_QUALIFIER.exec(trimmed.slice(start.length))?.[0];
  const label = AUTHOR_LABEL.exec(trimmed) ?? (trimmed.length <= MAX_FIELDS_CHARS ? AUTHOR_FIELD.exec(trimmed) : null);
  if (!label && qualified === undefined) return undefined;
  if ((trimmed.match(SPACED_WORD)?.length ?? 0) > MAX_BYLINE_WORDS) return undefined;
  const labelEnd = qualified !== undefined ? start!.length + qualified.length : label!.index + label![0].length;
  const rest = trimmed.slice(labelEnd);
  // A forum's handle holds a slash, which ends a name elsewhere ("Posted by u/haotian_writes").
  const handle = FORUM_HANDLE.exec(rest)?.[1];
  const end = NAME_END.exec(rest);
  const name = handle ?? withoutTrailing(end ? rest.slice(0, end.index) : rest, NAME_END_MARK).trim();
  if (name === '' || name.length > MAX_NAME_CHARS) return undefined;
  // After a label without a colon ("By", "Von", "Af", "De"), words that also open sentences ("by the way", "de asemenea"),
  // a name must look like one: a capital, a handle sign or a letter of a script without case, or a forum's handle.
  if (qualified === undefined && !LABEL_SEPARATOR.test(label![0]) && !NAME_START.test(name) && handle === undefined) return undefined;
  // After a label's qualifier ("Autor pôvodného textu: Haotian"), which a sentence's words may read as ("by the way: …"),
  // nothing but a name.
  if (qualified !== undefined && !WHOLE_NAME.test(name)) return undefined;
  return name;
}

/**
 * The name of a byline that gives the writer's role after it (`NAME_THEN_ROLE`). Parted by a space only, the role is
 * in a script without case ("기자", "記者"): a capitalised word after a name is more of the name ("Mira Okafor Reporter").
 */
function nameBeforeRole(trimmed: string): string | undefined {
  const m = NAME_THEN_ROLE.exec(trimmed);
  if (!m || !AUTHOR_ROLE.test(m[3]!)) return undefined;
  if (m[2]!.trim() === '' && CASED_START.test(m[3]!)) return undefined;
  return m[1];
}

/** The value of a decimal digit of any script: its distance from the zero that opens its run of ten. */
export function digitValue(digit: string): number {
  const code = digit.codePointAt(0)!;
  let zero = code;
  while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return (code - zero) % 10;
}

/** Where a global pattern matches a text: [start, end) of each match. */
function spans(text: string, pattern: RegExp): [number, number][] {
  return Array.from(text.matchAll(pattern), (m) => [m.index, m.index + m[0].length]);
}

/** Sorted spans with later overlapping ones dropped (two patterns can match the same date). */
function dropOverlaps(spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const span of [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1])) {
    const last = out.at(-1);
    if (!last || span[0] >= last[1]) out.push(span);
  }
  return out;
}
