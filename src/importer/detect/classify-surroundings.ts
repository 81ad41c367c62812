import type { BoilerplateCategory } from '../../corpus/ledger/taxonomy.ts';
import { categoryName, weakSignal, type LineSignal } from './classify-line.ts';
import type { EssaySpan } from './essay-span.ts';
import { isDateline, type LineClues } from './line-clues.ts';

/**
 * Gives every non-blank line outside the essay (and not lifted into frontmatter) its boilerplate
 * category and reason. In order of trust: its strong signal (or its box's); its weak vocabulary or
 * a chrome label it holds; the list whose title it follows; a date; a summary of the essay before
 * it or an item on its topic after it; the nearest classified line of its block (lines not parted
 * by a blank line); and last, by shape: prose is an advert, short lines the page's navigation.
 * The essay's asides (an inline advert inside its span) are classified here too; `metadata` lines
 * are not boilerplate, and blocks do not run across them.
 */
export function classifySurroundings(
  clues: readonly LineClues[],
  { essay, asides, isAbout }: Pick<EssaySpan, 'essay' | 'asides' | 'isAbout'>,
  metadata: ReadonlySet<number>,
): (LineSignal | undefined)[] {
  const outside = (i: number) => (i < essay.start || i > essay.end || asides.has(i)) && !clues[i]!.features.blank && !metadata.has(i);
  const own = new Array<LineSignal | undefined>(clues.length).fill(undefined);
  // The title of the list being read after the essay ("You may also like", "Sponsored").
  let list: LineSignal | undefined;

  clues.forEach((c, i) => {
    if (!outside(i)) return;
    const before = i < essay.start;
    if (c.signal && !before) list = c.signal.boxTitle ? c.signal : c.signal.category === list?.category ? list : undefined;
    // A line under a list's title belongs to that list, blank lines or not, until a line of another
    // kind: pages print a related-articles or sponsored list as a title and its items.
    const item = list && { category: list.category, reason: `an item of the list under a ${categoryName(list.category)} title` };
    const signal = c.signal ?? weakSignal(c.features) ?? item;
    if (signal) own[i] = signal;
    else if (isDateline(c)) own[i] = { category: 'stray-timestamp', reason: 'a date that is not the essay’s' };
    else if (c.features.prose && isAbout(c.features.trimmed)) {
      own[i] = before
        ? { category: 'duplicated-teaser', reason: 'a summary of the essay placed before it' }
        : { category: 'related-links', reason: 'an item on the essay’s topic after it' };
    }
  });

  const neighbours = blockNeighbours(own, outside);
  const result = [...own];
  clues.forEach((c, i) => {
    if (!outside(i) || own[i]) return;
    const neighbour = neighbours[i];
    // A sentence is not part of a widget: beside a share row or a date it is a text of its own.
    if (neighbour && !(c.features.prose && SHORT_LINE_BLOCKS.has(neighbour.category))) {
      result[i] = { category: neighbour.category, reason: `in the same block as a ${categoryName(neighbour.category)} line` };
    } else if (c.features.prose) {
      result[i] = { category: 'spam-advert', reason: 'prose around the essay that is not about it' };
    } else {
      result[i] = { category: 'site-navigation', reason: 'a short label of the host page' };
    }
  });
  return result;
}

/** Blocks made of short lines only: widgets, dates and contact lines. A sentence beside one is a text of its own. */
const SHORT_LINE_BLOCKS: ReadonlySet<BoilerplateCategory> = new Set([
  'share-widget',
  'price-ticker',
  'reading-time',
  'site-navigation',
  'stray-timestamp',
  'contact-line',
]);

/**
 * For each unclassified line, the category of the nearest classified line of its block below it,
 * else above it: a count stands before its button ("0" above "Like"), and a block's last lines
 * follow the ones that say what it is. A block is a stretch of non-blank lines outside the essay,
 * and a metadata line ends it too (the title is not part of the banner above it). Linear: two passes.
 */
function blockNeighbours(own: readonly (LineSignal | undefined)[], outside: (i: number) => boolean): (LineSignal | undefined)[] {
  const n = own.length;
  const out = new Array<LineSignal | undefined>(n).fill(undefined);
  for (const direction of [-1, 1] as const) {
    let carried: LineSignal | undefined;
    for (let i = direction === 1 ? 0 : n - 1; i >= 0 && i < n; i += direction) {
      if (!outside(i)) carried = undefined;
      else if (own[i]) carried = own[i];
      else out[i] ??= carried;
    }
  }
  return out;
}
