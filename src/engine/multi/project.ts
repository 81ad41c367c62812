import type { AlignedGroup } from '../align/align-sentences.ts';
import { analyse } from '../analyse/analyse.ts';
import type { Collation } from '../analyse/collation.ts';
import { tokenize, type Sentence, type Witness } from '../tokens/tokenize.ts';
import type { Synopsis } from './synopsis.ts';

/**
 * The sentence pairs of witnesses `x` and `y` read off the synopsis: every pair of their sentences
 * that share a row. This is how the table answers "which sentences of X correspond to which of Y".
 */
export function pairsOf(synopsis: Synopsis, x: number, y: number): [string, string][] {
  return synopsis.rows.flatMap((row) => row.sentences[x]!.flatMap((sx) => row.sentences[y]!.map((sy): [string, string] => [sx, sy])));
}

/** The table projected onto two witnesses: one group per row where either has a sentence, by index. */
export function groupsOf(synopsis: Synopsis, x: number, y: number): AlignedGroup[] {
  const index = (w: number, id: string) => Number(id.slice(synopsis.witnesses[w]!.sigil.length)) - 1;
  return synopsis.rows
    .filter((row) => row.sentences[x]!.length || row.sentences[y]!.length)
    .map((row) => ({
      a: row.sentences[x]!.map((id) => index(x, id)),
      b: row.sentences[y]!.map((id) => index(y, id)),
      similarity: 0,
    }));
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
