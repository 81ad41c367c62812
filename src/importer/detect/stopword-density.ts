import { UNSPACED_SCRIPTS } from '../../engine/text/scripts.ts';
import { tokenizeSentence } from '../../engine/tokens/tokenize.ts';
import { elisionFor } from '../../engine/text/elision.ts';
import type { LanguageProfile } from '../../engine/text/profile.ts';
import { EMAIL, URL } from './line-features.ts';

/** Lines with fewer words are too short for their stopword density to mean anything. */
const MIN_WORDS = 8;
/**
 * A line whose stopword density is under this share of the capture's typical density is a list
 * of names, a headline row or a banner, not running prose. jusText fixes the threshold per
 * stoplist (0.30 for its lists); stoplists differ in size between languages, so the capture's own
 * median, which its essay dominates, is the yardstick here.
 */
const LOW_SHARE = 0.5;
const UNSPACED = new RegExp(`[${UNSPACED_SCRIPTS}]`, 'u');

/**
 * Per line, true when it has enough words to judge and clearly fewer function words than the
 * capture's longer lines usually have (jusText's "bad" paragraph by stopword density). Always
 * false for a language without a stopword list.
 */
export function sparseInStopwords(lines: readonly string[], profile: LanguageProfile): boolean[] {
  if (profile.stopwords.size === 0) return lines.map(() => false);
  const read = new Map<string, number | undefined>();
  const elided = elisionFor(profile.language);
  const densities = lines.map((line) => {
    if (read.has(line)) return read.get(line);
    // Text written without spaces is cut into words by a dictionary, and its stoplists are short:
    // the density says little there, so such lines are not judged.
    // An address's parts ("https", "example") are no words of the language: a sentence citing one is not the sparser.
    const text = line.replace(URL, ' ').replace(EMAIL, ' ');
    const words =
      UNSPACED.test(text) || text.split(' ', MIN_WORDS).length < MIN_WORDS ? [] : tokenizeSentence(text, profile).filter((t) => t.word);
    // A word glued to an elided article ("l'estratègia") is two words, the first a function word.
    const rests = words.map((t) => elided?.(t.norm));
    const count = words.length + rests.filter((r) => r !== undefined).length;
    const stops = words.filter((t, k) => profile.stopwords.has(rests[k] ?? t.norm)).length + count - words.length;
    const density = words.length < MIN_WORDS ? undefined : stops / count;
    read.set(line, density);
    return density;
  });
  const judged = [...read.values()].filter((d): d is number => d !== undefined).sort((a, b) => a - b);
  if (judged.length === 0) return lines.map(() => false);
  const typical = judged[Math.floor(judged.length / 2)]!;
  return densities.map((d) => d !== undefined && d < LOW_SHARE * typical);
}
