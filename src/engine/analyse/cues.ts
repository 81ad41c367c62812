import { primaryTag } from '../text/language.ts';

/** Word classes the digest and the variant classes look for, in one language (normalised forms). */
export interface Cues {
  /** Pronouns of the author's own voice. */
  firstPerson: ReadonlySet<string>;
  /** Words that soften a claim. */
  hedges: ReadonlySet<string>;
  /** Words that strengthen a claim. */
  intensifiers: ReadonlySet<string>;
  /** Words that negate a claim. */
  negations: ReadonlySet<string>;
  /** Prefixes that negate a word ("unable", "insufficient"): a paraphrase may move a negation into one. */
  negativePrefix?: RegExp;
  /** Numbers written as words, so "3" against "three" is a formal change. */
  numberWords: ReadonlyMap<string, number>;
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));
const EMPTY: Cues = { firstPerson: new Set(), hedges: new Set(), intensifiers: new Set(), negations: new Set(), numberWords: new Map() };

const NUMBERS_EN =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty';

/**
 * Closed word classes by BCP 47 primary subtag. These are grammar, not vocabulary: short, closed
 * lists that a stopword list mixes together. A language without an entry gets no voice, hedge or
 * negation cues; names, numbers, questions and one-sided sentences are found in every language.
 */
const CUES: Readonly<Record<string, Cues>> = {
  en: {
    firstPerson: set('i me my mine myself we us our ours ourselves'),
    hedges: set(
      'perhaps maybe probably possibly likely unlikely seems seem seemed seemingly apparently arguably presumably somewhat may might',
    ),
    intensifiers: set(
      'very really extremely highly truly indeed exactly desperately absolutely completely totally definitely certainly greatly strongly deeply',
    ),
    negativePrefix: /^(un|in|im|ir|il|dis|non)\p{L}{3}/u,
    negations: set("not no never none nothing nor cannot can't won't don't doesn't didn't isn't aren't wasn't weren't without"),
    numberWords: new Map([
      ...NUMBERS_EN.split(' ').map((w, i) => [w, i] as const),
      ['thirty', 30],
      ['forty', 40],
      ['fifty', 50],
      ['hundred', 100],
      ['thousand', 1000],
      ['million', 1e6],
      ['billion', 1e9],
    ]),
  },
};

/** Cues by language tag, as asked for. */
const BY_TAG = new Map<string | undefined, Cues>();

/** The cues of a language, empty when it has none. */
export function cuesFor(tag: string | undefined): Cues {
  // Asked for every change of every row: the tag's primary subtag is worked out once per tag.
  let cues = BY_TAG.get(tag);
  if (cues === undefined) BY_TAG.set(tag, (cues = CUES[primaryTag(tag)] ?? EMPTY));
  return cues;
}
