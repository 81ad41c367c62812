import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCapture } from '../../../src/corpus/capture/decode-capture.ts';
import { splitLines } from '../../../src/corpus/capture/split-lines.ts';
import type { DetectedLine, Detection } from '../../../src/importer/detect/detect-lines.ts';
import { ROOT } from '../../support/build-site.ts';

/** The capture lines of a fixture under `tests/fixtures/captures/<name>/capture.txt`. */
export function fixtureLines(name: string): string[] {
  const file = join(ROOT, 'tests/fixtures/captures', name, 'capture.txt');
  return splitLines(decodeCapture(readFileSync(file), file));
}

/** A line's verdict in one word: `body`, `blank`, `metadata:title`, `boilerplate:share-widget`… */
export function label(line: Pick<DetectedLine, 'role' | 'category' | 'fields'>): string {
  return line.category ? `${line.role}:${line.category}` : line.fields ? `${line.role}:${line.fields.join('+')}` : line.role;
}

/**
 * Expands `[first, last, label]` ranges (1-based, inclusive) into one label per line. Blank lines
 * are expected to be `blank` wherever they are, as in a ledger.
 */
export function expectedLabels(lines: readonly string[], ranges: readonly [number, number, string][]): string[] {
  const out: string[] = lines.map((l) => (l.trim() === '' ? 'blank' : '(no expectation)'));
  for (const [first, last, name] of ranges) {
    for (let n = first; n <= last; n++) out[n - 1] = lines[n - 1]!.trim() === '' ? 'blank' : name;
  }
  return out;
}

/** The texts of the lines a detection keeps as the essay's body, in order. */
export function bodyText(detection: Pick<Detection, 'lines'>): string[] {
  return detection.lines.filter((l) => l.role === 'body').map((l) => l.text);
}

/** Paragraphs as a page prints them: a blank line after each. */
export function withBlankLines(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap((p) => [p, '']);
}

/** A short English essay of three sentences, for tests of what a page sets around it. */
export const ESSAY = [
  'Five years ago I published a tiny library because I needed it for a weekend project, and it grew.',
  'It now has a few thousand dependents, and I have spent more evenings on it than on anything else.',
  'These are the lessons I wish someone had told me at the start, written down for the next maintainer.',
];
