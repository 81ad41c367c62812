import { elisionFor } from './elision.ts';
import { foldHanVariants } from './han-variants.ts';
import { primaryTag } from './language.ts';
import type { Stemmer } from './stem.ts';

/** The content terms one normalised word gives: none for a stopword, usually its stem alone. */
export type TermsOf = (word: string) => readonly string[];

const HAN = /\p{Script=Han}/u;
const HANGUL = /^\p{Script=Hangul}+$/u;
const HIRAGANA = /^[\p{Script=Hiragana}ー]+$/u;
/** Languages written in Han characters (primary subtags). */
const HAN_LANGUAGES = new Set(['zh', 'ja', 'ko']);

/**
 * What a word contributes to the comparison of sentences, in a language: its stem, unless it is a
 * stopword; in French, Italian and Catalan, the stem of the word after an elided article or
 * preposition ("l'essai" counts as "essai": see `elisionFor`). Japanese is the exception: it writes a word's content in kanji and its inflection in
 * kana, and the same word is segmented differently in older and newer spelling (新しき and 新しい,
 * 驚き and 驚いて). So a Japanese word that has kanji counts as its kanji, one term each; a word
 * of hiragana alone is a particle, an auxiliary or an ending (した, ありま, せん) and counts for
 * nothing; a word of katakana (a loanword: レイヤー) counts as itself. Chinese words do not inflect and keep their dictionary words.
 * Korean glues its particles and endings to the word (레이어는, 레이어의: "the layer" as subject,
 * as owner) and has no stemmer here: a Hangul word counts as its overlapping pairs of syllables,
 * as Lucene's CJK analyser indexes it, so the forms of one word share all pairs but the last.
 */
export function termsFor(tag: string | undefined, stopwords: ReadonlySet<string>, stem: Stemmer): TermsOf {
  // Most languages need no memo of their own: a stem is memoised by the stemmer (`stemmerFor`),
  // and a memo here held an entry and an array for every distinct word of a witness through the
  // whole collation, which outlived V8's young collections (2 MB on the New Testament pair, more
  // on an inflected language). Japanese terms are worked out character by character: memoised.
  const language = tag === undefined ? undefined : primaryTag(tag);
  if (language === undefined || !HAN_LANGUAGES.has(language)) {
    const own = (word: string) => (stopwords.has(word) ? NO_TERMS : [stem(word)]);
    // A word glued to an elided article or preposition ("l'essai", "dell'analisi") counts as the word after it.
    const elided = elisionFor(language);
    return elided === undefined ? own : (word) => own(elided(word) ?? word);
  }
  // Languages written in Han characters: each character counts in every one of its standard
  // forms (traditional, simplified, Japanese new forms: see `foldHanVariants`).
  const memo = new Map<string, readonly string[]>();
  return (word) => {
    let terms = memo.get(word);
    if (terms === undefined) {
      if (stopwords.has(word)) terms = NO_TERMS;
      else if (language === 'ko' && HANGUL.test(word)) terms = syllablePairs(word);
      else if (language === 'ja' && HIRAGANA.test(word)) terms = NO_TERMS;
      else if (!HAN.test(word)) terms = [stem(word)];
      else if (language === 'ja') terms = [...word].filter((ch) => HAN.test(ch)).map(foldHanVariants);
      else terms = [stem(foldHanVariants(word))];
      memo.set(word, terms);
    }
    return terms;
  };
}

/** What a stopword gives. */
const NO_TERMS: readonly string[] = Object.freeze([]);

/** A word's overlapping pairs of characters (one pair for a word of two, the word itself for one). */
function syllablePairs(word: string): string[] {
  const chars = [...word];
  if (chars.length <= 2) return [word];
  return chars.slice(1).map((ch, k) => chars[k]! + ch);
}
