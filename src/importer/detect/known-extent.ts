import { collate } from '../../engine/collate.ts';
import { MAX_WITNESS_CHARACTERS } from '../../engine/tokens/size-limit.ts';
import type { Witness } from '../../engine/tokens/tokenize.ts';
import type { Span } from './span.ts';
import type { KnownEssay } from './evidence.ts';

/**
 * The essay span less its leading and trailing lines that the known reposts' essays do not
 * account for: a translator's note above the essay, a reposter's comment or a "vote if you liked
 * it" below it, which read as prose in any language. Each known essay is collated with the
 * span's lines (the engine's own alignment: shared words, names and numbers, and lengths, so it
 * holds across languages); an edge line is the page's when the known essays that pair their own
 * first (or last) paragraph with the capture all leave it unpaired: the essay has begun (or ended)
 * without it. A known essay that does not pair that end says nothing (a copy cut short, or split
 * otherwise), and so does a span too long to collate.
 */
export function withinKnownEssay(
  lines: readonly string[],
  span: Span,
  kept: readonly number[],
  known: readonly KnownEssay[],
  language: string,
): Span {
  const texts = kept.map((i) => lines[i]!);
  if (known.length === 0 || texts.length < 2 || texts.join('').length > MAX_WITNESS_CHARACTERS) return span;
  const verdicts = known.map((essay) => {
    // The page's lines are what is asked: they join the essay's groups only on what they cover.
    const rows = collate(witness('C', language, texts), witness('K', essay.language, essay.paragraphs), { joinOnPairOdds: false }).rows;
    const paired = rows.filter((row) => row.aBlocks.length > 0 && row.bBlocks.length > 0);
    const ours = new Set(paired.flatMap((row) => row.aBlocks.map(Number)));
    const theirs = new Set(paired.flatMap((row) => row.bBlocks.map(Number)));
    return { ours, opens: theirs.has(0), closes: theirs.has(essay.paragraphs.length - 1) };
  });
  const outside = (k: number, end: 'opens' | 'closes') => {
    const voters = verdicts.filter((v) => v[end]);
    return voters.length > 0 && voters.every((v) => !v.ours.has(k));
  };
  let first = 0;
  let last = texts.length - 1;
  while (first < last && outside(first, 'opens')) first++;
  while (last > first && outside(last, 'closes')) last--;
  return { start: first === 0 ? span.start : kept[first]!, end: last === texts.length - 1 ? span.end : kept[last]! };
}

/** Paragraphs as a witness to collate, each a block numbered from 0. */
const witness = (sigil: string, language: string, texts: readonly string[]): Witness => ({
  id: sigil,
  sigil,
  label: sigil,
  language,
  blocks: texts.map((text, k) => ({ id: String(k), text })),
});
