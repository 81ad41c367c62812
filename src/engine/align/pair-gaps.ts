import type { Sentence } from '../tokens/tokenize.ts';
import type { AlignedGroup } from './align-sentences.ts';

/** Longest run of unpaired sentences, per side, that position alone may pair. */
const MAX_GAP = 3;
/** Sentences paired by position alone must not differ in length by more than this factor. */
const MAX_LENGTH_RATIO = 3;

/**
 * A paraphrase can share almost no words with its original ("In comparison, where exactly is the
 * problem?" / "By comparing these two fields, we can explore the root causes of the issues.") and
 * still be its counterpart: when the same number of unpaired sentences (up to three) sit on both
 * sides between the same two aligned neighbours — or between a neighbour and the start or end of
 * both texts — and are of comparable length, they are paired in order. Position and neighbours
 * vouch for them where words cannot.
 */
export function pairGaps(groups: readonly AlignedGroup[], a: readonly Sentence[], b: readonly Sentence[]): AlignedGroup[] {
  // With no aligned pair at all, nothing vouches for position: two unrelated texts stay unpaired.
  if (!groups.some((g) => g.a.length > 0 && g.b.length > 0)) return [...groups];
  const out: AlignedGroup[] = [];
  let gap: AlignedGroup[] = [];
  const flush = () => {
    const onlyA = gap.flatMap((g) => g.a);
    const onlyB = gap.flatMap((g) => g.b);
    const pairable =
      onlyA.length > 0 &&
      onlyA.length === onlyB.length &&
      onlyA.length <= MAX_GAP &&
      onlyA.every((i, k) => comparableLength(a[i]!, b[onlyB[k]!]!));
    if (pairable) onlyA.forEach((i, k) => out.push({ a: [i], b: [onlyB[k]!], similarity: 0 }));
    else out.push(...gap);
    gap = [];
  };
  for (const group of groups) {
    if (group.a.length > 0 && group.b.length > 0) {
      flush();
      out.push(group);
    } else gap.push(group);
  }
  flush();
  return out;
}

function comparableLength(x: Sentence, y: Sentence): boolean {
  const wx = x.tokens.filter((t) => t.word).length || 1;
  const wy = y.tokens.filter((t) => t.word).length || 1;
  return Math.max(wx, wy) / Math.min(wx, wy) <= MAX_LENGTH_RATIO;
}
