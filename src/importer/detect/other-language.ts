import { detectLanguage, primaryTag } from '../../engine/text/language.ts';
import type { LanguageProfile } from '../../engine/text/profile.ts';
import { stopwordsFor } from '../../engine/text/stopwords.ts';
import { tokenizeSentence } from '../../engine/tokens/tokenize.ts';
import { ACRONYM } from './line-features.ts';

/**
 * True when a line is in another language than the essay's: its letters read as another language (`detectLanguage`),
 * and more of its words are that language's function words than the essay's ("Capability Leap vs. Problem Shifting: The
 * … of AI and Crypto" over a Dutch essay). Neighbouring languages share their function words ("de", "o" in Spanish and
 * Galician), so a line whose letters merely read as a neighbour's is still the essay's.
 */
export function isInOtherLanguage(text: string, profile: LanguageProfile): boolean {
  const language = detectLanguage(text);
  if (language === 'und' || primaryTag(language) === primaryTag(profile.language)) return false;
  // Words as the engine reads them (`tokenizeSentence`), as stopword density reads them too. An acronym in a line that
  // has lower case ("AI" in "AI Layers Climb, …") is no function word, whatever another language spells so ("ai").
  const cased = /\p{Ll}/u.test(text);
  const words = tokenizeSentence(text, profile).flatMap((t) => (t.word && !(cased && ACRONYM.test(t.text.trim())) ? [t.norm] : []));
  const theirs = stopwordsFor(language);
  const count = (stopwords: ReadonlySet<string>) => words.filter((w) => stopwords.has(w)).length;
  // Of an essay in a language without lists (Uzbek), the line must read as the other language by its own function words:
  // as many as a headline holds ("… vs. … The … of AI and Crypto").
  if (profile.stopwords.size === 0) return count(theirs) >= MIN_FUNCTION_WORDS && count(theirs) >= words.length * MIN_FUNCTION_SHARE;
  return count(theirs) > count(profile.stopwords);
}

/** Function words a line in another language holds, at the least, when the essay's language has no list to weigh. */
const MIN_FUNCTION_WORDS = 2;
/** Their least share of its words: a headline's, lower than running text's (some 0.4). */
const MIN_FUNCTION_SHARE = 0.25;
