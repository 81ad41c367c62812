import { deflateRawSync } from 'node:zlib';

/**
 * What a page may weigh, compressed: the document and the styles and scripts it links must
 * arrive in the first round trips (about 14 KB, TCP's initial window of ten segments).
 */
export const PAGE_BUDGET = 14 * 1024;

/**
 * What some text adds to a gzipped page, estimated by compressing it alone (raw deflate, no
 * header). Compressed apart from the page's markup it errs a little high, the safe side for a
 * budget; compressed together, the rows of one page share their repeats as they do on the page.
 */
export function compressedSize(text: string): number {
  return deflateRawSync(text, { level: 9 }).length;
}

/** A part of a paged list: the items from `start` up to, not including, `end`. */
export interface PartRange {
  start: number;
  end: number;
}

/**
 * Splits `count` items into consecutive parts in order, greedily: part `k` runs from where the
 * last one ended to the furthest item for which `fits(start, end, k)` still holds. Every part
 * holds at least one item, so an item too large for a page stands alone; an empty list has one
 * empty part (the page still exists). `fits` must be monotone (fewer items fit if more do): the
 * end is found by doubling then halving steps, a few calls per part rather than one per item,
 * since a call may compress the whole part.
 */
export function splitIntoParts(count: number, fits: (start: number, end: number, part: number) => boolean): PartRange[] {
  const parts: PartRange[] = [];
  let start = 0;
  do {
    const k = parts.length;
    let end = Math.min(start + 1, count);
    let step = 1;
    while (end + step <= count && fits(start, end + step, k)) {
      end += step;
      step *= 2;
    }
    for (step = Math.floor(step / 2); step >= 1; step = Math.floor(step / 2))
      if (end + step <= count && fits(start, end + step, k)) end += step;
    parts.push({ start, end });
    start = end;
  } while (start < count);
  return parts;
}

/** Which part holds each item: `partOf[i]` is the index of the part holding item `i`. */
export function partIndexes(parts: readonly PartRange[]): number[] {
  return parts.flatMap((p, k) => Array.from({ length: p.end - p.start }, () => k));
}

/** An item of a paged list as the budget sees it: its words and links, and what its markup adds, compressed. */
export interface ItemWeight {
  text: string;
  markup: number;
}

/**
 * `fits` for {@link splitIntoParts} by estimated compressed size: what part `k` shows besides
 * its items (`fixed(k)`: its own text, and the markup, styles and scripts of the page) and the
 * items, their texts compressed together as the page compresses them, within {@link PAGE_BUDGET}.
 */
export function fitsBudget(
  items: readonly ItemWeight[],
  fixed: (part: number) => ItemWeight,
): (start: number, end: number, part: number) => boolean {
  return (start, end, part) => partWeight(items, { start, end }, fixed(part)) <= PAGE_BUDGET;
}

/** The estimated compressed weight of a part: its fixed text and items' texts compressed together, plus all their markup. */
export function partWeight(items: readonly ItemWeight[], range: PartRange, fixed: ItemWeight): number {
  const held = [fixed, ...items.slice(range.start, range.end)];
  return held.reduce((n, item) => n + item.markup, 0) + compressedSize(held.map((item) => item.text).join('\n'));
}
