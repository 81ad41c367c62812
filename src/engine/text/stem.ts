import snowball from 'snowball-stemmers';
import { languageInfo } from './language.ts';

/** Maps a normalised word to its stem. */
export type Stemmer = (word: string) => string;

const cache = new Map<string, Stemmer>();
const identity: Stemmer = (word) => word;
/**
 * Longer than any word of a language (German compounds included): a token this long is a run of
 * digits or letters a page or an attacker made, and it stays as it is. Some Snowball stemmers
 * (Arabic's normalisation) are quadratic in a word's length: 160,000 Arabic-Indic digits took 42 s.
 */
const MAX_STEMMED_CHARS = 64;

/**
 * The Snowball stemmer of a language ("capabilities" and "capability" meet; "speed" stays
 * "speed"), memoised per word because texts repeat their words; the identity for languages
 * without one (Chinese, Japanese: their words do not inflect), and for a token longer than any word.
 */
export function stemmerFor(tag: string | undefined): Stemmer {
  const algorithm = languageInfo(tag)?.snowball;
  if (!algorithm) return identity;
  let stemmer = cache.get(algorithm);
  if (!stemmer) {
    const snow = snowball.newStemmer(algorithm);
    const memo = new Map<string, string>();
    stemmer = (word) => {
      let stem = memo.get(word);
      if (stem === undefined) memo.set(word, (stem = word.length > MAX_STEMMED_CHARS ? word : snow.stem(word)));
      return stem;
    };
    cache.set(algorithm, stemmer);
  }
  return stemmer;
}
