import snowball from 'snowball-stemmers';
import { languageInfo } from './language.ts';
import { isWordSized } from './word-length.ts';

/** Maps a normalised word to its stem. */
export type Stemmer = (word: string) => string;

const cache = new Map<string, Stemmer>();
const identity: Stemmer = (word) => word;

/**
 * The Snowball stemmer of a language ("capabilities" and "capability" meet; "speed" stays
 * "speed"), memoised per word because texts repeat their words; the identity for languages
 * without one (Chinese, Japanese: their words do not inflect), and for a token longer than any word (`isWordSized`).
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
      if (stem === undefined) memo.set(word, (stem = isWordSized(word) ? snow.stem(word) : word));
      return stem;
    };
    cache.set(algorithm, stemmer);
  }
  return stemmer;
}
