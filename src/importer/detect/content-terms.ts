import { tokenizeSentence } from '../../engine/tokens/tokenize.ts';
import type { LanguageProfile } from '../../engine/text/profile.ts';

/**
 * The content terms of a text as the engine sees them: word tokens less the language's stopwords,
 * stemmed. Lines are compared with these, so detection weighs words the way collation does.
 */
export function contentTerms(text: string, profile: LanguageProfile): string[] {
  const terms: string[] = [];
  for (const token of tokenizeSentence(text, profile)) {
    if (token.word && token.norm !== '' && !profile.stopwords.has(token.norm)) terms.push(profile.stem(token.norm));
  }
  return terms;
}

/**
 * The share of a text's content terms that the vocabulary holds, from 0 to 1; 0 for a text too
 * short to judge (fewer than `minTerms` terms).
 */
export function overlap(terms: readonly string[], vocabulary: ReadonlySet<string>, minTerms = 1): number {
  if (terms.length < minTerms) return 0;
  let shared = 0;
  for (const term of terms) if (vocabulary.has(term)) shared++;
  return shared / terms.length;
}
