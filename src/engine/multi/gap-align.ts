import { MIN_COVERAGE } from '../align/align-sentences.ts';
import { bagOf, mergeBags, similarity, type TermBag } from '../align/similarity.ts';
import type { Sentence } from '../tokens/tokenize.ts';

/** A run of one witness's sentences that the base has no counterpart for, all in one gap of the table. */
export interface GapRun {
  witness: number;
  /** Sentence indexes, consecutive in the witness. */
  sentences: number[];
}

/**
 * Rows for one gap of the star table: the sentences that several witnesses have and the base
 * lacks, between the same two base rows. Without this step two witnesses that both add the same
 * sentence would show it on two rows, and their pairwise comparison read off the table would miss
 * a pair the pairwise engine finds. Progressive: each run is aligned to the rows built so far by a
 * small monotone dynamic programme over term similarity (1:1 steps, the same threshold as the
 * pairwise aligner), so the gap costs O(rows × sentences) per witness.
 *
 * Returns rows of cells (sentence indexes per witness, at most one sentence each).
 */
export function alignGap(runs: readonly GapRun[], sentences: readonly Sentence[][], weights: ReadonlyMap<string, number>): number[][][] {
  const k = sentences.length;
  let rows: { cells: number[][]; bag: TermBag }[] = [];
  for (const run of runs) {
    const bags = run.sentences.map((j) => bagOf([sentences[run.witness]![j]!], weights));
    const n = rows.length;
    const m = bags.length;
    // score[i][j]: best total gain aligning the first i rows with the first j sentences.
    const score = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
    const gain = (i: number, j: number) => similarity(rows[i]!.bag, bags[j]!, weights) - MIN_COVERAGE;
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= m; j++) {
        let best = 0;
        if (i > 0) best = Math.max(best, score[i - 1]![j]!);
        if (j > 0) best = Math.max(best, score[i]![j - 1]!);
        if (i > 0 && j > 0) {
          const g = gain(i - 1, j - 1);
          if (g > 0) best = Math.max(best, score[i - 1]![j - 1]! + g);
        }
        score[i]![j] = best;
      }
    }
    // Trace back, building the merged sequence from its end.
    const merged: { cells: number[][]; bag: TermBag }[] = [];
    let i = n;
    let j = m;
    while (i > 0 || j > 0) {
      const here = score[i]![j]!;
      if (i > 0 && j > 0) {
        const g = gain(i - 1, j - 1);
        if (g > 0 && Math.abs(score[i - 1]![j - 1]! + g - here) < 1e-12) {
          const row = rows[i - 1]!;
          row.cells[run.witness] = [run.sentences[j - 1]!];
          merged.push({ cells: row.cells, bag: mergeBags(row.bag, bags[j - 1]!) });
          i--;
          j--;
          continue;
        }
      }
      if (j > 0 && (i === 0 || Math.abs(score[i]![j - 1]! - here) < 1e-12)) {
        const cells = Array.from({ length: k }, (): number[] => []);
        cells[run.witness] = [run.sentences[j - 1]!];
        merged.push({ cells, bag: bags[j - 1]! });
        j--;
      } else {
        merged.push(rows[i - 1]!);
        i--;
      }
    }
    rows = merged.reverse();
  }
  return rows.map((r) => r.cells);
}
