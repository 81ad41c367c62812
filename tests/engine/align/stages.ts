import { alignSentences, type AlignedGroup, type AlignOptions } from '../../../src/engine/align/align-sentences.ts';
import { detectMoves } from '../../../src/engine/align/detect-moves.ts';
import { pairGaps } from '../../../src/engine/align/pair-gaps.ts';
import { termWeights } from '../../../src/engine/align/similarity.ts';
import { tokenize, type Sentence, type Witness } from '../../../src/engine/tokens/tokenize.ts';

/** A witness from paragraphs given as strings; block ids are `<sigil>p1`, `<sigil>p2`, … */
export function witness(sigil: string, ...paragraphs: string[]): Witness {
  return { id: sigil.toLowerCase(), sigil, label: sigil, blocks: paragraphs.map((text, i) => ({ id: `${sigil}p${i + 1}`, text })) };
}

/** The engine's stages run one by one on two witnesses, so a test can look at each. */
export function stages(a: Witness, b: Witness, options: AlignOptions = {}) {
  const sa = tokenize(a);
  const sb = tokenize(b);
  const weights = termWeights(sa, sb);
  const aligned = alignSentences(sa, sb, weights, options);
  const moved = detectMoves(aligned, sa, sb, weights);
  const paired = pairGaps(moved, sa, sb);
  return { sa, sb, weights, aligned, moved, paired };
}

/**
 * Groups written the way a reader would note them: `A2 A3=B2` for a pair (here a merge), `A4=`
 * for a sentence only in A, `=B5` for one only in B, `A1~B5` for a moved pair.
 */
export function show(groups: readonly AlignedGroup[], a: readonly Sentence[], b: readonly Sentence[]): string[] {
  return groups.map((g) => `${g.a.map((i) => a[i]!.id).join(' ')}${g.moved ? '~' : '='}${g.b.map((j) => b[j]!.id).join(' ')}`);
}
