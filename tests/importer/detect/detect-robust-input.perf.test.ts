import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/corpus/capture/split-lines.ts';
import { detectLines } from '../../../src/importer/detect/detect-lines.ts';
import { toLedger } from '../../../src/importer/to-ledger.ts';
import { toMarkdown } from '../../../src/importer/to-markdown.ts';
import { LINEAR_RATIO, scaling } from '../../support/scaling.ts';
import { fixtureLines, bodyText } from './support.ts';

const MB = 1024 * 1024;

/** A capture of about `bytes` bytes: the essay again and again (words varied), every third part a banner. */
function generatedCapture(bytes: number): string[] {
  const essay = fixtureLines('price-ticker').join('\n');
  const noise = fixtureLines('contest-banner').join('\n');
  const parts: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const part = i % 3 === 2 ? noise : essay.replaceAll('layer', `layer${i % 97}`);
    parts.push(part);
    size += part.length;
  }
  return splitLines(parts.join('\n'));
}

describe('detection on heavy input', () => {
  it('labels a generated 5 MB and 10 MB capture, ledger and Markdown included, in time linear in its size', () => {
    const { ratio, result } = scaling(
      generatedCapture,
      (lines) => {
        const detection = detectLines(lines);
        const body = bodyText(detection);
        return { lines, detection, ledger: toLedger(detection.lines), markdown: toMarkdown({ outlet: 'x', sigil: 'X' }, body) };
      },
      5 * MB,
      1,
    );
    expect(result.detection.lines).toHaveLength(result.lines.length);
    expect(result.ledger.blocks.length).toBeGreaterThan(1);
    expect(ratio).toBeLessThan(LINEAR_RATIO);
  });

  it('stays linear on an essay of lines that every other hold a chrome label, without evidence (1 MB against 2 MB)', () => {
    // Each such line is weighed against the terms of all the unworded lines: counted once, not once a line.
    const make = (n: number) =>
      Array.from({ length: n / 110 }, (_, i) =>
        i % 2
          ? `Thanks for reading issue ${i} of the notes on starters! Subscribe for free to receive new posts.`
          : `Issue ${i + 1} of the notes on starters: feed the starter, read the posts, receive new flour for free.`,
      );
    const { ratio, result } = scaling(make, (lines) => ({ lines, detection: detectLines(lines) }), MB, 2);
    expect(bodyText(result.detection)).toHaveLength(result.lines.length);
    expect(ratio).toBeLessThan(LINEAR_RATIO);
  });

  it('stays linear on a thread of short posts, each under a short headline and a date, over a footer (1 MB against 2 MB)', () => {
    // Each post's header is read for a headline, and a short headline is looked for in the page's footer, as a site's name
    // would be: in its last lines, not in every line after the post.
    // Every post weighs less than half the long closing paragraph, so each one's header is read.
    const closing = 'The starter was fed at seven and rose by noon, as it had done the day before and the day before that. '.repeat(30);
    const make = (n: number) => [
      ...Array.from({ length: n / 120 }, (_, i) => [
        'Notes on Starters',
        `March ${(i % 28) + 1}, 2024`,
        `Post ${i}: the starter was fed at seven and rose by noon, as it did the day before.`,
      ]).flat(),
      closing,
      '© 2024 Bread Weekly',
    ];
    const { ratio, result } = scaling(make, (lines) => ({ lines, detection: detectLines(lines) }), MB, 2);
    expect(result.detection.lines).toHaveLength(result.lines.length);
    expect(ratio).toBeLessThan(LINEAR_RATIO);
  });

  it.each([
    ['one 10 MB line without spaces', (n: number) => ['x'.repeat(n)]],
    ['one 10 MB line of digits and punctuation', (n: number) => ['1,1.1-'.repeat(n / 6)]],
    ['one 10 MB line of digits and punctuation that ends in a letter', (n: number) => [`${'1,1.1-'.repeat(n / 6)}x`]],
    ['one 10 MB line of digits that ends in a letter', (n: number) => [`${'1'.repeat(n)}x`]],
    [
      'a word of millions of Arabic-Indic digits inside the essay (a stemmer is quadratic in a word’s length)',
      (n: number) => {
        const word = `${'١'.repeat(n / 2)}x`;
        const prose = 'Every baker says that sourdough is hard to keep alive, and many people give up on their starter after a week.';
        return ['Why Starters Fail', 'By Mara Lind', '', prose, word, prose, '', `Word ${word} word.`, prose];
      },
    ],
    ['a 10 MB byline of full stops that ends in a letter', (n: number) => [`By ${'.'.repeat(n)}x`]],
    ['two million button labels', (n: number) => Array.from({ length: n / 5 }, (_, i) => (i % 2 ? 'Share' : ''))],
    [
      'a 10 MB header line of emoji between words, above the essay',
      (n: number) => [
        `🔥 Layered ${'🔥 '.repeat(n / 5)}paradox`,
        'By Mara Lind',
        '',
        'Every baker says that sourdough is hard to keep alive, and many people give up on their starter after a week.',
      ],
    ],
    [
      '10 MB of distinct short sentences',
      (n: number) => Array.from({ length: n / 50 }, (_, i) => `Layer ${i} patches layer ${i - 1}, again.`),
    ],
  ])('stays linear on %s (time at 10 MB against 5 MB)', (_name, make) => {
    const { ratio, result } = scaling(make, (lines) => ({ lines, detection: detectLines(lines) }), 5 * MB, 2);
    expect(result.detection.lines).toHaveLength(result.lines.length);
    expect(ratio).toBeLessThan(LINEAR_RATIO);
  });
});
