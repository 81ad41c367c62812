import type { Sentence } from '../tokens/tokenize.ts';
import { alignmentBand, anchorChain, BAND_RADIUS, type Band, bandHoldsSharedTerms, fullBand, mutualBestPairs } from './band.ts';
import { detectMoves, MIN_MOVE_SIMILARITY } from './detect-moves.ts';
import { extendGroups, joinPrior } from './extend-groups.ts';
import { type LengthModel, lengthModel } from './length-model.ts';
import { bagOf, evidenceBy, mergeBags, similarity, type TermBag, termNumbers, weightsByNumber } from './similarity.ts';

/** One aligned group: sentences of A and of B that say the same thing (either side may be empty). */
export interface AlignedGroup {
  /** Indexes of A's sentences, consecutive. */
  a: number[];
  /** Indexes of B's sentences, consecutive. */
  b: number[];
  /** Term similarity of the two sides (0 for one-sided groups and positional pairs). */
  similarity: number;
  /** True when B's side was moved here from elsewhere in B's order (see `detectMoves`). */
  moved?: boolean;
  /** True when nothing but position pairs the two sides (see `pairGaps`). */
  positional?: boolean;
}

/** The knobs of sentence alignment; every one has a default. */
export interface AlignOptions {
  /**
   * Share of a group's content that must be covered by the other side before pairing it beats
   * leaving both sides unpaired. Kept low because paraphrase shares few words; order does the
   * rest, since the path must stay monotone. Default `MIN_COVERAGE`.
   */
  minCoverage?: number;
  /** Largest matrix (cells, (n + 1) × (m + 1)) aligned exactly, without a band. Default `EXACT_DP_CELLS`. */
  exactCells?: number;
  /** Half-width of the first band tried on inputs too large for the exact DP. Default `BAND_RADIUS`. */
  bandRadius?: number;
  /**
   * Least term similarity (Dice, 0–1) of two unpaired sentences to call them moved; such a
   * sentence is never joined to a neighbour on the pair's odds alone. Default `MIN_MOVE_SIMILARITY`.
   */
  minMoveSimilarity?: number;
  /**
   * Join a lonely sentence to a neighbouring group on the odds the pair's own groups give (see
   * `joinPrior`), not only on what it covers. Off where the lonely sentences are the question (the
   * importer asks which lines of a page a known essay leaves unpaired). Default true.
   */
  joinOnPairOdds?: boolean;
}

/** Largest group on either side: merges and splits up to 3:1 and 1:3. */
export const MAX_GROUP = 3;
/**
 * Largest group in all: 1:1, 2:1, 1:2, 3:1, 1:3 and the 2:2 regrouping. As in Gale and Church's
 * and Moore's aligners, 3:2 and larger shapes are left out: they are rarer still, and their many
 * sentences almost always share a common word across pair boundaries by chance.
 */
export const MAX_GROUP_SENTENCES = 4;
/** Default of `AlignOptions.minCoverage`. */
export const MIN_COVERAGE = 0.08;
/** Default of `AlignOptions.exactCells`: 400 × 400 sentences are aligned exactly (under a second). */
export const EXACT_DP_CELLS = 401 * 401;
/**
 * Prior cost, in the units of the evidence, of each sentence a group holds beyond 1:1. Gale and
 * Church (1993) found 2:1 and 1:2 beads ten times rarer than 1:1 in parallel text, and 2:2 a
 * hundred times: ln 10 nats a sentence. The evidence counts each shared term twice, once for the
 * content of A it covers and once for B's (`sharedEvidence`), and a term's weight, log(1 + N/df),
 * is about the log odds of meeting it by chance: evidence is twice a log-likelihood ratio, and the
 * prior is doubled to match. At ln 10 alone, one term found in every second sentence paid a
 * merge's prior, and a word two neighbouring verses share by chance regrouped two good pairs into
 * a 2:2 (on the benchmark's tuning books, over half the 2:2 rows were two pairs each right alone).
 * Now a merge must cover one more term as rare as one sentence in ten, and a regrouping two more
 * than its two pairs, to win.
 */
const GROUP_PRIOR_COST = 2 * Math.log(10);
/**
 * Prior cost, in nats, of leaving a sentence unpaired (a 1:0 or 0:1 step). Gale and Church found
 * such beads rarer still than 2:1 and 1:2 (1 % against 9 %): a sentence left out is no likelier
 * than a sentence added to a group. Without this cost, leaving a sentence out was free while
 * adding it to its neighbour's group cost `GROUP_PRIOR_COST`, so a sentence that splits off part
 * of its neighbour's counterpart ("He ate locusts and wild honey.") was left alone whenever it
 * shared less than about one rare term with it. With it, the shape priors cancel and coverage
 * alone decides: the extra sentence joins when what it covers on the other side outweighs
 * `minCoverage` of its own content. A sentence with no content at all ("A a.", `"Where is he?"`)
 * is no evidence either way and leaves nothing unexplained: it stays free to leave out, and
 * `pairGaps` places it.
 */
const UNPAIRED_COST = GROUP_PRIOR_COST;
/**
 * A merge or split that spans a paragraph break of its own witness costs this much evidence (in
 * nats, the unit of term weights) per break: reposts regroup sentences within paragraphs far more
 * often than across them, so a group across a break needs about one more shared rare term.
 */
const BLOCK_BREAK_COST = Math.log(4);
/** Cells the widest band may hold per sentence of input; keeps memory linear in the input. */
const MAX_BAND_CELLS_PER_SENTENCE = 2048;

/**
 * Stage 3, align: sequence alignment of two sentence lists by dynamic programming over shared
 * content (Gale–Church style, with term evidence instead of length). Each step takes k sentences
 * of A and l of B, 0 ≤ k, l ≤ 3: (1,0) and (0,1) leave a sentence unpaired and cost `UNPAIRED_COST` when it has content; the rest
 * pair groups (a merge, a split or a regrouping) and score the evidence that the sides cover each
 * other (`sharedEvidence`) less `minCoverage` of their content, less the prior cost of the group's
 * shape; among the groupings the words support, what the groups' lengths say (`lengthModel`)
 * is charged too. So a step says how much more it explains than leaving its sentences unpaired. The path with the highest total
 * wins. Up to `exactCells` the whole matrix is searched; beyond it, a band around the anchors'
 * path (see `alignmentBand`), widened and re-run while the best path touches its edge.
 */
export function alignSentences(
  a: readonly Sentence[],
  b: readonly Sentence[],
  weights: ReadonlyMap<string, number>,
  options: AlignOptions = {},
): AlignedGroup[] {
  const n = a.length;
  const m = b.length;
  const minCoverage = options.minCoverage ?? MIN_COVERAGE;
  // Each sentence's bag once, for the sure pairs and for the DP alike.
  const singles = { a: a.map((s) => bagOf([s], weights)), b: b.map((s) => bagOf([s], weights)) };
  const sure = mutualBestPairs(a, b, weights, singles.a, singles.b);
  const length = lengthModel(a, b, sure);
  const scorer = groupScorer(a, b, weights, minCoverage, length, singles);
  // Extended twice: once on coverage and lengths alone, to count the pair's groups and lonely
  // sentences, then with the odds of joining those counts give (see `joinPrior`).
  // A sentence that move detection pairs elsewhere stays alone in place: on the pair's odds
  // alone it would join a neighbour it covers nothing of, and the move would be hidden.
  const extend = (groups: AlignedGroup[]) => {
    const costs = { minCoverage, blockBreak: BLOCK_BREAK_COST, length };
    const first = extendGroups(groups, a, b, scorer.bagsA, scorer.bagsB, weights, costs);
    const prior = options.joinOnPairOdds === false ? 0 : joinPrior(first, a, b);
    if (prior === 0) return first;
    const moved = detectMoves(first, a, b, weights, options.minMoveSimilarity ?? MIN_MOVE_SIMILARITY).filter((g) => g.moved);
    const stay = { a: new Set(moved.flatMap((g) => g.a)), b: new Set(moved.flatMap((g) => g.b)) };
    return extendGroups(groups, a, b, scorer.bagsA, scorer.bagsB, weights, { ...costs, joinPrior: prior, stay });
  };
  if ((n + 1) * (m + 1) <= (options.exactCells ?? EXACT_DP_CELLS)) return extend(alignInBand(scorer, fullBand(n, m)).groups);
  const maxCells = MAX_BAND_CELLS_PER_SENTENCE * (n + m);
  // The first band, too, keeps to that budget: its width grows with the length difference.
  const maxWidth = Math.max(BAND_RADIUS, Math.floor(maxCells / (2 * (n + 1))));
  const anchors = anchorChain(a, b, weights, sure);
  let previousCells = -1;
  for (let radius = options.bandRadius ?? BAND_RADIUS; ; radius = 2 * radius + 1) {
    const band = alignmentBand(n, m, anchors, radius, maxWidth);
    const { groups, touchesEdge } = alignInBand(scorer, band);
    const cells = bandCells(band);
    // A path along the edge is still the best when nothing the band leaves out could be paired:
    // texts with nothing in common (thousands of sentences of one letter a side) touched it at
    // every width, and the band was widened to its largest, 2,048 cells a sentence (8 s and 317 MB
    // for 10,000 characters a side, 1 GB for 40,000).
    if (
      !touchesEdge ||
      cells >= (n + 1) * (m + 1) ||
      cells * 2 > maxCells ||
      cells === previousCells ||
      bandHoldsSharedTerms(band, scorer.bagsA, scorer.bagsB, termNumbers(weights).size, MAX_GROUP)
    )
      return extend(realignGaps(groups, scorer, options.exactCells ?? EXACT_DP_CELLS));
    previousCells = cells;
  }
}

/**
 * A band can still cut off a pair: an "only in A" row beside the "only in B" rows that are its
 * counterpart (a Hebrews pair, N144 against T190–T191). Each run of unpaired sentences between
 * two pairs is a small alignment problem of its own, so it is aligned again, exactly, whenever
 * it fits `exactCells`.
 */
function realignGaps(groups: AlignedGroup[], scorer: GroupScorer, exactCells: number): AlignedGroup[] {
  const out: AlignedGroup[] = [];
  let gap: AlignedGroup[] = [];
  const flush = () => {
    const xs = gap.flatMap((g) => g.a);
    const ys = gap.flatMap((g) => g.b);
    if (xs.length > 0 && ys.length > 0 && (xs.length + 1) * (ys.length + 1) <= exactCells) {
      const [i0, j0] = [xs[0]!, ys[0]!];
      const sub: GroupScorer = {
        n: xs.length,
        m: ys.length,
        evidence: (i, k, j, l) => scorer.evidence(i0 + i, k, j0 + j, l),
        cost: (i, k, j, l) => scorer.cost(i0 + i, k, j0 + j, l),
        lengthCost: (i, k, j, l) => scorer.lengthCost(i0 + i, k, j0 + j, l),
        similarity: (i, k, j, l) => scorer.similarity(i0 + i, k, j0 + j, l),
        unpaired: (i, k, j, l) => scorer.unpaired(i0 + i, k, j0 + j, l),
      };
      for (const g of alignInBand(sub, fullBand(xs.length, ys.length)).groups) {
        out.push({ ...g, a: g.a.map((i) => i0 + i), b: g.b.map((j) => j0 + j) });
      }
    } else for (const g of gap) out.push(g);
    gap = [];
  };
  for (const g of groups) {
    if (g.a.length > 0 && g.b.length > 0) {
      flush();
      out.push(g);
    } else gap.push(g);
  }
  flush();
  return out;
}

/** Scores the steps of the DP; built once per pair of witnesses. */
export interface GroupScorer {
  n: number;
  m: number;
  /** Evidence (`sharedEvidence`) that A's sentences `i - k … i - 1` and B's `j - l … j - 1` correspond. */
  evidence(i: number, k: number, j: number, l: number): number;
  /** What pairing them costs: `minCoverage` of their content, the prior of the shape, paragraph breaks. */
  cost(i: number, k: number, j: number, l: number): number;
  /**
   * What the two groups' lengths say against pairing them just so (see `lengthModel`). Charged on
   * top of `cost` but never a veto: it chooses among groupings that words already support, and
   * a short sentence and its long paraphrase still pair when they share the words.
   */
  lengthCost(i: number, k: number, j: number, l: number): number;
  /** Dice similarity of the same two groups. */
  similarity(i: number, k: number, j: number, l: number): number;
  /** What leaving A's sentence `i - 1` (k = 1, l = 0) or B's `j - 1` (k = 0, l = 1) unpaired costs. */
  unpaired(i: number, k: number, j: number, l: number): number;
}

/** The scorer of a whole pair, with the bag of each single sentence of A and of B. */
export interface PairScorer extends GroupScorer {
  bagsA: readonly TermBag[];
  bagsB: readonly TermBag[];
}

/**
 * Gain of a step: evidence less cost and length cost, or −∞ when the words do not support pairing; for a sentence left
 * unpaired, minus `UNPAIRED_COST` (exported for tests).
 */
export function stepGain(scorer: GroupScorer, i: number, k: number, j: number, l: number): number {
  if (k === 0 || l === 0) return -scorer.unpaired(i, k, j, l);
  const gain = scorer.evidence(i, k, j, l) - scorer.cost(i, k, j, l);
  return gain > 0 ? gain - scorer.lengthCost(i, k, j, l) : -Infinity;
}

/** The step scores of the DP over `a` and `b` (exported for tests that compare bands). */
export function groupScorer(
  a: readonly Sentence[],
  b: readonly Sentence[],
  weights: ReadonlyMap<string, number>,
  minCoverage = MIN_COVERAGE,
  length: LengthModel = lengthModel(a, b, []),
  singles?: { a: readonly TermBag[]; b: readonly TermBag[] },
): PairScorer {
  // Bags of every run of 1–3 consecutive sentences, each built once: the DP asks for each many times.
  const bagsA = groupBags(a, weights, singles?.a);
  const bagsB = groupBags(b, weights, singles?.b);
  const evidence = evidenceBy(weightsByNumber(weights));
  // Paragraph breaks counted once: the DP asks for the breaks of millions of groups.
  const breaksA = blockBreakCounts(a);
  const breaksB = blockBreakCounts(b);
  return {
    n: a.length,
    m: b.length,
    evidence: (i, k, j, l) => evidence(bagsA.bag(k, i), bagsB.bag(l, j)),
    cost(i, k, j, l) {
      const breaks = breaksA[i - 1]! - breaksA[i - k]! + breaksB[j - 1]! - breaksB[j - l]!;
      return minCoverage * (bagsA.mass[k]![i]! + bagsB.mass[l]![j]!) + GROUP_PRIOR_COST * (k + l - 2) + BLOCK_BREAK_COST * breaks;
    },
    lengthCost: length.cost,
    similarity: (i, k, j, l) => similarity(bagsA.bag(k, i), bagsB.bag(l, j), weights),
    unpaired: (i, k, j) => ((k > 0 ? bagsA.mass[1]![i]! : bagsB.mass[1]![j]!) > 0 ? UNPAIRED_COST : 0),
    bagsA: bagsA.singles,
    bagsB: bagsB.singles,
  };
}

/**
 * The shapes (k sentences of A, l of B) a step into a cell may take, in the order the DP tries
 * them (k, then l, ascending; a tie of score and rows keeps the first): listed once
 * rather than filtered out of every pair of k and l in each of the band's million cells.
 */
const [STEP_K, STEP_L] = (() => {
  const ks: number[] = [];
  const ls: number[] = [];
  for (let k = 0; k <= MAX_GROUP; k++) {
    for (let l = 0; l <= MAX_GROUP; l++) {
      if (k + l === 0 || k + l > MAX_GROUP_SENTENCES || ((k === 0 || l === 0) && k + l > 1)) continue;
      ks.push(k);
      ls.push(l);
    }
  }
  return [Int8Array.from(ks), Int8Array.from(ls)];
})();

/** What `alignInBand` allows for rounding when it compares a group's bound with the best step so far. */
const BOUND_MARGIN = 1e-6;
/**
 * Two paths whose scores differ by less than this share of the larger tie: the same steps summed
 * in another order (A's path and B's, once the witnesses swap) differ in the last bits, and a tie
 * must be broken by the rule that ignores which witness is A (fewer rows), not by rounding. One
 * pair of random texts, of two paths apart by 2e-16, took one path one way round and the other
 * swapped.
 */
const TIE = 1e-12;

/**
 * The best path through the cells of `band`, and whether it runs along the band's edge (where a
 * wider band might have found a better one).
 */
export function alignInBand(scorer: GroupScorer, band: Band): { groups: AlignedGroup[]; touchesEdge: boolean } {
  const { n, m } = scorer;
  const { lo, hi } = band;
  const NONE = -Infinity;
  // Each table is one array over the band's cells, row after row (`at`): an array per row made
  // tens of thousands of small objects that lived through the DP on a long text.
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) offset[i + 1] = offset[i]! + hi[i]! - lo[i]! + 1;
  const at = (i: number, j: number) => offset[i]! + j - lo[i]!;
  const score = new Float64Array(offset[n + 1]!).fill(NONE);
  const step = new Uint8Array(offset[n + 1]!); // k * 4 + l of the best step into the cell
  // Rows on the best path into the cell: of two paths that score the same, the one with fewer,
  // larger rows wins. Without a rule that ignores which witness is A, a tie would be broken by
  // the order steps are tried, and swapping the witnesses could change the alignment.
  const rows = new Int32Array(offset[n + 1]!);
  // Evidence of each 1:1 pair, kept: a group's evidence is at most the sum of its 1:1 pairs'
  // (min(Σx, Σy) ≤ ΣΣ min(x, y)), so most groups are ruled out without building their overlap.
  const pairs = new Float64Array(offset[n + 1]!);
  const get = (i: number, j: number) => (j < lo[i]! || j > hi[i]! ? NONE : score[at(i, j)]!);
  const bound = (i: number, k: number, j: number, l: number) => {
    let sum = 0;
    for (let x = i - k + 1; x <= i; x++) {
      for (let y = j - l + 1; y <= j; y++) {
        if (y < lo[x]! || y > hi[x]!) return Infinity;
        sum += pairs[at(x, y)]!;
      }
    }
    return sum;
  };
  score[at(0, 0)] = 0;

  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) continue;
      const pair = i > 0 && j > 0 ? scorer.evidence(i, 1, j, 1) : 0;
      pairs[at(i, j)] = pair;
      let best = NONE;
      let bestStep = 0;
      let bestRows = 0;
      let slack = 0;
      for (let s = 0; s < STEP_K.length; s++) {
        const k = STEP_K[s]!;
        const l = STEP_L[s]!;
        if (k > i || l > j) continue;
        const before = get(i - k, j - l);
        if (before === NONE) continue;
        let gain = k + l === 1 ? -scorer.unpaired(i, k, j, l) : 0;
        if (k > 0 && l > 0) {
          const cost = scorer.cost(i, k, j, l);
          let evidence = pair;
          if (k > 1 || l > 1) {
            const most = bound(i, k, j, l);
            // A group whose evidence, at most `most`, could not reach the cell's best so far is
            // never built: 288,000 of the 326,000 groups the bound left to build on the New
            // Testament pair. The margin, far above the rounding of sums of a few hundred weights,
            // keeps every group that might tie or win as before (the bound and the evidence add
            // the same weights in another order).
            if (most <= cost) evidence = 0;
            else if (before + (most - cost) < best - BOUND_MARGIN) continue;
            else evidence = scorer.evidence(i, k, j, l);
          }
          if (evidence <= cost) continue;
          // A length cost is never negative: a step that loses without it loses with it.
          if (before + (evidence - cost) < best - slack) continue;
          gain = evidence - cost - scorer.lengthCost(i, k, j, l);
        }
        const rowsBefore = rows[at(i - k, j - l)]! + 1;
        const total = before + gain;
        if (total > best + slack || (total >= best - slack && rowsBefore < bestRows)) {
          best = total;
          bestStep = k * 4 + l;
          bestRows = rowsBefore;
          slack = TIE * Math.max(1, Math.abs(best));
        }
      }
      score[at(i, j)] = best;
      step[at(i, j)] = bestStep;
      rows[at(i, j)] = bestRows;
    }
  }

  const groups: AlignedGroup[] = [];
  let touchesEdge = false;
  for (let i = n, j = m; i > 0 || j > 0; ) {
    if ((j === lo[i]! && j > 0) || (j === hi[i]! && j < m)) touchesEdge = true;
    const s = step[at(i, j)]!;
    const k = s >> 2;
    const l = s & 3;
    groups.push({ a: range(i - k, i), b: range(j - l, j), similarity: k > 0 && l > 0 ? scorer.similarity(i, k, j, l) : 0 });
    i -= k;
    j -= l;
  }
  return { groups: groups.reverse(), touchesEdge };
}

function bandCells(band: Band): number {
  let cells = 0;
  for (let i = 0; i < band.lo.length; i++) cells += band.hi[i]! - band.lo[i]! + 1;
  return cells;
}

/** The bags of the runs of 1 to `MAX_GROUP` consecutive sentences of a witness. */
interface GroupBags {
  /** `singles[i]`: the bag of sentence `i`. */
  singles: readonly TermBag[];
  /** `bag(k, end)`: the bag of sentences `end - k` to `end - 1`. */
  bag(k: number, end: number): TermBag;
  /** `mass[k][end]`: the mass of that bag, known without building it. */
  mass: Float64Array[];
}

/** A store for the object that hands out made bags (see `groupBags`) before it hands out any. */
const NO_STORE = new Int32Array(0);

/**
 * The bags of a witness's runs of sentences, from the bag of each sentence (`singles`). A group's
 * bag is built when first asked for: the DP rules out most groups by their mass and their pairs'
 * evidence alone, and building every group of two and three sentences up front held tens of
 * thousands of bags through the alignment (they grew V8's young generation to its largest on the
 * New Testament pair). Each bag and mass is made as before, a group's from the group one shorter
 * and its last sentence. A bag made is remembered as numbers in typed arrays (where its terms are,
 * how many, its mass), not as an object: 35,000 bag objects kept through the alignment of the New
 * Testament pair outlived V8's young collections.
 */
function groupBags(
  sentences: readonly Sentence[],
  weights: ReadonlyMap<string, number>,
  singles: readonly TermBag[] = sentences.map((s) => bagOf([s], weights)),
): GroupBags {
  const n = sentences.length;
  const mass: Float64Array[] = [new Float64Array(n + 1)];
  // made[k]: for each end, the store (an index into `stores`), start, size (-1: not made) and
  // mass; and the one object that hands out a bag of k sentences made before. Every caller reads
  // a bag at once and keeps nothing of it (the scorer's evidence and similarity, a merge), so one
  // object per k serves them all: an object per request was 2 % of the New Testament pair's time.
  const made: { store: Uint32Array; start: Int32Array; size: Int32Array; mass: Float64Array; handed: TermBag }[] = [];
  for (let k = 1; k <= MAX_GROUP; k++) {
    const row = new Float64Array(n + 1);
    for (let end = k; end <= n; end++) row[end] = (k === 1 ? 0 : mass[k - 1]![end - 1]!) + singles[end - 1]!.mass;
    mass.push(row);
    made[k] = {
      store: new Uint32Array(n + 1),
      start: new Int32Array(n + 1),
      size: new Int32Array(n + 1).fill(-1),
      mass: new Float64Array(n + 1),
      handed: { store: NO_STORE, start: 0, size: 0, mass: 0 },
    };
  }
  const stores: Int32Array[] = [];
  const bag = (k: number, end: number): TermBag => {
    if (k === 1) return singles[end - 1]!;
    const at = made[k]!;
    const size = at.size[end]!;
    if (size >= 0) {
      const handed = at.handed;
      handed.store = stores[at.store[end]!]!;
      handed.start = at.start[end]!;
      handed.size = size;
      handed.mass = at.mass[end]!;
      return handed;
    }
    const found = mergeBags(bag(k - 1, end - 1), singles[end - 1]!);
    if (stores.at(-1) !== found.store) stores.push(found.store);
    at.store[end] = stores.length - 1;
    at.start[end] = found.start;
    at.size[end] = found.size;
    at.mass[end] = found.mass;
    return found;
  };
  return { singles, bag, mass };
}

/**
 * Paragraph breaks before each sentence: `counts[x]` is how many of sentences 1 to x start a
 * block other than the one before them, so `counts[to - 1] - counts[from]` breaks lie between
 * sentences `from` and `to - 1`.
 */
function blockBreakCounts(sentences: readonly Sentence[]): Int32Array {
  const counts = new Int32Array(sentences.length + 1);
  for (let x = 1; x < sentences.length; x++) counts[x] = counts[x - 1]! + (sentences[x]!.block !== sentences[x - 1]!.block ? 1 : 0);
  return counts;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
