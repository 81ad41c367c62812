import { sameWords, type Sentence, wordsIn } from '../tokens/tokenize.ts';
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
  const anchored = groups.some((g) => g.a.length > 0 && g.b.length > 0);
  const out: AlignedGroup[] = [];
  let gap: AlignedGroup[] = [];
  const flush = () => {
    // A moved row stands at A's position only: it bounds no gap, and B's order does not see it.
    const moved = gap.filter((g) => g.moved);
    const lonely = gap.filter((g) => !g.moved);
    const onlyA = lonely.flatMap((g) => g.a);
    const onlyB = lonely.flatMap((g) => g.b);
    // Sentences of function words only ("The a?") have no terms to align by: the same ones in the
    // same order pair whatever their number, identity vouching for them.
    if (
      onlyA.length > 0 &&
      sameSentences(
        onlyA.map((i) => a[i]!),
        onlyB.map((j) => b[j]!),
      )
    ) {
      for (const group of withMoved(
        onlyA.map((i, k) => ({ a: [i], b: [onlyB[k]!], similarity: 1 })),
        moved,
      ))
        out.push(group);
    } else if (anchored && onlyA.length > 0 && onlyB.length > 0 && onlyA.length <= MAX_GAP && onlyB.length <= MAX_GAP) {
      for (const group of withMoved(pairByLength(onlyA, onlyB, a, b), moved)) out.push(group);
    } else for (const group of gap) out.push(group);
    gap = [];
  };
  for (const group of groups) {
    if (group.a.length > 0 && group.b.length > 0 && !group.moved) {
      flush();
      out.push(group);
    } else gap.push(group);
  }
  flush();
  return attachFragments(out, a, b);
}

/** `moved` rows put back among `groups` in A's order (each before the first row past its A sentence). */
function withMoved(groups: AlignedGroup[], moved: readonly AlignedGroup[]): AlignedGroup[] {
  const out = [...groups];
  for (const m of moved) {
    const at = out.findIndex((g) => !g.moved && g.a.length > 0 && g.a[0]! > m.a[0]!);
    out.splice(at < 0 ? out.length : at, 0, m);
  }
  return out;
}

/**
 * The order-keeping 1:1 pairing of `xs` with `ys` that pairs as many as possible and, among
 * those, has lengths that agree best, then pairs the most words (a long sentence and its
 * counterpart rather than two fragments) and then pairs earliest (least sum of the two positions
 * in the gap); the rest stay one-sided, in order. Every criterion reads A and B alike, so swapping
 * the witnesses mirrors the pairing: a tie broken by which side is skipped first did not (two
 * short sentences of B against one of A paired the first of B one way round, the second the other).
 */
function pairByLength(xs: readonly number[], ys: readonly number[], a: readonly Sentence[], b: readonly Sentence[]): AlignedGroup[] {
  const p = xs.length;
  const q = ys.length;
  // best[i][j]: [pairs, −length mismatch, words paired, −sum of positions] of the best pairing of
  // xs[i…] with ys[j…], compared in that order.
  type Score = [number, number, number, number];
  const best: Score[][] = Array.from({ length: p + 1 }, () => Array.from({ length: q + 1 }, () => [0, 0, 0, 0] as Score));
  const better = (x: Score, y: Score) => {
    const k = x.findIndex((v, n) => v !== y[n]);
    return k >= 0 && x[k]! > y[k]!;
  };
  const same = (x: Score, y: Score) => x.every((v, n) => v === y[n]);
  const mismatch = (i: number, j: number) => Math.abs(Math.log(words(a[xs[i]!]!)) - Math.log(words(b[ys[j]!]!)));
  // Compared in integers: |log x − log y| against log 3 in floating point depends on which side is A.
  const comparable = (i: number, j: number) => {
    const [x, y] = [words(a[xs[i]!]!), words(b[ys[j]!]!)];
    return x <= MAX_LENGTH_RATIO * y && y <= MAX_LENGTH_RATIO * x;
  };
  const paired = (i: number, j: number): Score => {
    const next = best[i + 1]![j + 1]!;
    return [next[0] + 1, next[1] - mismatch(i, j), next[2] + words(a[xs[i]!]!) + words(b[ys[j]!]!), next[3] - i - j];
  };
  for (let i = p - 1; i >= 0; i--) {
    for (let j = q - 1; j >= 0; j--) {
      let cell = best[i + 1]![j]!;
      if (better(best[i]![j + 1]!, cell)) cell = best[i]![j + 1]!;
      if (comparable(i, j) && !better(cell, paired(i, j))) cell = paired(i, j);
      best[i]![j] = cell;
    }
  }
  const out: AlignedGroup[] = [];
  let i = 0;
  let j = 0;
  while (i < p || j < q) {
    if (i < p && j < q && comparable(i, j) && same(paired(i, j), best[i]![j]!)) {
      out.push({ a: [xs[i++]!], b: [ys[j++]!], similarity: 0, positional: true });
    } else if (i < p && (j === q || same(best[i + 1]![j]!, best[i]![j]!))) out.push({ a: [xs[i++]!], b: [], similarity: 0 });
    else out.push({ a: [], b: [ys[j++]!], similarity: 0 });
  }
  return out;
}

/**
 * Joins each content-free one-sided sentence to the group that pairs its neighbour (the sentence
 * just after it, else just before it) in the same paragraph. Only groups paired before this step
 * take fragments, so a run of fragments never snowballs into one group.
 */
function attachFragments(groups: readonly AlignedGroup[], a: readonly Sentence[], b: readonly Sentence[]): AlignedGroup[] {
  const out = [...groups];
  const keep = out.map(() => true);
  for (const side of ['a', 'b'] as const) {
    const sentences = side === 'a' ? a : b;
    const groupOf = new Int32Array(sentences.length).fill(-1); // sentence → its group, as paired before this step
    out.forEach((g, r) => {
      for (const x of g[side]) groupOf[x] = r;
    });
    const pairedAt = (y: number, x: number) => {
      const r = y >= 0 && y < sentences.length ? groupOf[y]! : -1;
      const g = out[r];
      const paired = g !== undefined && g.a.length > 0 && g.b.length > 0 && !g.moved && keep[r];
      return paired && sentences[y]!.block === sentences[x]!.block ? r : -1;
    };
    const moves: [fragment: number, to: number, first: boolean][] = [];
    out.forEach((g, r) => {
      const other = side === 'a' ? g.b : g.a;
      if (other.length > 0 || g[side].length !== 1 || sentences[g[side][0]!]!.terms.length > 0) return;
      const x = g[side][0]!;
      const next = pairedAt(x + 1, x);
      const prev = pairedAt(x - 1, x);
      if (next >= 0) moves.push([r, next, true]);
      else if (prev >= 0) moves.push([r, prev, false]);
    });
    for (const [r, to, first] of moves) {
      const x = out[r]![side][0]!;
      const g = out[to]!;
      out[to] = { ...g, [side]: first ? [x, ...g[side]] : [...g[side], x] };
      keep[r] = false;
    }
  }
  return out.filter((_, r) => keep[r]);
}

/** True when two runs of sentences are the same sentences of the same words. */
function sameSentences(a: readonly Sentence[], b: readonly Sentence[]): boolean {
  return a.length === b.length && a.every((s, i) => sameWords(s.tokens, b[i]!.tokens));
}

function words(s: Sentence): number {
  return wordsIn([s]) || 1;
}
