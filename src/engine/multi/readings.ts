import type { Sentence } from '../tokens/tokenize.ts';
import type { Reading } from './synopsis.ts';

/**
 * The distinct readings of a row: witnesses whose cells have the same words (compared by the
 * tokens' normalised forms, so case, quotes and dashes aside) share a reading. The base's reading
 * comes first, then the others in the order their first witness appears; witnesses with nothing
 * in the row share the reading ''. `covered` witnesses (whose sentence on an earlier row spans
 * this one) have no reading here.
 */
export function readings(cells: readonly (readonly Sentence[])[], base: number, covered: ReadonlySet<number> = new Set()): Reading[] {
  const byKey = new Map<string, Reading>();
  const order = [base, ...cells.keys()].filter((w, i) => (i === 0 || w !== base) && !covered.has(w));
  for (const w of order) {
    const list = cells[w]!;
    const key = list
      .flatMap((s) => s.tokens)
      .filter((t) => t.word)
      .map((t) => t.norm)
      .join(' ');
    const reading = byKey.get(key);
    if (reading) reading.witnesses.push(w);
    else byKey.set(key, { text: list.map((s) => s.text).join(' '), witnesses: [w] });
  }
  for (const r of byKey.values()) r.witnesses.sort((x, y) => x - y);
  return [...byKey.values()];
}
