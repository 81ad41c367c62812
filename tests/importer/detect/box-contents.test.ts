import { describe, expect, it } from 'vitest';
import { withBoxes } from '../../../src/importer/detect/box-contents.ts';
import { lineClues } from '../../../src/importer/detect/line-clues.ts';

/** Each line's signal after the boxes are read, by its category. */
const boxed = (lines: readonly string[]) => withBoxes(lines.map(lineClues)).map((c) => c.signal?.category);

const SECOND = [
  '2) Feeding on a schedule is what turns the colony into a dependable leaven for every loaf.',
  'Skipped feedings do the opposite: the bacteria take over and the starter turns sluggish.',
  'So the difference between a lively starter and a dead one is rarely the recipe itself.',
  'The comparison is not perfect, but routine matters more than talent in this craft.',
];

describe('withBoxes', () => {
  const first = ['1) A starter is a colony of wild yeast and bacteria living in flour and water.'];
  const advert = ['Advertisement', 'Automatic dough kneading at home…the first month on us', 'Apply today'];

  it('ends a box glued to more lines than it holds at the essay’s next section, on a page without blank lines', () => {
    expect(boxed([...first, ...advert, ...SECOND])).toEqual([
      undefined,
      'spam-advert',
      'spam-advert',
      'spam-advert',
      ...SECOND.map(() => undefined),
    ]);
  });

  it('reads no box under a title glued to more lines than it holds when paragraphs stand before the next section', () => {
    const paragraphs = [
      'With that groundwork laid, the agents on the third layer naturally combine what the first two layers can do, and plan their own tasks.',
      'So this layering is a progression of capability: the first layer lays the base, the second fills its gaps, and the third one integrates them.',
    ];
    expect(boxed([...first, advert[0]!, ...paragraphs, ...SECOND])).toEqual([
      undefined,
      'spam-advert',
      ...Array(paragraphs.length + SECOND.length).fill(undefined),
    ]);
  });

  it('reads no box under a title glued to more lines than it holds when nothing ends it', () => {
    const unnumbered = SECOND.map((line) => line.replace('2) ', ''));
    expect(boxed([...first, ...advert, ...unnumbered])).toEqual([
      undefined,
      'spam-advert',
      ...Array(2 + unnumbered.length).fill(undefined),
    ]);
  });
});
