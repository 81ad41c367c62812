import { primaryTag } from './language.ts';
import type { Stemmer } from './stem.ts';

/** The content terms one normalised word gives: none for a stopword, usually its stem alone. */
export type TermsOf = (word: string) => readonly string[];

const HAN = /\p{Script=Han}/u;

/**
 * What a word contributes to the comparison of sentences, in a language: its stem, unless it is a
 * stopword. Japanese is the exception: it writes a word's content in kanji and its inflection in
 * kana, and the same word is segmented differently in older and newer spelling (新しき and 新しい,
 * 驚き and 驚いて). So a Japanese word that has kanji counts as its kanji, one term each; a word
 * of kana alone counts as itself. Chinese words do not inflect and keep their dictionary words.
 */
export function termsFor(tag: string | undefined, stopwords: ReadonlySet<string>, stem: Stemmer): TermsOf {
  const japanese = tag !== undefined && primaryTag(tag) === 'ja';
  const memo = new Map<string, readonly string[]>();
  return (word) => {
    let terms = memo.get(word);
    if (terms === undefined) {
      if (stopwords.has(word)) terms = [];
      else if (japanese && HAN.test(word)) terms = [...word].filter((ch) => HAN.test(ch));
      else terms = [stem(word)];
      memo.set(word, terms);
    }
    return terms;
  };
}
