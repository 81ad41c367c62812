import { collateMany } from '../engine/multi/collate-many.ts';
import type { Witness } from '../engine/tokens/tokenize.ts';
import { jsonForTerminal } from './io.ts';
import { synopsisReport } from './report/synopsis-report.ts';

/** Where and how the synopsis is printed. */
export interface SynopsisOutput {
  /** Writes text to standard output. */
  write: (text: string) => void;
  /** Terminal width in columns. */
  width?: number;
  /** ANSI styling allowed. */
  color?: boolean;
}

/**
 * `collate` with three or more files: the multi-witness synopsis. With `json`, the `Synopsis`
 * object and nothing else: `{ witnesses, base, rows: [{ id, cells, … }] }`, one plain-text cell
 * per witness in argument order ('' where it has nothing); without, a terminal synopsis.
 */
export function printSynopsis(witnesses: readonly Witness[], json: boolean, output: SynopsisOutput): void {
  const synopsis = collateMany(witnesses);
  const text = json
    ? jsonForTerminal(synopsis)
    : synopsisReport(synopsis, { ...(output.width ? { width: output.width } : {}), ...(output.color ? { color: true } : {}) });
  output.write(`${text}\n`);
}
