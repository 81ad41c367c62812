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
  const language = tag && primaryTag(tag) !== 'und' ? tag : sample ? confirmed(detectLanguage(sample), sample) : 'und';
  const stopwords = options.stopwords ?? stopwordsFor(language);
  const stem = options.stem ?? stemmerFor(language);
  return { language, segmenters: segmentersFor(language), stopwords, stem, terms: termsFor(language, stopwords, stem) };
}

/**
 * The language detected in a sample, or `und` when the sample's words hold too few of that language's function words
 * for text in it: letters alike mislead the detector between languages of the Latin script (Welsh read as English or
 * Spanish, Icelandic as Swedish), where running text of every listed language holds a tenth of them or more. Other
 * scripts are taken as detected: words glued to their particles (Korean) or unspaced hold few listed words.
 */
function confirmed(language: string, sample: string): string {
  const stopwords = stopwordsFor(language);
  const words = sample.toLowerCase().match(/\p{L}[\p{L}\p{M}'’]*/gu) ?? [];
  const latin = words.filter((w) => /^\p{Script=Latin}/u.test(w)).length;
  if (stopwords.size === 0 || words.length < MIN_CONFIRMING_WORDS || latin * 2 < words.length) return language;
  return words.filter((w) => stopwords.has(w)).length >= MIN_FUNCTION_SHARE * words.length ? language : 'und';
}

/** Words a sample needs before its function words confirm its language. */
const MIN_CONFIRMING_WORDS = 40;
/** The least share of function words in running text of a language written in the Latin script. */
const MIN_FUNCTION_SHARE = 0.09;
