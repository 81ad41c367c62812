/**
 * What the essay talks about, as a bag of content terms, so that a paragraph cut off from the
 * main run by an inline advert can be told from an unrelated advertorial: the first shares the
 * essay's vocabulary (layers, models, chains, tokens), the second does not.
 */

/** Function words that carry no topic; only words of four letters or more are counted anyway. */
const STOPWORDS = new Set([
  'that',
  'this',
  'with',
  'from',
  'have',
  'they',
  'them',
  'their',
  'there',
  'which',
  'when',
  'where',
  'were',
  'been',
  'into',
  'such',
  'also',
  'than',
  'then',
  'more',
  'most',
  'some',
  'what',
  'will',
  'would',
  'could',
  'should',
  'about',
  'other',
  'each',
  'only',
  'just',
  'over',
  'very',
  'even',
  'both',
  'these',
  'those',
  'because',
  'after',
  'before',
  'while',
  'your',
  'yours',
  'ours',
  'here',
  'does',
  'done',
  'being',
  'many',
  'much',
  'like',
  'make',
  'made',
  'upon',
  'once',
  'again',
  'same',
  'still',
  'well',
  'into',
  'onto',
]);
/** Latin words are compared by their first letters, so that "layer", "layers" and "layered" meet. */
const STEM_LENGTH = 5;
const LATIN_WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*/gu;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

/** The content terms of a text: stems of longer words, and character pairs of CJK text. */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  const lower = text.toLowerCase();
  for (const run of lower.match(CJK_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) terms.push(run.slice(i, i + 2));
  }
  for (const word of lower.replace(CJK_RUN, ' ').match(LATIN_WORD) ?? []) {
    if (word.length < 4 || STOPWORDS.has(word)) continue;
    terms.push(word.slice(0, STEM_LENGTH));
  }
  return terms;
}

/** The set of content terms of some lines. */
export function vocabularyOf(lines: Iterable<string>): Set<string> {
  const vocabulary = new Set<string>();
  for (const line of lines) for (const term of contentTerms(line)) vocabulary.add(term);
  return vocabulary;
}

/**
 * The share of a text's content terms that the vocabulary holds, from 0 to 1; 0 for a text too
 * short to judge (fewer than `minTerms` terms).
 */
export function topicalOverlap(text: string, vocabulary: ReadonlySet<string>, minTerms = 4): number {
  const terms = contentTerms(text);
  if (terms.length < minTerms) return 0;
  let shared = 0;
  for (const term of terms) if (vocabulary.has(term)) shared++;
  return shared / terms.length;
}
