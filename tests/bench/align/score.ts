import type { Sentence } from '../../../src/engine/tokens/tokenize.ts';
import type { ParallelText } from './corpus.ts';

/**
 * Scoring an alignment against verse numbers.
 *
 * - Each sentence of each side maps to the verses its characters cover (any overlap: a sentence
 *   that ends one verse and begins the next covers both).
 * - A gold link is a pair (A sentence, B sentence) that share a verse.
 * - An aligner's answer is a list of groups (rows); a group links every A sentence in it to every
 *   B sentence in it. One-sided groups link nothing.
 * - Per chapter (the A sentence's block): precision = correct links / links given, recall =
 *   correct links / gold links, F1 their harmonic mean. Chapters without a gold link are left out.
 * - The language's figure is the mean over chapters (macro), so a long chapter does not drown the
 *   others; precision and recall are averaged the same way.
 */

/** One row of an alignment, by sentence index (0-based, through the whole witness) on each side. */
export interface Group {
  a: number[];
  b: number[];
}

/** A side's sentences with the verses each covers and the block it lies in. */
export interface CoveredSentences {
  verses: string[][];
  blocks: string[];
}

/** Scores of one aligner on one pair. */
export interface Score {
  precision: number;
  recall: number;
  f1: number;
  chapters: number;
}

/**
 * The verses each sentence covers, found by locating each sentence's text in its block from where
 * the previous one ended (the engine's sentences are trimmed substrings of the block, in order).
 */
export function coverVerses(text: ParallelText, sentences: readonly Sentence[]): CoveredSentences {
  const cursor = new Map<string, number>();
  const blockText = new Map(text.witness.blocks.map((b) => [b.id, b.text]));
  const verses = sentences.map((s) => {
    const body = blockText.get(s.block) ?? '';
    const from = cursor.get(s.block) ?? 0;
    const at = body.indexOf(s.text, from);
    if (at < 0) throw new Error(`sentence ${s.id} is not in block ${s.block} of ${text.witness.id} after offset ${from}`);
    const end = at + s.text.length;
    cursor.set(s.block, end);
    return (text.spans.get(s.block) ?? []).filter((v) => v.start < end && at < v.end).map((v) => v.ref);
  });
  return { verses, blocks: sentences.map((s) => s.block) };
}

const key = (a: number, b: number) => a * 0x200000 + b;

/** Gold links per chapter: pairs of sentences sharing a verse. */
export function goldLinks(a: CoveredSentences, b: CoveredSentences): Map<string, Set<number>> {
  const bByVerse = new Map<string, number[]>();
  b.verses.forEach((refs, j) => {
    for (const r of refs) (bByVerse.get(r) ?? bByVerse.set(r, []).get(r)!).push(j);
  });
  const gold = new Map<string, Set<number>>();
  a.verses.forEach((refs, i) => {
    for (const r of refs) {
      for (const j of bByVerse.get(r) ?? []) {
        const chapter = a.blocks[i]!;
        (gold.get(chapter) ?? gold.set(chapter, new Set()).get(chapter)!).add(key(i, j));
      }
    }
  });
  return gold;
}

/** Precision, recall and F1 per chapter, averaged over chapters. */
export function scoreGroups(groups: readonly Group[], a: CoveredSentences, gold: Map<string, Set<number>>): Score {
  const given = new Map<string, number>();
  const correct = new Map<string, number>();
  for (const g of groups) {
    for (const i of g.a) {
      const chapter = a.blocks[i]!;
      const links = gold.get(chapter);
      for (const j of g.b) {
        given.set(chapter, (given.get(chapter) ?? 0) + 1);
        if (links?.has(key(i, j))) correct.set(chapter, (correct.get(chapter) ?? 0) + 1);
      }
    }
  }
  let p = 0;
  let r = 0;
  let f = 0;
  let chapters = 0;
  for (const [chapter, links] of gold) {
    if (links.size === 0) continue;
    const tp = correct.get(chapter) ?? 0;
    const precision = tp === 0 ? 0 : tp / given.get(chapter)!;
    const recall = tp / links.size;
    p += precision;
    r += recall;
    f += tp === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    chapters++;
  }
  return chapters === 0
    ? { precision: 0, recall: 0, f1: 0, chapters }
    : { precision: p / chapters, recall: r / chapters, f1: f / chapters, chapters };
}

/**
 * The best rows the engine's own sentence split allows: the connected components of the gold
 * links (A and B sentences joined whenever they share a verse), each one row, in A's order.
 * Sentences in no gold link stay alone. Its F1 falls short of 1 only where a sentence boundary
 * falls inside a verse on one side and not the other, which no row can repair.
 */
export function oracleGroups(aCount: number, bCount: number, gold: Map<string, Set<number>>): Group[] {
  const parent = Array.from({ length: aCount + bCount }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (const links of gold.values()) {
    for (const k of links) {
      const i = Math.floor(k / 0x200000);
      const j = k % 0x200000;
      parent[find(i)] = find(aCount + j);
    }
  }
  const groups = new Map<number, Group>();
  for (let x = 0; x < aCount + bCount; x++) {
    const root = find(x);
    const g = groups.get(root) ?? groups.set(root, { a: [], b: [] }).get(root)!;
    if (x < aCount) g.a.push(x);
    else g.b.push(x - aCount);
  }
  return [...groups.values()];
}

/** Where the gold links an aligner missed went, each as a share of all gold links (pooled). */
export interface LostLinks {
  /** Both sentences in rows whose every link is gold: right rows, finer than a verse. */
  finer: number;
  /** One of the two sentences in no pair at all. */
  unpaired: number;
  /** The rest: a sentence paired with something outside its verses. */
  misplaced: number;
}

/**
 * Why recall falls short. The gold links every sentence of a verse to every sentence of its
 * counterpart, so two sentences of a verse paired one to one with two sentences of the other
 * side lose two links though each row is right: that is `finer`, which no sentence aligner can
 * avoid without knowing the verses; `unpaired` and `misplaced` are the aligner's own errors.
 */
export function lostLinks(groups: readonly Group[], gold: Map<string, Set<number>>): LostLinks {
  const all = new Set<number>();
  for (const links of gold.values()) for (const k of links) all.add(k);
  const rowOfA = new Map<number, Group>();
  const rowOfB = new Map<number, Group>();
  const given = new Set<number>();
  for (const g of groups) {
    for (const i of g.a) rowOfA.set(i, g);
    for (const j of g.b) rowOfB.set(j, g);
    for (const i of g.a) for (const j of g.b) given.add(key(i, j));
  }
  const allGold = (g: Group) => g.a.every((i) => g.b.every((j) => all.has(key(i, j))));
  const lost = { finer: 0, unpaired: 0, misplaced: 0 };
  for (const k of all) {
    if (given.has(k)) continue;
    const ra = rowOfA.get(Math.floor(k / 0x200000));
    const rb = rowOfB.get(k % 0x200000);
    if (!ra || !rb || ra.b.length === 0 || rb.a.length === 0) lost.unpaired++;
    else if (allGold(ra) && allGold(rb)) lost.finer++;
    else lost.misplaced++;
  }
  const n = all.size || 1;
  return { finer: lost.finer / n, unpaired: lost.unpaired / n, misplaced: lost.misplaced / n };
}
