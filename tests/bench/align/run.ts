/**
 * The alignment benchmark (`npm run bench:align`, and part of `npm run bench`): the engine's
 * sentence rows scored against verse numbers on real parallel texts, two independent public-domain
 * translations of the New Testament per language, written out as prose (see `score.ts` for the
 * scoring, `sources.ts` for the texts). Per language: macro F1 of the engine, of Gale–Church
 * (lengths only, in this folder), of hunalign (when built) and of the best rows the engine's own
 * sentence split allows; the engine's time and peak memory. Then the New Testament pair, whole
 * process against hunalign on the same sentences, half against whole.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize, witnessProfile } from '../../../src/engine/tokens/tokenize.ts';
import { type Books, commonBooks, loadParallelText } from './corpus.ts';
import { galeChurch } from './gale-church.ts';
import { hunalignCommand, runHunalign } from './hunalign.ts';
import { best, measure } from './measure.ts';
import { benchMulti } from './multi.ts';
import { coverVerses, type Group, goldLinks, type LostLinks, lostLinks, oracleGroups, type Score, scoreGroups } from './score.ts';
import { dataDir, PAIRS, translationFile } from './sources.ts';

const ENGINE_RUN = fileURLToPath(new URL('./engine-run.ts', import.meta.url));
/** The New Testament pair: two English translations, about 180k words a side. */
const NT_PAIR = PAIRS.find((p) => p.language === 'en')!;

const f3 = (x: number) => x.toFixed(3);
const mb = (x: number | undefined) => (x === undefined ? '?' : `${Math.round(x)} MB`);
const s1 = (x: number) => `${x.toFixed(1)} s`;
/** Wall time, with CPU time when known. */
const time = (m: { seconds: number; cpuSeconds: number | undefined }) =>
  m.cpuSeconds === undefined ? s1(m.seconds) : `${s1(m.seconds)} (CPU ${s1(m.cpuSeconds)})`;
/** Runs of each New Testament measurement; the least is reported (`RECENSION_BENCH_RUNS`, default 3). */
const RUNS = Number(process.env.RECENSION_BENCH_RUNS ?? 3);

/**
 * Node's compile cache for the engine's processes: without it each process strips the types of
 * every engine module (swc, in WebAssembly) and compiles it and its dependencies afresh, about
 * 0.25 s of CPU and 30 MB before the first witness is read, where hunalign is measured as a
 * binary compiled once. The cache is checked against each file's contents, so an edited module is
 * compiled again; `warmEngine` fills it before anything is timed.
 */
const ENGINE_ENV = { ...process.env, NODE_COMPILE_CACHE: join(tmpdir(), 'recension-bench-compile-cache') };

/** One short untimed engine run (Philemon) that fills the compile cache, so every run timed is alike. */
function warmEngine(): void {
  runEngine(NT_PAIR.a, NT_PAIR.b, 'en', [57], true);
}

/** The engine on one pair, in its own Node process. */
function runEngine(idA: string, idB: string, language: string, books: Books | undefined, timingOnly: boolean) {
  const args = [ENGINE_RUN, idA, idB, language, books ? books.join(',') : 'all', ...(timingOnly ? ['--timing-only'] : [])];
  const run = measure(process.execPath, args, undefined, ENGINE_ENV);
  const out = JSON.parse(run.stdout) as { collateSeconds: number; groups?: Group[] };
  return { ...run, ...out };
}

/** One row of the language table. */
interface LanguageResult {
  language: string;
  pair: string;
  sentences: string;
  engine: Score;
  galeChurch: Score;
  hunalign: Score | undefined;
  oracle: Score;
  engineLost: LostLinks;
  hunalignLost: LostLinks | undefined;
  engineSeconds: number;
  collateSeconds: number;
  engineCpu: number | undefined;
  engineMB: number | undefined;
  hunalignSeconds: number | undefined;
  hunalignMB: number | undefined;
}

/** Scores every aligner on one language's pair; undefined (with a message) when its data is absent. */
export function benchLanguage(language: string, idA: string, idB: string, only?: Books): LanguageResult | undefined {
  // Only the books both translations have (a New Testament may lack a few epistles).
  const books = only ?? commonBooks([idA, idB]);
  const a = loadParallelText(idA, language, 'A', books);
  const b = loadParallelText(idB, language, 'B', books);
  if (!a || !b) {
    const missing = [idA, idB].filter((_id, k) => !(k === 0 ? a : b)).map(translationFile);
    console.log(`  ${language}: skipped, no data (${missing.join(', ')}); run npm run bench:align:data (README: Alignment benchmark)`);
    return undefined;
  }
  const sa = tokenize(a.witness, witnessProfile(a.witness));
  const sb = tokenize(b.witness, witnessProfile(b.witness));
  const ca = coverVerses(a, sa);
  const cb = coverVerses(b, sb);
  const gold = goldLinks(ca, cb);
  const engine = runEngine(idA, idB, language, books, false);
  const hunalign = hunalignCommand();
  const hun = hunalign ? runHunalign(hunalign, sa, sb) : undefined;
  return {
    language,
    pair: `${idA} / ${idB}`,
    sentences: `${sa.length} / ${sb.length}`,
    engine: scoreGroups(engine.groups!, ca, gold),
    galeChurch: scoreGroups(galeChurch(sa, sb), ca, gold),
    hunalign: hun && scoreGroups(hun.groups, ca, gold),
    oracle: scoreGroups(oracleGroups(sa.length, sb.length, gold), ca, gold),
    engineLost: lostLinks(engine.groups!, gold),
    hunalignLost: hun && lostLinks(hun.groups, gold),
    engineSeconds: engine.seconds,
    collateSeconds: engine.collateSeconds,
    engineCpu: engine.cpuSeconds,
    engineMB: engine.peakMB,
    hunalignSeconds: hun?.seconds,
    hunalignMB: hun?.peakMB,
  };
}

/** Engine against hunalign on the whole New Testament pair, and on its first half, whole process. */
export function benchNewTestament(): void {
  const whole = loadParallelText(NT_PAIR.a, 'en', 'A');
  const other = loadParallelText(NT_PAIR.b, 'en', 'B');
  if (!whole || !other) {
    console.log('  New Testament pair: skipped, no data');
    return;
  }
  // The first half: the run of books from Matthew whose characters come closest to half of A's.
  const bookChars = new Map<number, number>();
  for (const block of whole.witness.blocks) {
    const book = Number(block.id.split('.')[0]);
    bookChars.set(book, (bookChars.get(book) ?? 0) + block.text.length);
  }
  const total = whole.chars;
  const half: number[] = [];
  let sum = 0;
  for (const [book, chars] of bookChars) {
    if (Math.abs(sum + chars - total / 2) > Math.abs(sum - total / 2)) break;
    half.push(book);
    sum += chars;
  }
  warmEngine();
  const hunalign = hunalignCommand();
  const words = (t: typeof whole) => t.witness.blocks.reduce((n, bl) => n + bl.text.split(/\s+/).length, 0);
  console.log(
    `  New Testament, ${NT_PAIR.a} (${words(whole)} words) / ${NT_PAIR.b} (${words(other)} words), whole process, least of ${RUNS} runs:`,
  );
  console.log('  | part | sentences A / B | engine time | engine collate | engine peak RSS | hunalign time | hunalign peak RSS |');
  console.log('  |---|---|---|---|---|---|---|');
  const results: { seconds: number; cpu: boolean; mb: number | undefined }[] = [];
  let speed = '';
  for (const [name, books] of [
    [`first half (books ${half[0]}–${half.at(-1)})`, half],
    ['whole', undefined],
  ] as const) {
    const a = loadParallelText(NT_PAIR.a, 'en', 'A', books)!;
    const b = loadParallelText(NT_PAIR.b, 'en', 'B', books)!;
    const sa = tokenize(a.witness, witnessProfile(a.witness));
    const sb = tokenize(b.witness, witnessProfile(b.witness));
    const repeat = <T>(run: () => T) => Array.from({ length: Math.max(1, RUNS) }, run);
    const engineRuns = repeat(() => runEngine(NT_PAIR.a, NT_PAIR.b, 'en', books, true));
    const engine = { ...best(engineRuns), collateSeconds: Math.min(...engineRuns.map((r) => r.collateSeconds)) };
    const hun = hunalign ? best(repeat(() => runHunalign(hunalign, sa, sb))) : undefined;
    results.push({ seconds: engine.cpuSeconds ?? engine.seconds, cpu: engine.cpuSeconds !== undefined, mb: engine.peakMB });
    if (hun) {
      const cpu = hun.cpuSeconds && engine.cpuSeconds ? `, CPU ×${(hun.cpuSeconds / engine.cpuSeconds).toFixed(2)}` : '';
      speed = `  Engine speed against hunalign (${name}): hunalign time / engine time = wall ×${(hun.seconds / engine.seconds).toFixed(2)}${cpu}`;
    }
    console.log(
      `  | ${name} | ${sa.length} / ${sb.length} | ${time(engine)} | ${s1(engine.collateSeconds)} | ${mb(engine.peakMB)} | ${hun ? time(hun) : 'not built'} | ${hun ? mb(hun.peakMB) : '–'} |`,
    );
  }
  const [h, w] = results as [(typeof results)[0], (typeof results)[0]];
  if (speed) console.log(speed);
  console.log(
    `  Growth, whole / half (input ×${(total / sum).toFixed(2)}): ${results[0]!.cpu ? 'CPU time' : 'time'} ×${(w.seconds / h.seconds).toFixed(2)}, peak RSS ×${w.mb && h.mb ? (w.mb / h.mb).toFixed(2) : '?'}`,
  );
}

/** `npm run bench:align`: the language table, then the New Testament pair. */
export async function benchAlign(options: { languages?: readonly string[]; books?: Books; newTestament?: boolean } = {}): Promise<void> {
  console.log(`\n## Sentence alignment against verse numbers (data: ${dataDir()})\n`);
  const hunalign = hunalignCommand();
  if (!hunalign) console.log('  hunalign not found (RECENSION_HUNALIGN, PATH, or <data dir>/tools/hunalign): its column is left empty');
  const results = PAIRS.filter((p) => !options.languages?.length || options.languages.includes(p.language))
    .map((p) => benchLanguage(p.language, p.a, p.b, options.books))
    .filter((r): r is LanguageResult => !!r);
  if (results.length > 0) {
    const scope = options.books ? `books ${options.books.join(', ')}` : 'New Testament (the books both sides have)';
    console.log(`  Macro F1 over chapters (precision / recall), ${scope}, rows linking every A sentence to every B sentence:`);
    console.log(
      '  | language | pair | sentences | engine | Gale–Church | hunalign | best rows on the engine’s sentences | engine process time | engine peak RSS |',
    );
    console.log('  |---|---|---|---|---|---|---|---|---|');
    const cell = (s: Score | undefined) => (s ? `${f3(s.f1)} (${f3(s.precision)} / ${f3(s.recall)})` : '–');
    for (const r of results) {
      console.log(
        `  | ${r.language} | ${r.pair} | ${r.sentences} | ${cell(r.engine)} | ${cell(r.galeChurch)} | ${cell(r.hunalign)} | ${cell(r.oracle)} | ${time({ seconds: r.engineSeconds, cpuSeconds: r.engineCpu })}, collate ${s1(r.collateSeconds)} | ${mb(r.engineMB)} |`,
      );
    }
    console.log(
      '\n  Gold links missed, as shares of all gold links: rows finer than a verse (each row right) / a sentence left unpaired / misplaced:',
    );
    console.log('  | language | engine | hunalign |');
    console.log('  |---|---|---|');
    const lost = (l: LostLinks | undefined) => (l ? `${f3(l.finer)} / ${f3(l.unpaired)} / ${f3(l.misplaced)}` : '–');
    for (const r of results) console.log(`  | ${r.language} | ${lost(r.engineLost)} | ${lost(r.hunalignLost)} |`);
  }
  console.log('');
  if (options.newTestament !== false) benchNewTestament();
  benchMulti();
}

/**
 * `npm run bench:align [-- <language>… --books=41,59 --no-nt]`: every language by default; name
 * languages, books (40 Matthew … 66 Revelation) or leave out the New Testament timings for a
 * quicker look while working on the engine.
 */
if (import.meta.main) {
  const args = process.argv.slice(2);
  const books = args.find((a) => a.startsWith('--books='));
  await benchAlign({
    languages: args.filter((a) => !a.startsWith('--')),
    books: books ? books.slice('--books='.length).split(',').map(Number) : undefined,
    newTestament: !args.includes('--no-nt'),
  });
}
