import { detectLanguage, primaryTag } from './language.ts';
import { segmentersFor, type Segmenters } from './segment.ts';
import { type Stemmer, stemmerFor } from './stem.ts';
import { stopwordsFor } from './stopwords.ts';
import { type TermsOf, termsFor } from './terms.ts';

/** Everything language-dependent the engine uses on one text. */
export interface LanguageProfile {
  /** BCP 47 tag (`und` when unknown). */
  language: string;
  /** Word and sentence segmentation for that language. */
  segmenters: Segmenters;
  /** Normalised stopwords. */
  stopwords: ReadonlySet<string>;
  /** Stemmer for normalised words. */
  stem: Stemmer;
  /** The content terms of a normalised word (none for a stopword; see `termsFor`). */
  terms: TermsOf;
}

/** Overrides for a profile: a caller may bring its own stopwords or stemmer. */
export interface ProfileOptions {
  stopwords?: ReadonlySet<string>;
  stem?: Stemmer;
}

/**
 * The profile of a language tag, or of the language detected in `sample` when the tag is missing
 * or `und`. Segmentation follows the full tag (`zh-Hant`); lists follow its primary subtag.
 */
export function languageProfile(tag: string | undefined, sample = '', options: ProfileOptions = {}): LanguageProfile {
  const language = tag && primaryTag(tag) !== 'und' ? tag : sample ? detectLanguage(sample) : 'und';
  const stopwords = options.stopwords ?? stopwordsFor(language);
  const stem = options.stem ?? stemmerFor(language);
  return { language, segmenters: segmentersFor(language), stopwords, stem, terms: termsFor(language, stopwords, stem) };
}
