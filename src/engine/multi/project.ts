import type { AlignedGroup } from '../align/align-sentences.ts';
import { analyse } from '../analyse/analyse.ts';
import type { Collation } from '../analyse/collation.ts';
import { type Sentence, sentenceNumber, tokenize, type Witness } from '../tokens/tokenize.ts';
import type { Synopsis } from './synopsis.ts';

/** Each sentence of witness `w` with the first and last row it covers (see `SynopsisRow.spans`). */
function rangesOf(synopsis: Synopsis, w: number): { id: string; index: number; from: number; to: number }[] {
  const sigil = synopsis.witnesses[w]!.sigil;
  return synopsis.rows.flatMap((row, r) => {
    const to = r + (row.spans?.[w] ?? 1) - 1;
    return row.sentences[w]!.map((id) => ({ id, index: sentenceNumber(sigil, id) - 1, from: r, to }));
  });
}

/**
 * The sentence pairs of witnesses `x` and `y` read off the synopsis: every pair of their sentences
 * whose rows overlap. This is how the table answers "which sentences of X correspond to which of Y".
 */
export function pairsOf(synopsis: Synopsis, x: number, y: number): [string, string][] {
  const ys = rangesOf(synopsis, y);
  const pairs: [string, string][] = [];
  let first = 0;
  for (const sx of rangesOf(synopsis, x)) {
    while (first < ys.length && ys[first]!.to < sx.from) first++;
    for (let q = first; q < ys.length && ys[q]!.from <= sx.to; q++) if (ys[q]!.to >= sx.from) pairs.push([sx.id, ys[q]!.id]);
  }
  return pairs;
}

/**
 * The table projected onto two witnesses as aligned groups, by sentence index: sentences linked
 * by overlapping rows, directly or through each other, form one group; the rest stand alone.
 * Groups come in table order.
 */
export function groupsOf(synopsis: Synopsis, x: number, y: number): AlignedGroup[] {
  const xs = rangesOf(synopsis, x);
  const ys = rangesOf(synopsis, y);
  const parent = Array.from({ length: xs.length + ys.length }, (_, i) => i);
  const find = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]!]!;
    return v;
  };
  const xAt = new Map(xs.map((s, i) => [s.id, i]));
  const yAt = new Map(ys.map((s, i) => [s.id, xs.length + i]));
  for (const [a, b] of pairsOf(synopsis, x, y)) parent[find(xAt.get(a)!)] = find(yAt.get(b)!);
  const groups = new Map<number, AlignedGroup & { from: number }>();
  const add = (node: number, from: number, side: 'a' | 'b', index: number) => {
    const root = find(node);
    const group = groups.get(root) ?? groups.set(root, { a: [], b: [], similarity: 0, from }).get(root)!;
    group.from = Math.min(group.from, from);
    group[side].push(index);
  };
  xs.forEach((s, i) => add(i, s.from, 'a', s.index));
  ys.forEach((s, i) => add(xs.length + i, s.from, 'b', s.index));
  return [...groups.values()]
    .sort((g, h) => g.from - h.from || (g.a[0] ?? Infinity) - (h.a[0] ?? Infinity))
    .map(({ a, b, similarity }) => ({ a, b, similarity }));
}

/**
 * A pairwise collation of two witnesses read off the synopsis: the same rows the table gives
 * them, analysed as the pairwise engine analyses its own (kinds, word diffs, figures). It agrees
 * with the table by construction and costs one word diff per row, no alignment: how a site with
 * k witnesses can show all k(k−1)/2 comparisons while aligning only k−1 times.
 * `sentences` may pass the witnesses' tokenized sentences when the caller has them.
 */
export function collationFromSynopsis(
  synopsis: Synopsis,
  wx: Witness,
  wy: Witness,
  sentences: [readonly Sentence[], readonly Sentence[]] = [tokenize(wx), tokenize(wy)],
): Collation {
  const x = synopsis.witnesses.findIndex((w) => w.sigil === wx.sigil);
  const y = synopsis.witnesses.findIndex((w) => w.sigil === wy.sigil);
  if (x < 0 || y < 0) throw new Error(`witness ${x < 0 ? wx.id : wy.id} is not in the synopsis`);
  return analyse(wx, wy, sentences[0], sentences[1], groupsOf(synopsis, x, y));
}
