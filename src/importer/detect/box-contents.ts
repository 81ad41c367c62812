import type { BoilerplateCategory } from '../../corpus/ledger/taxonomy.ts';
import { isPlain, type LineClues } from './line-clues.ts';
import { HANDLE_LINE, MAX_TITLE_WORDS } from './read-header.ts';
import { isSectionAfter, sectionNumber } from './sections.ts';

/** A box (AI summary, sponsored item) holds at most this many lines under its title. */
const MAX_BOX_LINES = 4;
/** The boxes that sum the essay up. */
const SUMMARIES: ReadonlySet<BoilerplateCategory> = new Set(['ai-summary', 'duplicated-teaser']);

/**
 * Lines under a box title ("AI summary", "Sponsored", "You may also like") get the box's signal
 * when the box is small and has no blank line inside: the text of an AI summary is prose and would
 * otherwise read as the essay's first paragraph. Replaces those entries of `clues` in place and
 * returns it. The box ends at a blank line, or where the page's own lines resume: a byline, a
 * dateline, a poster's handle ("@haotian_cx", over its follow button), the essay's next section heading or another
 * signalled line, or a paragraph the known reposts hold (`held`) or, but in a summary's box, that names their names
 * (`named`, when they are in another language). Right under the title, such a paragraph means there is no box: an advert's
 * label over the essay's next paragraphs, the advert an image the copy lost.
 */
export function withBoxes(
  clues: LineClues[],
  isHeld: (line: number) => boolean = () => false,
  named: (line: number) => boolean = () => false,
): LineClues[] {
  // The last section heading above each line ("1) …"), read once.
  let section: LineClues | undefined;
  const sectionAbove = clues.map((c) => {
    const above = section;
    if (sectionNumber(c) !== undefined) section = c;
    return above;
  });
  clues.forEach((c, i) => {
    if (!c.signal?.boxTitle) return;
    let end = i + 1;
    const item = (k: number) => isPlain(clues[k]!) && !HANDLE_LINE.test(clues[k]!.features.trimmed);
    while (end < clues.length && item(end) && end - i <= MAX_BOX_LINES + 1) end++;
    // The essay's next section heading ("2) …" under "1) …" above the box) is the essay's, resumed inside the box's lines.
    const above = sectionAbove[i];
    const resumed = above === undefined ? -1 : clues.slice(i + 1, end).findIndex((n) => isSectionAfter(above, n));
    // Glued to more lines than a box holds, on a page without blank lines, the lines under a title are no box, unless the
    // essay's next section ends it right under the box's copy and button (no paragraph), but for a machine summary under its
    // title alone (a title that holds the summary after its colon holds it all).
    const overflow = end - i - 1 > MAX_BOX_LINES;
    const sectioned = resumed > 0 && !clues.slice(i + 1, i + 1 + resumed).some(isParagraph);
    const summarised = c.signal.category === 'ai-summary' && !c.features.prose && clues[i + 1]!.features.prose;
    if (overflow && !sectioned && !summarised) return;
    // The box ends at the first paragraph the known reposts hold; right under its title, there is no box.
    // A summary of the essay names its names by nature: only a paragraph the reposts hold, word for word, ends it.
    const summary = SUMMARIES.has(c.signal.category);
    const held = clues
      .slice(i + 1, end)
      .findIndex((n, k) => n.features.prose && (isHeld(i + 1 + k) || (!summary && isParagraph(n) && named(i + 1 + k))));
    if (held === 0) return;
    const ends = [resumed, held].filter((k) => k > 0);
    if (ends.length > 0) end = i + 1 + Math.min(...ends);
    // With nothing to end it, the summary is its first paragraph only: the essay follows it.
    else if (overflow) end = i + 2;
    const signal = { category: c.signal.category, reason: `inside the box titled ${JSON.stringify(c.features.trimmed)}` };
    for (let j = i + 1; j < end; j++) clues[j] = { features: clues[j]!.features, signal };
  });
  return clues;
}

/** A headline of a box's list may name the essay's names too, a question's among them: a paragraph is longer than a title. */
const isParagraph = (c: LineClues): boolean => c.features.words > MAX_TITLE_WORDS;
