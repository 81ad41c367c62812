/**
 * Normalisation for comparison only: tokens keep their original text for display; these forms
 * decide what counts as "the same word". Case, typographic quotes and dashes, and compatibility
 * forms (full-width letters, ligatures) must not make two copies of a word differ: reposts
 * routinely change `’` to `'` or `—` to `--` without changing a word.
 */
export function normalizeToken(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .trim();
}

/** Short function words that carry no content; they are left out of similarity, not out of diffs. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor so yet of to in on at by for from with as into onto upon about over under than then
   that this these those there here it its it's is are was were be been being am do does did has have had having
   will would shall should can could may might must i you he she we they me him her us them my your his our their
   what which who whom whose when where why how all any each both either neither one not no just also very too
   more most such own same other only even if because while though although like until till after before during
   through throughout out up down off once still again further then than via per upon within without among`.split(/\s+/),
);

/**
 * A light suffix stripper, enough to meet "solves"/"solve", "capabilities"/"capability",
 * "layered"/"layering"/"layer". Paraphrases change inflection far more often than they change a
 * word's stem; a full Porter stemmer would buy little more here and over-conflate short words.
 */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  const rules: [RegExp, string][] = [
    [/ies$/, 'y'],
    [/(ss|us)$/, '$1'],
    [/ing$/, ''],
    [/ed$/, ''],
    [/es$/, 'e'],
    [/s$/, ''],
    [/ly$/, ''],
  ];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(word)) {
      const stemmed = word.replace(pattern, replacement);
      return stemmed.length >= 3 ? stemmed.replace(/e$/, '') : word;
    }
  }
  return word.replace(/e$/, '');
}
