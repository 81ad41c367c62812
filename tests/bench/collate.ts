import { fileURLToPath } from 'node:url';
import { diffWords } from 'diff';
import { collate } from '../../src/engine/collate.ts';
import { loadReposts } from '../../src/corpus/repost/load-repost.ts';
import { segmentersFor } from '../../src/engine/text/segment.ts';
import type { Witness } from '../../src/engine/tokens/tokenize.ts';
import { toWitness } from '../../src/site/view/witness.ts';
import { random } from '../support/random.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Give up on the flat diff after this long: Myers' O(ND) on two long, very different texts is the point. */
const BASELINE_TIMEOUT_MS = 10_000;
/** Scales of the table: the shipped pair, then ten and a hundred times as long. */
const FACTORS = [1, 10, 100] as const;

/** The shipped pair (Gate Square's and MEXC News' copies of the essay) as witnesses. */
export function shippedPair(): [Witness, Witness] {
  const reposts = loadReposts(`${ROOT}content`, ROOT);
  const find = (id: string) => {
    const repost = reposts.find((r) => r.id === id);
    if (!repost) throw new Error(`the benchmark needs content/reposts/${id}`);
    return toWitness(repost);
  };
  return [find('gate'), find('mexc')];
}

const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const pseudoWord = (rng: () => number) =>
  Array.from({ length: 3 + Math.floor(rng() * 4) }, () => pick(rng, [...'bcdfghklmnprstvz'] as const) + pick(rng, [...'aeiou'])).join('');

/**
 * Both witnesses `factor` times over, each repetition perturbed, so the long texts are not one
 * paragraph list repeated (which would give every sentence `factor` identical twins and no
 * anchors). In repetition r, a few words both texts use are renamed the same way on both sides
 * (like a proper noun that differs from chapter to chapter: shared, rare terms); then each side on
 * its own drops a sentence, swaps two neighbouring sentences and rewords two words, by a seeded
 * PRNG.
 */
export function scaledPair(a: Witness, b: Witness, factor: number, seed = 1): [Witness, Witness] {
  const words = (w: Witness) => new Set(w.blocks.flatMap((bl) => bl.text.toLowerCase().match(/\p{L}{5,}/gu) ?? []));
  const inB = words(b);
  const common = [...words(a)].filter((w) => inB.has(w)).sort();
  const renamings = Array.from({ length: factor }, (_, r) => {
    const rng = random(seed * 7919 + r);
    return factor === 1 ? new Map<string, string>() : new Map(Array.from({ length: 6 }, () => [pick(rng, common), pseudoWord(rng)]));
  });
  const scale = (w: Witness, side: number): Witness => ({
    ...w,
    blocks: renamings.flatMap((renaming, r) => perturb(w, renaming, factor === 1 ? undefined : random(seed * 104729 + r * 2 + side), r)),
  });
  return [scale(a, 0), scale(b, 1)];
}

/** One repetition of a witness's blocks: renamed, then (with a PRNG) one sentence dropped, two swapped, two words reworded. */
function perturb(w: Witness, renaming: ReadonlyMap<string, string>, rng: (() => number) | undefined, r: number): Witness['blocks'] {
  const rename = (text: string) =>
    text.replace(/\p{L}{5,}/gu, (word) => (renaming.has(word.toLowerCase()) ? `${word}${renaming.get(word.toLowerCase())}` : word));
  const sentences = w.blocks.flatMap((block, k) =>
    segmentersFor('en')
      .sentences(rename(block.text))
      .map((s) => ({ k, text: s.text.trim() })),
  );
  if (rng) {
    sentences.splice(Math.floor(rng() * sentences.length), 1);
    const i = Math.floor(rng() * (sentences.length - 1));
    if (sentences[i]!.k === sentences[i + 1]!.k) [sentences[i], sentences[i + 1]] = [sentences[i + 1]!, sentences[i]!];
    for (let n = 0; n < 2; n++) {
      const s = pick(rng, sentences);
      const words = s.text.split(' ');
      words[Math.floor(rng() * words.length)] = pseudoWord(rng);
      s.text = words.join(' ');
    }
  }
  return w.blocks
    .map((block, k) => ({
      id: `${block.id}-${r + 1}`,
      text: sentences
        .filter((s) => s.k === k)
        .map((s) => s.text)
        .join(' '),
    }))
    .filter((block) => block.text);
}

/** Median wall time of `fn` in ms, over a few runs for fast calls and one for slow ones. */
function time(fn: () => unknown): number {
  const runs: number[] = [];
  for (let total = 0; runs.length < 5 && (runs.length === 0 || total < 2000); ) {
    const start = performance.now();
    fn();
    const ms = performance.now() - start;
    runs.push(ms);
    total += ms;
  }
  return runs.sort((x, y) => x - y)[Math.floor(runs.length / 2)]!;
}

const textOf = (w: Witness) => w.blocks.map((b) => b.text).join('\n\n');
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 1000 ? ms.toFixed(1) : ms.toFixed(0));
const growth = (now: number | undefined, before: number | undefined) =>
  now === undefined || before === undefined ? '—' : `${(now / before).toFixed(1)}×`;

/**
 * Prints how collation time grows with the length of the texts, against a flat `diffWords` of the
 * whole texts: the engine should grow about 10× per 10× (near-linear, thanks to the anchor band),
 * a word diff of two divergent texts far more.
 */
export async function benchCollate(): Promise<void> {
  const [gate, mexc] = shippedPair();
  // Warm the JIT first, or the 1× row measures compilation and every growth factor looks better than it is.
  for (let i = 0; i < 5; i++) diffWords(textOf(gate), textOf(mexc)) && collate(gate, mexc);
  const header = ['scale', 'sentences A/B', 'words A/B', 'collate ms', 'growth', 'diffWords ms', 'growth'];
  const table: string[][] = [header];
  let before: { engine: number; baseline: number | undefined } | undefined;
  for (const factor of FACTORS) {
    const [a, b] = scaledPair(gate, mexc, factor);
    const engine = time(() => collate(a, b));
    const { rows: _, ...summary } = collate(a, b);
    const [ta, tb] = [textOf(a), textOf(b)];
    let timedOut = false;
    const baseline = time(() => (timedOut = diffWords(ta, tb, { timeout: BASELINE_TIMEOUT_MS }) === undefined));
    const baselineMs = timedOut ? undefined : baseline;
    table.push([
      `${factor}×`,
      `${summary.a.sentences}/${summary.b.sentences}`,
      `${summary.a.words}/${summary.b.words}`,
      fmt(engine),
      growth(engine, before?.engine),
      timedOut ? `> ${BASELINE_TIMEOUT_MS / 1000} s (timed out)` : fmt(baseline),
      growth(baselineMs, before?.baseline),
    ]);
    before = { engine, baseline: baselineMs };
  }
  const widths = header.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  console.log('\nCollation of the shipped pair (gate × mexc), scaled with seeded perturbations; baseline: diffWords of the whole texts');
  for (const row of table) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
}
