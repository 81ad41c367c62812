import { normalizeToken } from '../text/normalize.ts';
import type { Reader } from './reading.ts';

/** A named thing or a number found in a text. */
export interface Mention {
  kind: 'name' | 'number';
  /** As written, e.g. "DeepSeek R1". */
  text: string;
  /** Its words, normalised. */
  words: string[];
}

/** A letter that has case, upper case. */
const UPPER = /^\p{Lu}/u;
/** Two capitals in a word: an acronym ("TVL", "LLMs") or an inner capital ("DeepSeek", "OpenAI"). */
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
/** A word with a digit: a number ("2025", "3.5") or a code ("R1", "L2"). */
const DIGIT = /\p{Nd}/u;
const ONLY_NUMBER = /^[\p{Nd}.,]+%?$/u;
/** What every mention has somewhere: a capital (`UPPER`) or a digit (`DIGIT`, `ONLY_NUMBER`; ICU never makes a word of `.` or `,` alone). */
const CAPITAL_OR_DIGIT = /[\p{Lu}\p{Nd}]/u;

/**
 * Named things and numbers in a text, language-neutral: a run of capitalised words inside a
 * sentence (a sentence's first word is capitalised anyway, so it counts only when it is an acronym
 * or has an inner capital), acronyms anywhere, codes with digits joined to the name before them
 * ("DeepSeek R1"), and numbers in digits (number words such as "one" are too often pronouns to count). Scripts
 * without case yield only numbers: no guess is better than a wrong one.
 */
export function mentions(text: string, read: Reader): Mention[] {
  // A name has a capital and a number a digit: a text with neither has no mention, and its
  // sentences and words need not be read. Most changed stretches are such ("unto thee, "), and
  // each was split into sentences for nothing.
  if (!CAPITAL_OR_DIGIT.test(text)) return [];
  const found: Mention[] = [];
  // One run of name words and one `flush` for the whole text, emptied and reused: an array and a
  // closure made for every sentence of every changed stretch were a tenth of what the analysis of
  // a New Testament pair allocated.
  const run: string[] = [];
  const flush = () => {
    if (run.length === 0) return; // most words end no name: nothing to make for them
    // Its words pushed, not mapped (see \`Reader.norms\`).
    const words: string[] = [];
    for (let i = 0; i < run.length; i++) words.push(normalizeToken(run[i]!));
    found.push({ kind: 'name', text: run.join(' '), words });
    run.length = 0;
  };
  // Indexed loops: the inner loop's optimised code (on stack replacement) is left whenever it
  // ends, and the unoptimised for…of it went back to made an iterator result for every word.
  const sentences = read.sentences(text);
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    let first = true;
    let opener: string | undefined;
    const segments = read.segments(sentence.text);
    for (let g = 0; g < segments.length; g++) {
      const segment = segments[g]!;
      if (!segment.wordLike) {
        // White space continues a name; punctuation ends it ("OpenAI, Anthropic").
        if (segment.text.trim()) {
          flush();
          opener = undefined;
        }
        continue;
      }
      const word = segment.text;
      const startsSentence = first;
      first = false;
      // Most words are lower-case letters, which are neither a number nor part of a name: they
      // end any name before them, as the tests below would find after four regexes.
      if (lowerAscii(word)) {
        flush();
        opener = undefined;
        continue;
      }
      if (ONLY_NUMBER.test(word)) {
        if (run.length) {
          run.push(word);
          continue;
        }
        flush();
        // "1)" or "2." opening a heading is a list marker, not a figure of the text.
        const marker = startsSentence && /^\s*[.)]/.test(sentence.text.slice(segment.index + word.length));
        // Normalised only here: most words are no number (a tenth of the analysis's normalising).
        if (!marker) found.push({ kind: 'number', text: word, words: [normalizeToken(word)] });
        continue;
      }
      const named =
        word.length > 1 &&
        (TWO_CAPITALS.test(word) || (UPPER.test(word) && !startsSentence) || (DIGIT.test(word) && (run.length > 0 || UPPER.test(word))));
      if (named) {
        // A capitalised first word followed by a name belongs to it: "Edith Marsh, the keeper…".
        if (run.length === 0 && opener && !DIGIT.test(word)) run.push(opener);
        run.push(word);
      } else flush();
      opener = startsSentence && UPPER.test(word) && word.length > 1 && !named ? word : undefined;
    }
    flush();
  }
  return found;
}

/** True for a word of the letters a to z alone. */
function lowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return word.length > 0;
}
