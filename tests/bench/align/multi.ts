/**
 * Multi-witness benchmark (part of `npm run bench:align`, or `node tests/bench/align/multi.ts
 * [books]`): the English translations of `ENGLISH_WITNESSES` collated at once with `collateMany`,
 * and every pair's sentence links read off the synopsis scored against verse numbers, beside the
 * pairwise engine's own rows for the same pair. The goal: the synopsis within 0.01 of the pairwise
 * engine's F1, with k−1 alignments instead of k(k−1)/2.
 */
import { fileURLToPath } from 'node:url';
import { collate } from '../../../src/engine/collate.ts';
import { collateMany, pairsOf } from '../../../src/engine/multi/index.ts';
import { tokenize } from '../../../src/engine/tokens/tokenize.ts';
import { type Books, loadWitnesses } from './corpus.ts';
import { coverVerses, goldLinks, type Group, scoreGroups } from './score.ts';
import { ENGLISH_WITNESSES } from './sources.ts';

/** Mark and Philippians by default: a narrative and a letter, small enough for every pair. */
const DEFAULT_BOOKS: Books = [41, 50];

/** Scores the synopsis and the pairwise engine on every pair; prints a table and returns the means. */
export function benchMulti(books: Books = DEFAULT_BOOKS): { synopsis: number; pairwise: number } | undefined {
  const texts = loadWitnesses(ENGLISH_WITNESSES, 'en', books);
  console.log(`\n## Multi-witness collation (${texts.length} English witnesses, books ${books.join(', ')})\n`);
  if (texts.length < 3) {
    console.log('  skipped: fewer than three English witnesses in the data (npm run bench:align:data)');
    return undefined;
  }
  const witnesses = texts.map((t) => t.witness);
  const started = performance.now();
  const synopsis = collateMany(witnesses);
  const synopsisSeconds = (performance.now() - started) / 1000;
  const sentences = witnesses.map((w) => tokenize(w));
  const covered = texts.map((t, i) => coverVerses(t, sentences[i]!));
  const rows: string[] = [];
  let sumSynopsis = 0;
  let sumPairwise = 0;
  let pairs = 0;
  let pairwiseSeconds = 0;
  for (let x = 0; x < witnesses.length; x++) {
    for (let y = x + 1; y < witnesses.length; y++) {
      const gold = goldLinks(covered[x]!, covered[y]!);
      const t0 = performance.now();
      const collation = collate(witnesses[x]!, witnesses[y]!);
      pairwiseSeconds += (performance.now() - t0) / 1000;
      const index = (list: { id: string }[]) => new Map(list.map((s, i) => [s.id, i]));
      const [ix, iy] = [index(sentences[x]!), index(sentences[y]!)];
      const engine: Group[] = collation.rows.map((r) => ({
        a: r.aSentences.map((id) => ix.get(id)!),
        b: r.bSentences.map((id) => iy.get(id)!),
      }));
      const fromTable: Group[] = pairsOf(synopsis, x, y).map(([i, j]) => ({ a: [ix.get(i)!], b: [iy.get(j)!] }));
      const e = scoreGroups(engine, covered[x]!, gold).f1;
      const s = scoreGroups(fromTable, covered[x]!, gold).f1;
      sumSynopsis += s;
      sumPairwise += e;
      pairs++;
      const base = x === synopsis.base || y === synopsis.base ? ' (base)' : '';
      rows.push(`| ${witnesses[x]!.id} × ${witnesses[y]!.id}${base} | ${e.toFixed(3)} | ${s.toFixed(3)} | ${(s - e).toFixed(3)} |`);
    }
  }
  console.log(
    `base: ${witnesses[synopsis.base]!.id}; synopsis ${synopsisSeconds.toFixed(1)} s (${witnesses.length - 1} alignments), pairwise ${pairwiseSeconds.toFixed(1)} s (${pairs} alignments)\n`,
  );
  console.log('| pair | pairwise F1 | synopsis F1 | difference |\n| --- | --- | --- | --- |');
  for (const r of rows) console.log(r);
  const means = { synopsis: sumSynopsis / pairs, pairwise: sumPairwise / pairs };
  console.log(`| mean | ${means.pairwise.toFixed(3)} | ${means.synopsis.toFixed(3)} | ${(means.synopsis - means.pairwise).toFixed(3)} |`);
  return means;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) benchMulti(process.argv[2] ? process.argv[2].split(',').map(Number) : undefined);
