/**
 * Word and sentence segmentation with `Intl.Segmenter` (ICU, built into Node and browsers): it
 * knows abbreviations, decimals, quotes and scripts without spaces (Chinese and Japanese words by
 * dictionary), which a regex does not. Every caller that splits or counts words or sentences
 * comes here, so that a word is the same thing in a count, a diff and a figure.
 */

/** One piece of text with its offset, as the segmenter returned it. */
export interface Segment {
  /** The text, white space included, so that joining all segments gives back the input. */
  text: string;
  /** Offset of `text` in the input. */
  index: number;
  /** For words: true for words and numbers, false for spaces and punctuation. */
  wordLike: boolean;
}

/** The segmenters of one locale. */
export interface Segmenters {
  /** The BCP 47 locale they were made for (`und` segments by the root rules). */
  locale: string;
  /** Splits text into words, spaces and punctuation; the pieces join back to the input exactly. */
  words(text: string): Segment[];
  /** Splits text into sentences; each keeps its trailing space, so they join back to the input. */
  sentences(text: string): Segment[];
  /** Number of words (word-like segments) in a text. */
  countWords(text: string): number;
}

/**
 * Abbreviations before a name or number that ICU's sentence rules (as shipped with Node) end a
 * sentence after: "Dr. Lane paid." came back as "Dr." + "Lane paid.". One entry per line of the
 * list, in any of the languages the engine knows; decimals and "e.g." ICU already handles.
 */
export const SENTENCE_GLUE_ABBREVIATIONS: readonly string[] = [
  'Mr',
  'Mrs',
  'Ms',
  'Mx',
  'Dr',
  'Prof',
  'Sr',
  'Sra',
  'Jr',
  'St',
  'Ste',
  'Mt',
  'Rev',
  'Gen',
  'Col',
  'Lt',
  'Sgt',
  'Capt',
  'Hon',
  'vs',
  'No',
  'Nr',
  'Fig',
  'Mme',
  'Mlle',
  'Hr',
  'Fr',
  'Dres',
  'ca',
  'bzw',
  'vgl',
  'vol',
  'ft',
];
const GLUE = new RegExp(`(?:^|[\\s(])(?:${SENTENCE_GLUE_ABBREVIATIONS.join('|')})\\.\\s*$`, 'i');

/**
 * Sentence-final punctuation at the end of a text, possibly followed by closing quotes or
 * brackets, in Latin and CJK scripts.
 */
export const SENTENCE_END = /[.!?:;…。！？]["'”’»)\]）」』]*$/u;

/** True when a line or text ends like a sentence. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

/** Opening marks that end a segment: a bracket or quote, with nothing after it. */
const TRAILING_OPENERS = /[\p{Ps}\p{Pi}]+$/u;
/** Closing marks (with the spaces around them) that begin a segment. */
const LEADING_CLOSERS = /^\s*[\p{Pe}\p{Pf}]+\s*/u;
/** Marks that open a quotation closed by a `Pi` mark (German „…“, ‚…‘; Danish »…«). */
const REVERSED_OPENERS = /[„‚»]/u;

/**
 * ICU's sentence rules treat every bracket and quotation mark after a full stop as closing the
 * sentence (UAX #29 class Close), which is wrong on both sides of a quotation:
 * - with no space between, an opening mark is kept by the sentence before it: `言われた。「` +
 *   `さあ、行こう。」`, `他问。“` + `去哪？”`. An opening mark never ends a sentence, so it moves
 *   to the sentence it opens;
 * - with a space before a closing mark, as French sets it, the mark starts the next sentence:
 *   `« Viens. ` + `» Puis il partit.`. A closing mark that closes what the sentence before left
 *   open moves back to it.
 * The pieces still join back to the input.
 */
export function mendQuoteBreaks(segments: Segment[]): Segment[] {
  for (let k = 0; k + 1 < segments.length; k++) {
    const here = segments[k]!;
    const next = segments[k + 1]!;
    const opener = TRAILING_OPENERS.exec(here.text)?.[0];
    if (opener) {
      // `Pi` marks close a quotation opened German-style earlier in the sentence: they stay.
      const before = here.text.slice(0, -opener.length);
      const keep = REVERSED_OPENERS.test(before) ? /^\p{Pi}*/u.exec(opener)![0] : '';
      const moved = opener.slice(keep.length);
      if (moved) {
        here.text = before + keep;
        next.text = moved + next.text;
        next.index -= moved.length;
      }
    }
    const closer = LEADING_CLOSERS.exec(next.text)?.[0];
    if (closer && /\S/u.test(closer) && unclosed(here.text)) {
      here.text += closer;
      next.text = next.text.slice(closer.length);
      next.index += closer.length;
    }
    if (here.text === '') segments.splice(k--, 1);
    else if (next.text === '') {
      segments.splice(k + 1, 1);
      k--;
    }
  }
  return segments;
}

/** True when a text opens more brackets and quotations than it closes. */
function unclosed(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (/[\p{Ps}\p{Pi}]/u.test(ch)) depth++;
    else if (/[\p{Pe}\p{Pf}]/u.test(ch)) depth--;
  }
  return depth > 0;
}

const cache = new Map<string, Segmenters>();

/**
 * Texts whose word segmentation is kept, per locale. The analysis asks for the words of the same
 * row text several times over (presence, mentions, variants, digest: about eight times each on
 * the New Testament pair), and ICU segmentation was a quarter of the whole run; a bounded cache,
 * emptied when full, keeps the boundaries found in recent texts without holding a long witness's
 * words in memory.
 */
const WORDS_CACHE_TEXTS = 512;

/** The segmenters for a locale (a BCP 47 tag; `und` or an unknown tag uses ICU's root rules). */
export function segmentersFor(locale = 'und'): Segmenters {
  let found = cache.get(locale);
  if (found) return found;
  const tag = Intl.Segmenter.supportedLocalesOf([locale]).length ? locale : 'en';
  const wordSegmenter = new Intl.Segmenter(tag, { granularity: 'word' });
  const sentenceSegmenter = new Intl.Segmenter(tag, { granularity: 'sentence' });
  const wordsCache = new Map<string, { starts: Int32Array; wordLike: Uint8Array }>();
  found = {
    locale,
    words: (text) => {
      // Only the boundaries are kept (two typed arrays, no objects): cached objects would outlive
      // the young generation and pile up as old garbage, raising peak memory by a third.
      let found = wordsCache.get(text);
      if (!found) {
        const starts: number[] = [];
        const wordLike: number[] = [];
        for (const s of wordSegmenter.segment(text)) {
          starts.push(s.index);
          wordLike.push(s.isWordLike ? 1 : 0);
        }
        if (wordsCache.size >= WORDS_CACHE_TEXTS) wordsCache.clear();
        wordsCache.set(text, (found = { starts: Int32Array.from(starts), wordLike: Uint8Array.from(wordLike) }));
      }
      const { starts, wordLike } = found;
      const out: Segment[] = new Array(starts.length);
      for (let k = 0; k < starts.length; k++) {
        const end = k + 1 < starts.length ? starts[k + 1]! : text.length;
        out[k] = { text: text.slice(starts[k]!, end), index: starts[k]!, wordLike: wordLike[k] === 1 };
      }
      return out;
    },
    sentences: (text) => {
      const out: Segment[] = [];
      let glue = false;
      for (const s of sentenceSegmenter.segment(text)) {
        const last = out.at(-1);
        if (glue && last) last.text += s.segment;
        else out.push({ text: s.segment, index: s.index, wordLike: true });
        glue = GLUE.test(out.at(-1)!.text);
      }
      return mendQuoteBreaks(out);
    },
    countWords: (text) => {
      let n = 0;
      for (const s of wordSegmenter.segment(text)) if (s.isWordLike) n++;
      return n;
    },
  };
  cache.set(locale, found);
  return found;
}

/** Number of words in a text, segmented for `locale`. */
export function countWords(text: string, locale = 'und'): number {
  return segmentersFor(locale).countWords(text);
}
