import { detectLanguage, primaryTag } from '../../engine/text/language.ts';
import type { LanguageProfile } from '../../engine/text/profile.ts';
import { stopwordsFor } from '../../engine/text/stopwords.ts';
import { tokenizeSentence } from '../../engine/tokens/tokenize.ts';

/**
 * True when a line is in another language than the essay's: its letters read as another language (`detectLanguage`),
 * and more of its words are that language's function words than the essay's ("Capability Leap vs. Problem Shifting: The
 * … of AI and Crypto" over a Dutch essay). Neighbouring languages share their function words ("de", "o" in Spanish and
 * Galician), so a line whose letters merely read as a neighbour's is still the essay's.
 */
export function isInOtherLanguage(text: string, profile: LanguageProfile): boolean {
  // Of an essay in a language without lists, nothing can be told.
  if (profile.stopwords.size === 0) return false;
  const language = detectLanguage(text);
  if (language === 'und' || primaryTag(language) === primaryTag(profile.language)) return false;
  // Words as the engine reads them (`tokenizeSentence`), as stopword density reads them too.
  const words = tokenizeSentence(text, profile).flatMap((t) => (t.word ? [t.norm] : []));
  const theirs = stopwordsFor(language);
  const count = (stopwords: ReadonlySet<string>) => words.filter((w) => stopwords.has(w)).length;
  return count(theirs) > count(profile.stopwords);
}
