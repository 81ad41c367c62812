/**
 * One engine run in its own process, so that its time and peak memory are its own:
 * `node engine-run.ts <id A> <id B> <language> <books|all> [--timing-only]` loads the two
 * translations, collates them and prints `{ collateSeconds, groups }` as JSON, the groups by
 * sentence index; with `--timing-only` it prints `{ collateSeconds }` alone, so that the process
 * does nothing but load and collate.
 */
import { collate } from '../../../src/engine/collate.ts';
import { tokenize } from '../../../src/engine/tokens/tokenize.ts';
import { loadParallelText } from './corpus.ts';
import type { Group } from './score.ts';

const [idA, idB, language, books, flag] = process.argv.slice(2) as [string, string, string, string, string?];
const bookList = books === 'all' ? undefined : books.split(',').map(Number);
const a = loadParallelText(idA, language, 'A', bookList);
const b = loadParallelText(idB, language, 'B', bookList);
if (!a || !b) throw new Error(`missing data for ${idA} or ${idB}`);

const started = performance.now();
const collation = collate(a.witness, b.witness);
const collateSeconds = (performance.now() - started) / 1000;
if (flag === '--timing-only') {
  process.stdout.write(JSON.stringify({ collateSeconds, rows: collation.rows.length }));
  process.exit(0);
}

// Row sentence ids → indices, through the engine's own tokenizer (the same split collate used).
const index = (sentences: { id: string }[]) => new Map(sentences.map((s, i) => [s.id, i]));
const ia = index(tokenize(a.witness));
const ib = index(tokenize(b.witness));
const groups: Group[] = collation.rows.map((r) => ({ a: r.aSentences.map((id) => ia.get(id)!), b: r.bSentences.map((id) => ib.get(id)!) }));
process.stdout.write(JSON.stringify({ collateSeconds, groups }));
