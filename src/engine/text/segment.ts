import { ASCII_PROBE, asciiWords } from './ascii-words.ts';
import { COLONS } from './colon.ts';
import { SENTENCE_CLOSE } from './quotes.ts';
import { STOPS } from './stops.ts';

/**
 * Word and sentence segmentation with `Intl.Segmenter` (ICU, built into Node and browsers): it
 * knows abbreviations, decimals, quotes and scripts without spaces (Chinese and Japanese words by
 * dictionary), which a regex does not. Every caller that splits or counts words or sentences
 * comes here, so that a word is the same thing in a count, a diff and a figure.
 */

/** One piece of text with its offset, as the segmenter returned it. */
export interface Segment {
  /** The text, white space included, so that joining all segments gives back the input. */
  readonly text: string;
  /** Offset of `text` in the input. */
  readonly index: number;
  /** For words: true for words and numbers, false for spaces and punctuation. */
  readonly wordLike: boolean;
}

/** The segmenters of one locale. */
export interface Segmenters {
  /** The BCP 47 locale they were made for (`und` segments by the root rules). */
  locale: string;
  /** Splits text into words, spaces and punctuation; the pieces join back to the input exactly. */
  words(text: string): Segment[];
  /**
   * The words of each text, as `words` gives them, in one call to ICU: a text of many sentences
   * is segmented once, not once per sentence (each call costs several microseconds and holds
   * native memory until the next garbage collection).
   */
  wordsOfEach(texts: readonly string[]): Segment[][];
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
/**
 * A question or exclamation mark (any script's sentence terminal but the full stop, which ICU
 * already reads this way), then closing brackets and quotation marks of any style (`”`, German
 * `“`, `«`, French `» ` after a space) and spaces on the same line: the end of a segment that may
 * run on.
 */
const ASKED_OR_EXCLAIMED = /(?![.\uFF0E\uFE52])\p{Sentence_Terminal}[\p{Pe}\p{Pf}\p{Pi}"' \u00A0\u202F]*[ \u00A0\u202F]$/u;
/**
 * A segment that opens (after any punctuation: `¿`, `¡`, a quote, a dash, French `» `) with a
 * lower-case letter continues the sentence before it: `"Where is he?" they asked.`, `¡Ah! ¿qué
 * tienes con nosotros?`, `Qu'est ceci? quelle doctrine nouvelle…`. Spanish, French, German and English
 * orthography agree that a question or exclamation mark followed by a small letter is inside the
 * sentence; ICU's rules (UAX #29, SB11) end a sentence after every `?` and `!` all the same, and
 * hold back only after a full stop (SB8). Scripts without case never run on.
 */
const CONTINUES = /^[\p{P} \u00A0\u202F]*\p{Ll}/u;
const GLUE = new RegExp(`(?:^|[\\s(])(?:${SENTENCE_GLUE_ABBREVIATIONS.join('|')})\\.\\s*$`, 'i');

/**
 * Sentence-final punctuation at the end of a text, possibly followed by closing quotes or
 * brackets: Unicode's sentence terminals in every script (`.`, `。`, the Devanagari danda `।`,
 * the Arabic `؟`, the Khmer `។`…), and a colon of any script (`COLONS`), a semicolon (`;`, the
 * full-width `；`) or an ellipsis closing a line.
 */
export const SENTENCE_END = new RegExp(`[${STOPS}${COLONS};；…][${SENTENCE_CLOSE}]*$`, 'u');

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
  // A segment whose text changes is replaced, never changed (see `Segment`).
  const replace = (k: number, text: string, index: number): Segment => (segments[k] = { text, index, wordLike: segments[k]!.wordLike });
  for (let k = 0; k + 1 < segments.length; k++) {
    let here = segments[k]!;
    let next = segments[k + 1]!;
    const opener = TRAILING_OPENERS.exec(here.text)?.[0];
    if (opener) {
      // `Pi` marks close a quotation opened German-style earlier in the sentence: they stay.
      const before = here.text.slice(0, -opener.length);
      const keep = REVERSED_OPENERS.test(before) ? /^\p{Pi}*/u.exec(opener)![0] : '';
      const moved = opener.slice(keep.length);
      if (moved) {
        here = replace(k, before + keep, here.index);
        next = replace(k + 1, moved + next.text, next.index - moved.length);
      }
    }
    const closer = LEADING_CLOSERS.exec(next.text)?.[0];
    if (closer && /\S/u.test(closer) && unclosed(here.text)) {
      here = replace(k, here.text + closer, here.index);
      next = replace(k + 1, next.text.slice(closer.length), next.index + closer.length);
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
 * Characters after which a sentence may end under Unicode's sentence-break rules (UAX #29):
 * terminators (`Sentence_Terminal`, the dots of class ATerm, and the Greek question mark) and
 * paragraph separators (vertical tab and form feed added only to be safe). ICU's Greek rules
 * end sentences with the semicolon too (`GREEK_TERMINATOR`); no other locale's do, and a
 * semicolon in an English sentence sent it to ICU for nothing (most of the New Testament's).
 */
const TERMINATOR = '\\p{Sentence_Terminal}\\u2024\\uFE52\\uFF0E\\u037E';
const GREEK_TERMINATOR = `${TERMINATOR};`;
const SEPARATOR = /[\n\r\v\f\u0085\u2028\u2029]/u;

/** The `mayBreakSentence` test for a set of terminators (a character class's contents). */
function breakTest(terminators: string): (text: string) => boolean {
  const first = new RegExp(`[${terminators}]`, 'u');
  // The one ending the rules keep whole: terminators, then closing quotes and brackets, then
  // spaces (rules SB8a to SB11: no boundary inside it, and the text ends with it).
  const closingTail = new RegExp(`^[${terminators}]+[${SENTENCE_CLOSE}]*[ ]*$`, 'u');
  // The terminator first: a paragraph of several sentences is settled at its first one, where
  // looking for a separator first read all of it (every block of a witness is asked).
  const byRegex = (text: string) => {
    const found = first.exec(text);
    if (found !== null && !closingTail.test(text.slice(found.index))) return true;
    return SEPARATOR.test(text);
  };
  const semicolon = terminators.endsWith(';');
  // The same answer read without the Unicode classes as far as the text is printable ASCII, whose
  // only terminators are `.`, `!`, `?` (and the Greek `;`) and which has no separator: up to the
  // first terminator nothing else can break, and after it only `closingTail` decides. The analysis
  // asks this of every row's texts, and the two regexes were about 1 % of a New Testament pair.
  return (text) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 || c > 0x7e) return byRegex(text);
      if (c === 0x2e || c === 0x21 || c === 0x3f || (semicolon && c === 0x3b)) return !closingTail.test(text.slice(i));
    }
    return false;
  };
}
const MAY_BREAK = breakTest(TERMINATOR);
const MAY_BREAK_GREEK = breakTest(GREEK_TERMINATOR);

/**
 * False when ICU can find no sentence boundary inside `text` under `locale`'s rules (by default
 * Greek's, which end sentences at the most characters): it has no separator, and no terminator
 * but in the closing tail it ends with. The analysis asks for the sentences of tens of
 * thousands of short changed stretches ("unto ", ", ") and single sentences, and each call to ICU
 * costs several microseconds however short the text: on the New Testament pair, a tenth of a
 * collation. Such a text is one sentence, as ICU would give it (a test checks every code point).
 */
export function mayBreakSentence(text: string, locale = 'el'): boolean {
  return (isGreek(locale) ? MAY_BREAK_GREEK : MAY_BREAK)(text);
}

/** Whether ICU's sentence rules for `locale` (as it resolves the tag) are the Greek ones. */
function isGreek(locale: string): boolean {
  let tag = 'und';
  try {
    tag = new Intl.Segmenter(locale, { granularity: 'sentence' }).resolvedOptions().locale;
  } catch {
    return true; // a tag ICU refuses: the test that asks ICU the most
  }
  return /^el(?:$|[-_])/i.test(tag);
}

/**
 * Short texts whose word segmentation is kept, per locale: a comparison's changed stretches are
 * mostly a word or two ("unto ", "thee, "), the same few thousand again and again, and ICU costs
 * several microseconds a call however short the text. Longer texts are not kept: the analysis
 * reads each row's texts once (see `analyse/reading.ts`), and their segments only raised the peak
 * memory. Bounded, emptied when full.
 */
const SHORT_TEXT = 32;
const SHORT_CACHE_TEXTS = 16384;

/**
 * What `wordsOfEach` puts between texts: a paragraph separator, a word boundary before and after
 * it whatever surrounds it (UAX #29, rules WB3a and WB3b, and WB4 starts afresh after it as at
 * the start of a text), so each text segments as it would alone; a test compares the two.
 */
const TEXT_SEPARATOR = '\u2029';

/** The segmenters for a locale (a BCP 47 tag; `und` or an unknown tag uses ICU's root rules). */
export function segmentersFor(locale = 'und'): Segmenters {
  let found = cache.get(locale);
  if (found) return found;
  const tag = Intl.Segmenter.supportedLocalesOf([locale]).length ? locale : 'en';
  const wordSegmenter = new Intl.Segmenter(tag, { granularity: 'word' });
  const sentenceSegmenter = new Intl.Segmenter(tag, { granularity: 'sentence' });
  const mayBreak = isGreek(tag) ? MAY_BREAK_GREEK : MAY_BREAK;
  const icu = (text: string): Segment[] => {
    const out: Segment[] = [];
    for (const s of wordSegmenter.segment(text)) out.push({ text: s.segment, index: s.index, wordLike: s.isWordLike === true });
    return out;
  };
  // Printable ASCII segmented here, where this locale's ICU agrees (see `asciiWords`).
  const local = sameSegments(asciiWords(ASCII_PROBE)!, icu(ASCII_PROBE)) ? asciiWords : () => undefined;
  const fromIcu = (text: string): Segment[] => local(text) ?? icu(text);
  // A short text's segments as numbers (offset × 2, plus 1 for a word): no objects to keep.
  const shortCache = new Map<string, number[]>();
  const keep = (text: string, packed: number[]) => {
    if (shortCache.size >= SHORT_CACHE_TEXTS) shortCache.clear();
    shortCache.set(text, packed);
  };
  // Mapped, not filled into `new Array(n)`: that array is holey, and segments of two kinds of
  // array, holey from here and packed from ICU, dropped the optimised code of every reader of them.
  const unpack = (text: string, packed: readonly number[]): Segment[] =>
    packed.map((p, k) => {
      const start = p >> 1;
      const end = k + 1 < packed.length ? packed[k + 1]! >> 1 : text.length;
      return { text: text.slice(start, end), index: start, wordLike: (p & 1) === 1 };
    });
  found = {
    locale,
    words: (text) => {
      if (!text) return [];
      if (text.length > SHORT_TEXT) return fromIcu(text);
      let packed = shortCache.get(text);
      if (!packed) keep(text, (packed = fromIcu(text).map((s) => s.index * 2 + (s.wordLike ? 1 : 0))));
      return unpack(text, packed);
    },
    wordsOfEach: (texts) => {
      // Short texts segmented before come from the cache: a row's changed stretches are mostly
      // the same few thousand ("unto ", "thee, "), and ICU's time grows with the text it is given.
      const out: Segment[][] = new Array(texts.length);
      const asked: number[] = [];
      for (let k = 0; k < texts.length; k++) {
        const text = texts[k]!;
        const packed = text && text.length <= SHORT_TEXT ? shortCache.get(text) : undefined;
        const mine = packed ? undefined : local(text);
        if (packed) out[k] = unpack(text, packed);
        else if (mine) out[k] = mine;
        else {
          out[k] = [];
          asked.push(k);
        }
      }
      let joined = '';
      const starts: number[] = [];
      for (const k of asked) {
        starts.push(joined.length);
        joined += texts[k]! + TEXT_SEPARATOR;
      }
      let q = 0;
      if (asked.length > 0) {
        for (const s of wordSegmenter.segment(joined)) {
          while (q + 1 < asked.length && s.index >= starts[q + 1]!) q++;
          const index = s.index - starts[q]!;
          const length = texts[asked[q]!]!.length;
          if (index === length) continue; // the separator
          // Never expected (a separator breaks on both sides); if it joined a segment, ask ICU per text.
          if (index + s.segment.length > length) return texts.map(fromIcu);
          out[asked[q]!]!.push({ text: s.segment, index, wordLike: s.isWordLike === true });
        }
      }
      for (const k of asked) {
        const text = texts[k]!;
        if (text && text.length <= SHORT_TEXT)
          keep(
            text,
            out[k]!.map((s) => s.index * 2 + (s.wordLike ? 1 : 0)),
          );
      }
      return out;
    },
    sentences: (text) => {
      if (!mayBreak(text)) return text ? [{ text, index: 0, wordLike: true }] : [];
      const out: Segment[] = [];
      let glue = false;
      for (const s of sentenceSegmenter.segment(text)) {
        const last = out.at(-1);
        // Joined into a new segment (see `Segment`: never changed once made).
        if (last && (glue || (CONTINUES.test(s.segment) && ASKED_OR_EXCLAIMED.test(last.text))))
          out[out.length - 1] = { text: last.text + s.segment, index: last.index, wordLike: true };
        else out.push({ text: s.segment, index: s.index, wordLike: true });
        // GLUE ends in a full stop and white space (JavaScript's \s, what trimEnd removes):
        // checked first, as the regex tries every space of the sentence.
        const text = out.at(-1)!.text;
        glue = text.trimEnd().endsWith('.') && GLUE.test(text);
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

/** True when two segmentations of one text cut it at the same places and agree on which pieces are words. */
function sameSegments(x: readonly Segment[], y: readonly Segment[]): boolean {
  return x.length === y.length && x.every((s, k) => s.index === y[k]!.index && s.wordLike === y[k]!.wordLike);
}

/** Number of words in a text, segmented for `locale`. */
export function countWords(text: string, locale = 'und'): number {
  return segmentersFor(locale).countWords(text);
}
