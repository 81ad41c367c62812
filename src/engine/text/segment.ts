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

/**
 * Titles before a name that ICU's sentence rules (as shipped with Node) end a sentence after:
 * "Dr. Lane paid." came back as "Dr." + "Lane paid.". Decimals and "e.g." it already handles.
 */
const TITLE_BEFORE_NAME = /(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Jr|St|Mt|Rev|Gen|Col|Lt|Sgt|Capt|Hon|vs|No|Fig)\.\s*$/;

/** Splits text into sentences; each keeps its trailing space, so they join back to the input. */
export function sentenceSegments(text: string): Segment[] {
  const out: Segment[] = [];
  let glue = false;
  for (const s of sentenceSegmenter.segment(text)) {
    const last = out.at(-1);
    if (glue && last) last.text += s.segment;
    else out.push({ text: s.segment, index: s.index, wordLike: true });
    glue = TITLE_BEFORE_NAME.test(out.at(-1)!.text);
  }
  return out;
}

/** Number of words (word-like segments) in a text. */
export function countWords(text: string): number {
  let n = 0;
  for (const s of wordSegmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}
