import type { Sentence } from '../tokens/tokenize.ts';
import type { AlignedGroup } from './align-sentences.ts';

/** Longest run of unpaired sentences, per side, that position alone may pair. */
export const MAX_GAP = 3;
/** Sentences paired by position alone must not differ in length by more than this factor. */
const MAX_LENGTH_RATIO = 3;

/**
 * Stage 3c (after `detectMoves`), pair by position. A paraphrase can share almost no words with
 * its original ("In comparison, where exactly is the problem?" / "By comparing these two fields,
 * we can explore the root causes of the issues.") and still be its counterpart: unpaired
 * sentences that sit on both sides between the same two aligned neighbours — or between a
 * neighbour and the start or end of both texts — are paired in order, by length, when each side
 * holds at most `MAX_GAP` of them. Counts may differ (two sentences against three): the pairs are
 * the order-keeping choice whose lengths agree best (Gale and Church's evidence: translations
 * keep length), and pairs of very different lengths are not made. Such pairs are marked
 * `positional`: position and neighbours vouch for them, not words.
 *
 * Then fragments: a sentence with no content words at all (`"Where is he?"` before `they
 * asked.`) is no evidence either way, so it joins the paired group next to it in its own
 * paragraph rather than stand alone.
 */
export function pairGaps(groups: readonly AlignedGroup[], a: readonly Sentence[], b: readonly Sentence[]): AlignedGroup[] {
  // With no aligned pair at all, nothing vouches for position: two unrelated texts stay unpaired.
  if (!groups.some((g) => g.a.length > 0 && g.b.length > 0)) return [...groups];
  const out: AlignedGroup[] = [];
  let gap: AlignedGroup[] = [];
  const flush = () => {
    const onlyA = gap.flatMap((g) => g.a);
    const onlyB = gap.flatMap((g) => g.b);
    if (onlyA.length > 0 && onlyB.length > 0 && onlyA.length <= MAX_GAP && onlyB.length <= MAX_GAP) {
      for (const group of pairByLength(onlyA, onlyB, a, b)) out.push(group);
    } else for (const group of gap) out.push(group);
    gap = [];
  };
  for (const group of groups) {
    if (group.a.length > 0 && group.b.length > 0) {
      flush();
      out.push(group);
    } else gap.push(group);
  }
  flush();
  return attachFragments(out, a, b);
}

/**
 * The order-keeping 1:1 pairing of `xs` with `ys` that pairs as many as possible and, among
 * those, has lengths that agree best; the rest stay one-sided, in order.
 */
function pairByLength(xs: readonly number[], ys: readonly number[], a: readonly Sentence[], b: readonly Sentence[]): AlignedGroup[] {
  const p = xs.length;
  const q = ys.length;
  // best[i][j]: [pairs, −length mismatch] of the best pairing of xs[i…] with ys[j…].
  const best: [number, number][][] = Array.from({ length: p + 1 }, () => Array.from({ length: q + 1 }, () => [0, 0] as [number, number]));
  const better = (x: [number, number], y: [number, number]) => x[0] > y[0] || (x[0] === y[0] && x[1] > y[1]);
  const mismatch = (i: number, j: number) => Math.abs(Math.log(words(a[xs[i]!]!) / words(b[ys[j]!]!)));
  for (let i = p; i >= 0; i--) {
    for (let j = q; j >= 0; j--) {
      if (i === p || j === q) continue;
      let cell = best[i + 1]![j]!;
      if (better(best[i]![j + 1]!, cell)) cell = best[i]![j + 1]!;
      if (mismatch(i, j) <= Math.log(MAX_LENGTH_RATIO)) {
        const next = best[i + 1]![j + 1]!;
        const paired: [number, number] = [next[0] + 1, next[1] - mismatch(i, j)];
        if (better(paired, cell) || (paired[0] === cell[0] && paired[1] === cell[1])) cell = paired;
      }
      best[i]![j] = cell;
    }
  }
  const out: AlignedGroup[] = [];
  let i = 0;
  let j = 0;
  while (i < p || j < q) {
    if (i < p && j < q && mismatch(i, j) <= Math.log(MAX_LENGTH_RATIO)) {
      const next = best[i + 1]![j + 1]!;
      const cell = best[i]![j]!;
      if (next[0] + 1 === cell[0] && next[1] - mismatch(i, j) === cell[1]) {
        out.push({ a: [xs[i++]!], b: [ys[j++]!], similarity: 0, positional: true });
        continue;
      }
    }
    if (i < p && (j === q || best[i + 1]![j]! === best[i]![j]!)) out.push({ a: [xs[i++]!], b: [], similarity: 0 });
    else out.push({ a: [], b: [ys[j++]!], similarity: 0 });
  }
  return out;
}

/** Joins each content-free one-sided sentence to the paired group beside it in the same paragraph. */
function attachFragments(groups: AlignedGroup[], a: readonly Sentence[], b: readonly Sentence[]): AlignedGroup[] {
  const paired = (g: AlignedGroup | undefined) => g !== undefined && g.a.length > 0 && g.b.length > 0 && !g.moved;
  const empty = (s: Sentence) => s.terms.length === 0;
  const out = groups.map((g) => ({ ...g, a: [...g.a], b: [...g.b] }));
  const keep = out.map(() => true);
  for (let r = 0; r < out.length; r++) {
    const g = out[r]!;
    const side = g.b.length === 0 ? 'a' : g.a.length === 0 ? 'b' : undefined;
    if (!side) continue;
    const sentences = side === 'a' ? a : b;
    const x = g[side][0]!;
    if (g[side].length !== 1 || !empty(sentences[x]!)) continue;
    // The groups before and after it that hold sentences of the same side.
    let next = r + 1;
    while (next < out.length && (!keep[next] || out[next]![side].length === 0)) next++;
    let prev = r - 1;
    while (prev >= 0 && (!keep[prev] || out[prev]![side].length === 0)) prev--;
    if (out[next]?.[side][0] !== x + 1) next = -1;
    if (out[prev]?.[side].at(-1) !== x - 1) prev = -1;
    const sameBlock = (t: number, y: number) => t >= 0 && paired(out[t]) && sentences[y]?.block === sentences[x]!.block;
    if (sameBlock(next, x + 1)) out[next]![side].unshift(x);
    else if (sameBlock(prev, x - 1)) out[prev]![side].push(x);
    else continue;
    keep[r] = false;
  }
  return out.filter((_, r) => keep[r]);
}

function words(s: Sentence): number {
  return s.tokens.filter((t) => t.word).length || 1;
}
