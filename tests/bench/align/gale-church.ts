import type { Group } from './score.ts';

/**
 * Gale & Church (1993), "A Program for Aligning Sentences in Bilingual Corpora": a DP over
 * sentence lengths alone (characters), with beads 1:1, 1:0, 0:1, 2:1, 1:2 and 2:2. The classic
 * length-based baseline: it reads no word, so it shows what lengths alone give. Run within each
 * pair of corresponding blocks (the paper aligns paragraphs first, then sentences within them).
 */

/** Prior probability of each bead, from the paper's hand-aligned sample. */
const BEADS: readonly { da: number; db: number; prior: number }[] = [
  { da: 1, db: 1, prior: 0.89 },
  { da: 1, db: 0, prior: 0.0099 / 2 },
  { da: 0, db: 1, prior: 0.0099 / 2 },
  { da: 2, db: 1, prior: 0.089 / 2 },
  { da: 1, db: 2, prior: 0.089 / 2 },
  { da: 2, db: 2, prior: 0.011 },
];
/** Variance of B's length per character of A, as in the paper. */
const VARIANCE = 6.8;

/** Two-sided tail of the standard normal, by the Abramowitz–Stegun approximation the paper uses. */
function tail(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const pd =
    1 -
    0.3989423 * Math.exp((-z * z) / 2) * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return 2 * (1 - pd);
}

/** −log P(bead with these lengths), with `ratio` = B characters per A character. */
function cost(la: number, lb: number, ratio: number, prior: number): number {
  if (la === 0 && lb === 0) return 0;
  const mean = (la + lb / ratio) / 2;
  const delta = (lb - la * ratio) / Math.sqrt(mean * VARIANCE);
  return -Math.log(prior) - Math.log(Math.max(tail(Math.abs(delta)), 1e-300));
}

/** Aligns one block: `a` and `b` are sentence lengths, `offsetA`/`offsetB` their first indices. */
export function galeChurchBlock(a: readonly number[], b: readonly number[], offsetA: number, offsetB: number, ratio: number): Group[] {
  const n = a.length;
  const m = b.length;
  const best = new Float64Array((n + 1) * (m + 1)).fill(Number.POSITIVE_INFINITY);
  const move = new Int8Array((n + 1) * (m + 1)).fill(-1);
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      BEADS.forEach((bead, k) => {
        if (bead.da > i || bead.db > j) return;
        const from = best[(i - bead.da) * (m + 1) + (j - bead.db)]!;
        if (!Number.isFinite(from)) return;
        let la = 0;
        let lb = 0;
        for (let x = i - bead.da; x < i; x++) la += a[x]!;
        for (let y = j - bead.db; y < j; y++) lb += b[y]!;
        const total = from + cost(la, lb, ratio, bead.prior);
        if (total < best[i * (m + 1) + j]!) (best[i * (m + 1) + j] = total), (move[i * (m + 1) + j] = k);
      });
    }
  }
  const groups: Group[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const bead = BEADS[move[i * (m + 1) + j]!]!;
    const g: Group = { a: [], b: [] };
    for (let x = i - bead.da; x < i; x++) g.a.push(offsetA + x);
    for (let y = j - bead.db; y < j; y++) g.b.push(offsetB + y);
    groups.push(g);
    i -= bead.da;
    j -= bead.db;
  }
  return groups.reverse();
}

/**
 * Gale–Church over two witnesses' sentences, block by block (blocks matched by id, in A's order;
 * a block only one side has is left unaligned). Lengths are characters without spaces, so that
 * languages written without spaces are measured like the others.
 */
export function galeChurch(a: readonly { text: string; block: string }[], b: readonly { text: string; block: string }[]): Group[] {
  const len = (s: { text: string }) => s.text.replace(/\s/g, '').length;
  const ratio =
    b.reduce((n, s) => n + len(s), 0) /
    Math.max(
      1,
      a.reduce((n, s) => n + len(s), 0),
    );
  const byBlock = (side: readonly { text: string; block: string }[]) => {
    const map = new Map<string, number[]>();
    side.forEach((s, i) => (map.get(s.block) ?? map.set(s.block, []).get(s.block)!).push(i));
    return map;
  };
  const blocksB = byBlock(b);
  const groups: Group[] = [];
  for (const [block, ia] of byBlock(a)) {
    const ib = blocksB.get(block);
    if (!ib) continue;
    groups.push(
      ...galeChurchBlock(
        ia.map((i) => len(a[i]!)),
        ib.map((j) => len(b[j]!)),
        ia[0]!,
        ib[0]!,
        ratio,
      ),
    );
  }
  return groups;
}
