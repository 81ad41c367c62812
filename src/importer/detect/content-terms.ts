import { tokenizeSentence } from '../../engine/tokens/tokenize.ts';
import type { LanguageProfile } from '../../engine/text/profile.ts';

/**
 * The content terms of a text as the engine sees them (`LanguageProfile.terms`: word tokens less
 * the language's stopwords, stemmed). Lines are compared with these, so detection weighs words
 * the way collation does.
 */
export function contentTerms(text: string, profile: LanguageProfile): string[] {
  const terms: string[] = [];
  for (const token of tokenizeSentence(text, profile)) if (token.word && token.norm !== '') terms.push(...profile.terms(token.norm));
  return terms;
}

/** A text with fewer content terms is too short to tell its topic. */
const MIN_TOPIC_TERMS = 4;
/**
 * Share of a text's content terms the vocabulary must hold for the text to be on its topic: a
 * summary of the essay or its own paragraph, not unrelated promotion. Used only to choose between
 * kinds of boilerplate, or to join runs without evidence; it never decides alone what is essay.
 */
const ON_TOPIC = 0.3;

/**
 * Share of its content terms a line that holds a known label of page chrome must share with the essay to stay in it:
 * the label speaks against it, so its words must speak for it more than `ON_TOPIC` (a newsletter named after the
 * topic, "Merci de lire Couches & Chaînes ! Abonnez-vous …", shares a third of its words with an essay on layers).
 */
export const LABELLED_ON_TOPIC = 0.5;

/** True when enough of a text's content terms (and enough of them to judge) are the vocabulary's: `share` of them. */
export function isOnTopic(terms: readonly string[], vocabulary: Pick<ReadonlySet<string>, 'has'>, share = ON_TOPIC): boolean {
  if (terms.length < MIN_TOPIC_TERMS) return false;
  let shared = 0;
  for (const term of terms) if (vocabulary.has(term)) shared++;
  return shared >= share * terms.length;
}

/** Key terms (`sharesKeyTerms`) two texts must share, at least. */
const MIN_SHARED_KEY_TERMS = 3;

/**
 * True when two texts share their key terms, the content terms each repeats: a third of the key terms of the text with
 * fewer, three at least. Two parts of one essay repeat the same few terms ("layer", "L1", "L2", "L3", "AI") whatever
 * else their sentences say, so they share few of their terms overall; another article repeats its own. (Half, first,
 * left apart two English paraphrases split by a box, sharing a third and three sevenths; at a third, no capture of the
 * held-out sets took in a line it should not.)
 */
export function sharesKeyTerms(a: readonly string[], b: readonly string[]): boolean {
  const keys = (terms: readonly string[]) => {
    const seen = new Set<string>();
    const repeated = new Set<string>();
    for (const term of terms) (seen.has(term) ? repeated : seen).add(term);
    return repeated;
  };
  const [ka, kb] = [keys(a), keys(b)];
  const shared = [...ka].filter((term) => kb.has(term)).length;
  return shared >= MIN_SHARED_KEY_TERMS && shared * 3 >= Math.min(ka.size, kb.size);
}

/** Characters the shorter of two terms has at least to be the longer's stem (`withInflections`). */
const MIN_STEM_CHARS = 5;

/** Characters a compound's first part has at least, before the head it ends with (`withInflections`). */
const MIN_COMPOUND_PART = 3;

/**
 * A vocabulary that holds, beside its terms, their other forms: a term that begins one of them, or that one of them
 * begins, of `MIN_STEM_CHARS` characters at least (Polish "paradoks" and "paradoksu", "warstw" and "warstwy"; Turkish
 * "katma" and "katmanlaşma", which its stemmer cuts apart). Where a language has no stemmer (Polish) or its stemmer
 * leaves a case ending on, a headline's few words, often in another case than the essay's sentences give them, are
 * matched as a suffix-stripping stemmer would match them: by their beginning. (Two forms that differ in their last
 * letter, "warstwa" and "warstwy", are not: at six letters that rule also took "finanz" for "financ" and "publish" for
 * "public".) A compound of the languages that write them as one word is the same word as its head, its last part: Swedish
 * "lagerparadoxen" names the "paradox" of the essay's "paradoxens".
 */
export function withInflections(vocabulary: ReadonlySet<string>): Pick<ReadonlySet<string>, 'has'> {
  const sorted = [...vocabulary].sort();
  const begins = (term: string) => {
    // The first vocabulary term at or after `term` in sorted order is the one it begins, if any does.
    let [lo, hi] = [0, sorted.length];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    return sorted[lo]?.startsWith(term) === true;
  };
  return {
    has(term) {
      if (vocabulary.has(term)) return true;
      const chars = [...term];
      if (chars.length < MIN_STEM_CHARS) return false;
      if (begins(term)) return true;
      for (let n = chars.length - 1; n >= MIN_STEM_CHARS; n--) if (vocabulary.has(chars.slice(0, n).join(''))) return true;
      // A compound ends with its head ("lagerparadox", "schichtenparadox"): a term it ends with, past a word of its own.
      for (let n = MIN_COMPOUND_PART; n <= chars.length - MIN_STEM_CHARS; n++) if (vocabulary.has(chars.slice(n).join(''))) return true;
      return false;
    },
  };
}

/** Content terms of the vocabulary a phrase must hold to name its topic (`namesTopic`). */
const MIN_TOPIC_NAMES = 2;

/**
 * True when a phrase of a few words (a headline, too short for `isOnTopic`) names the vocabulary's topic: half its
 * distinct content terms, two at least (or `least`), are the vocabulary's.
 */
export function namesTopic(terms: readonly string[], vocabulary: Pick<ReadonlySet<string>, 'has'>, least = MIN_TOPIC_NAMES): boolean {
  const own = new Set(terms);
  const shared = [...own].filter((t) => vocabulary.has(t)).length;
  return shared >= least && shared * 2 >= own.size;
}
