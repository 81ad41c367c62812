import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_LANGUAGES, icuDateSpans } from '../../../src/importer/detect/icu-dates.ts';
import { matchDate } from '../../../src/importer/detect/metadata-patterns.ts';

/** A day of the years a repost may be dated in. */
const days = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 11, 31) }).map((t) => t - (t % 86_400_000));

describe('dates as ICU writes them', () => {
  it('reads a Gregorian date in any known language, long or medium, whole', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DATE_LANGUAGES), fc.constantFrom('full', 'long', 'medium'), days, (tag, dateStyle, day) => {
        const written = new Intl.DateTimeFormat(tag, { dateStyle, timeZone: 'UTC', numberingSystem: 'latn', calendar: 'gregory' }).format(
          day,
        );
        expect(matchDate(written)?.value, `${tag} ${dateStyle}`).toBe(written);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the formats the other patterns miss, and a time after a comma of another script', () => {
    expect(matchDate('2025. gada 18. jūnijs')?.value).toBe('2025. gada 18. jūnijs');
    expect(matchDate('2025 оны 6-р сарын 17')?.value).toBe('2025 оны 6-р сарын 17');
    expect(matchDate('۲۷ غبرګولی ۱۴۰۴، ۱۰:۱۵')?.value).toBe('۲۷ غبرګولی ۱۴۰۴، ۱۰:۱۵');
    // A comma where ICU sets a space before the weekday.
    expect(matchDate('17 Haziran 2025, Salı')?.value).toBe('17 Haziran 2025, Salı');
  });

  it('finds no date in a sentence that holds a year and a number', () => {
    expect(icuDateSpans('We published 17 items in 2025 and 12 more in June')).toEqual([]);
  });
});
