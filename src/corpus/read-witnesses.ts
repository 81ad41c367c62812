import type { Witness } from '../engine/tokens/tokenize.ts';
import { readWitness } from './read-witness.ts';

/**
 * Reads any number of files as witnesses. Sigla are letters by position (A, B, … Z, then AA, AB,
 * …), unless every file declares a sigil in its frontmatter (as a repost's essay.md does) and no
 * two declare the same: then row ids read like the site's ("G5").
 */
export function readWitnesses(files: readonly string[], resolve: (file: string) => string = (f) => f): Witness[] {
  const read = files.map((file, i) => readWitness(file, positionalSigil(i), resolve(file)));
  const declared = read.map((r) => r.declaredSigil);
  const distinct = declared.every((s) => s !== undefined) && new Set(declared).size === declared.length;
  return read.map((r) => (distinct ? { ...r.witness, sigil: r.declaredSigil! } : r.witness));
}

/** A, B, … Z, AA, AB, …: spreadsheet column names, so any number of witnesses gets a distinct sigil. */
export function positionalSigil(index: number): string {
  let n = index + 1;
  let sigil = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    sigil = String.fromCharCode(65 + r) + sigil;
    n = Math.floor((n - 1) / 26);
  }
  return sigil;
}
