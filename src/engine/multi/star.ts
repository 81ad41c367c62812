import { bagOf, similarity } from '../align/similarity.ts';
import type { Sentence } from '../tokens/tokenize.ts';
import { alignGap, type GapRun } from './gap-align.ts';

/** One row of a pairwise alignment of the base with another witness, by sentence index. */
export interface StarLink {
  base: number[];
  other: number[];
  /** The pairwise engine placed the other side here although it stands elsewhere in its own order. */
  moved: boolean;
}

/** A row of the merged table: sentence indexes per witness, and what some cells cover beyond it. */
export interface TableRow {
  cells: number[][];
  /** Witness index → rows its cell covers, counting this one, when more than one (a merge of base sentences). */
  spans?: Map<number, number>;
  /** Witness index → index of the base sentence its moved sentence in this row corresponds to. */
  moved?: Map<number, number>;
}

/**
 * Merges k−1 pairwise alignments around one base witness into one table (a star alignment).
 *
 * 1. Each base sentence has a row of its own.
 * 2. Each other witness's paired sentences go on the row of their base sentence. A sentence that
 *    stands for several base sentences (a merge) starts on the first and spans the rows of the
 *    others, so every pair the pairwise engine made is still read off the table, while the other
 *    witnesses keep their own rows (making the merged rows one row for everybody would pair every
 *    sentence of one copy on them with every sentence of another). In a regrouping, each sentence
 *    starts on the base sentence it shares most with, in order (`assign`).
 * 3. A witness's unpaired sentences (and moved ones, which cannot keep their pairing in a table
 *    whose columns read in order) stay between their paired neighbours: in the neighbours' row
 *    when both share one, else in the gap after the previous neighbour's last row.
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
  const empty = () => Array.from({ length: k }, (): number[] => []);
  const cells = Array.from({ length: n }, empty);
  /** Per base row, witness → last base row its cell there covers. */
  const ends = Array.from({ length: n }, () => new Map<number, number>());
  for (let i = 0; i < n; i++) cells[i]![base]!.push(i);
  const gaps = Array.from({ length: n + 1 }, (): GapRun[] => []);
  const movedTo = new Map<string, number>();

  links.forEach((list, w) => {
    if (w === base || !list) return;
    const m = sentences[w]!.length;
    const start = new Array<number>(m).fill(-1);
    const end = new Array<number>(m).fill(-1);
    for (const link of list) {
      if (link.moved && link.base.length) for (const j of link.other) movedTo.set(`${w}:${j}`, link.base[0]!);
      if (link.moved || !link.base.length || !link.other.length) continue;
      const rows = assign(link, sentences[base]!, sentences[w]!, weights);
      const last = Math.max(...link.base);
      link.other.forEach((j, q) => {
        start[j] = q === 0 ? Math.min(...link.base) : rows[q]!;
        const next = q + 1 < rows.length ? rows[q + 1]! : last + 1;
        end[j] = Math.max(start[j]!, next - 1);
      });
    }
    // Columns must read in order: a pairing that goes backwards is treated as unpaired.
    let highest = -1;
    for (let j = 0; j < m; j++) {
      if (start[j]! < 0) continue;
      if (start[j]! < highest) start[j] = end[j] = -1;
      else highest = end[j]!;
    }
    const nextStart = new Array<number>(m + 1).fill(Number.POSITIVE_INFINITY);
    for (let j = m - 1; j >= 0; j--) nextStart[j] = start[j]! >= 0 ? start[j]! : nextStart[j + 1]!;
    let previousEnd = -1;
    for (let j = 0; j < m; j++) {
      if (start[j]! >= 0) {
        cells[start[j]!]![w]!.push(j);
        const row = ends[start[j]!]!;
        row.set(w, Math.max(row.get(w) ?? 0, end[j]!));
        previousEnd = end[j]!;
      } else if (previousEnd >= 0 && nextStart[j + 1] === previousEnd) cells[previousEnd]![w]!.push(j);
      else {
        const gap = gaps[previousEnd + 1]!;
        const run = gap.at(-1);
        if (run?.witness === w) run.sentences.push(j);
        else gap.push({ witness: w, sentences: [j] });
      }
    }
  });

  // Lay the rows out: each gap's rows before its base row; then turn base-row ends into row spans.
  const rows: TableRow[] = [];
  const at: number[] = [];
  for (let i = 0; i <= n; i++) {
    for (const row of alignGap(gaps[i]!, sentences, weights)) rows.push({ cells: row });
    if (i < n) {
      at.push(rows.length);
      rows.push({ cells: cells[i]! });
    }
  }
  for (let i = 0; i < n; i++) {
    for (const [w, last] of ends[i]!) {
      if (last === i) continue;
      const row = rows[at[i]!]!;
      (row.spans ??= new Map()).set(w, at[last]! - at[i]! + 1);
    }
  }
  for (const row of rows) {
    row.cells.forEach((list, w) => {
      for (const j of list) {
        const to = movedTo.get(`${w}:${j}`);
        if (to !== undefined) (row.moved ??= new Map()).set(w, to);
      }
    });
  }
  return rows;
}

/**
 * For each sentence on the other side of a paired group, the base sentence whose row it starts on:
 * the order-keeping assignment with the highest total term similarity (groups hold at most three
 * sentences a side, so trying every non-decreasing assignment is cheap).
 */
function assign(
  link: StarLink,
  baseSentences: readonly Sentence[],
  other: readonly Sentence[],
  weights: ReadonlyMap<string, number>,
): number[] {
  if (link.base.length === 1) return link.other.map(() => link.base[0]!);
  const sim = link.other.map((j) =>
    link.base.map((i) => similarity(bagOf([other[j]!], weights), bagOf([baseSentences[i]!], weights), weights)),
  );
  let best: number[] = [];
  let bestScore = -1;
  const walk = (q: number, from: number, picked: number[], score: number) => {
    if (q === link.other.length) {
      if (score > bestScore + 1e-12) {
        best = picked;
        bestScore = score;
      }
      return;
    }
    for (let r = from; r < link.base.length; r++) walk(q + 1, r, [...picked, r], score + sim[q]![r]!);
  };
  walk(0, 0, [], 0);
  return best.map((r) => link.base[r]!);
}
