import type { Sentence } from '../tokens/tokenize.ts';
import { alignGap, type GapRun } from './gap-align.ts';

/** One row of a pairwise alignment of the base with another witness, by sentence index. */
export interface StarLink {
  base: number[];
  other: number[];
  /** The pairwise engine placed the other side here although it stands elsewhere in its own order. */
  moved: boolean;
}

/** A row of the merged table: sentence indexes per witness, and moved sentences' base counterparts. */
export interface TableRow {
  cells: number[][];
  /** Witness index → index of the base sentence its moved sentence in this row corresponds to. */
  moved?: Map<number, number>;
}

/**
 * Merges k−1 pairwise alignments around one base witness into one table (a star alignment).
 *
 * 1. Base sentences are grouped into clusters: a cluster is a run of base sentences that some
 *    witness pairs as one group (a merge in one copy keeps those base sentences on one row for all).
 * 2. Each other witness's paired sentences go into the row of their base cluster.
 * 3. A witness's unpaired sentences (and moved ones, which cannot keep their pairing in a table
 *    whose columns read in order) stay between their paired neighbours: inside the neighbours' row
 *    when both neighbours share one, else in the gap after the previous neighbour's row.
 * 4. Each gap's sentences from several witnesses are aligned to each other (`alignGap`).
 *
 * Every sentence of every witness lands in exactly one row, and each column reads in order.
 */
export function mergeStar(
  sentences: readonly Sentence[][],
  base: number,
  links: readonly (readonly StarLink[] | undefined)[],
  weights: ReadonlyMap<string, number>,
): TableRow[] {
  const k = sentences.length;
  const n = sentences[base]!.length;
  const join = new Array<boolean>(Math.max(0, n - 1)).fill(false);
  for (const list of links) {
    for (const link of list ?? []) {
      if (link.moved || !link.base.length || !link.other.length) continue;
      for (let i = Math.min(...link.base); i < Math.max(...link.base); i++) join[i] = true;
    }
  }
  const clusterOf: number[] = [];
  let clusters = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && !join[i - 1]) clusters++;
    clusterOf.push(clusters);
  }
  if (n > 0) clusters++;

  const cells = Array.from({ length: clusters }, () => Array.from({ length: k }, (): number[] => []));
  for (let i = 0; i < n; i++) cells[clusterOf[i]!]![base]!.push(i);
  const gaps = Array.from({ length: clusters + 1 }, (): GapRun[] => []);
  const movedTo = new Map<string, number>();

  links.forEach((list, w) => {
    if (w === base || !list) return;
    const m = sentences[w]!.length;
    const at = new Array<number>(m).fill(-1);
    for (const link of list) {
      if (link.moved && link.base.length) for (const j of link.other) movedTo.set(`${w}:${j}`, link.base[0]!);
      if (link.moved || !link.base.length || !link.other.length) continue;
      for (const j of link.other) at[j] = clusterOf[link.base[0]!]!;
    }
    // Columns must read in order: a pairing that goes backwards is treated as unpaired.
    let highest = -1;
    for (let j = 0; j < m; j++) {
      if (at[j]! < 0) continue;
      if (at[j]! < highest) at[j] = -1;
      else highest = at[j]!;
    }
    const next = new Array<number>(m + 1).fill(Number.POSITIVE_INFINITY);
    for (let j = m - 1; j >= 0; j--) next[j] = at[j]! >= 0 ? at[j]! : next[j + 1]!;
    let previous = -1;
    for (let j = 0; j < m; j++) {
      if (at[j]! >= 0) {
        previous = at[j]!;
        cells[previous]![w]!.push(j);
      } else if (previous >= 0 && next[j + 1] === previous) cells[previous]![w]!.push(j);
      else {
        const gap = gaps[previous + 1]!;
        const run = gap.at(-1);
        if (run?.witness === w) run.sentences.push(j);
        else gap.push({ witness: w, sentences: [j] });
      }
    }
  });

  const rows: TableRow[] = [];
  const withMoves = (row: number[][]): TableRow => {
    const moved = new Map<number, number>();
    row.forEach((list, w) => {
      for (const j of list) {
        const to = movedTo.get(`${w}:${j}`);
        if (to !== undefined) moved.set(w, to);
      }
    });
    return moved.size ? { cells: row, moved } : { cells: row };
  };
  for (let c = 0; c <= clusters; c++) {
    for (const row of alignGap(gaps[c]!, sentences, weights)) rows.push(withMoves(row));
    if (c < clusters) rows.push(withMoves(cells[c]!));
  }
  return rows;
}
