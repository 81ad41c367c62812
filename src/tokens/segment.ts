/**
 * Word and sentence segmentation with `Intl.Segmenter` (ICU, built into Node and browsers): it
 * knows abbreviations, decimals, quotes and scripts without spaces, which a regex does not.
 */
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });
const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** One piece of text with its offset, as the segmenter returned it. */
export interface Segment {
  /** The text, white space included, so that joining all segments gives back the input. */
  text: string;
  /** Offset of `text` in the input. */
  index: number;
  /** For words: true for words and numbers, false for spaces and punctuation. */
  wordLike: boolean;
}

/** Splits text into words, spaces and punctuation; the pieces join back to the input exactly. */
export function wordSegments(text: string): Segment[] {
  return Array.from(wordSegmenter.segment(text), (s) => ({ text: s.segment, index: s.index, wordLike: s.isWordLike ?? false }));
}

/** Splits text into sentences; each keeps its trailing space, so they join back to the input. */
export function sentenceSegments(text: string): Segment[] {
  return Array.from(sentenceSegmenter.segment(text), (s) => ({ text: s.segment, index: s.index, wordLike: true }));
}

/** Number of words (word-like segments) in a text. */
export function countWords(text: string): number {
  let n = 0;
  for (const s of wordSegmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}
