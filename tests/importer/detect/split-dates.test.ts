import { describe, expect, it } from 'vitest';
import { detectLines } from '../../../src/importer/detect/detect-lines.ts';
import { lineClues } from '../../../src/importer/detect/line-clues.ts';
import { withSplitDates } from '../../../src/importer/detect/split-dates.ts';
import { ESSAY } from './support.ts';

/** The lines read as parts of one date, by their first line. */
const parts = (lines: readonly string[]) =>
  withSplitDates(lines.map(lineClues))
    .map((c, i) => (c.dateParts?.[0] === i ? c.dateParts.map((k) => lines[k]) : undefined))
    .filter((p) => p !== undefined);

describe('withSplitDates', () => {
  it('reads a date a widget printed a part a line as one, inside a row of tags too', () => {
    expect(parts(['17', 'jun', '2025'])).toEqual([['17', 'jun', '2025']]);
    expect(parts(['17.', 'Juni 2025'])).toEqual([['17.', 'Juni 2025']]);
    expect(parts(['Opinión', '17', 'jun', '2025', 'Traducciones'])).toEqual([['17', 'jun', '2025']]);
  });

  it('reads no date from short lines that spell none, nor from a line that is a date alone', () => {
    expect(parts(['12', 'comments', 'Share'])).toEqual([]);
    expect(parts(['Home', 'News', 'Opinion'])).toEqual([]);
    expect(parts(['17 June 2025', 'Opinion'])).toEqual([]);
  });
});

describe('detectLines with a split date', () => {
  it('takes the widget’s lines for the dateline, their parts joined for its value', () => {
    const lines = ['Library Weekly', '', '17', 'Jun', '2025', 'What I Learned Maintaining a Library', 'By Ana Ruiz', '', ...ESSAY];
    const detected = detectLines(lines);
    expect(detected.metadata).toEqual({ title: 'What I Learned Maintaining a Library', author: 'Ana Ruiz', date: '17 Jun 2025' });
    expect(detected.lines.slice(2, 5).map((l) => l.fields)).toEqual([['date'], ['date'], ['date']]);
  });
});
