/**
 * Normalisation for comparison only: tokens keep their original text for display; this form
 * decides what counts as "the same word". Case, typographic quotes and dashes, and compatibility
 * forms (full-width letters, ligatures) must not make two copies of a word differ: reposts
 * routinely change `’` to `'` or `—` to `--` without changing a word. Idempotent: a normalised
 * form normalises to itself.
 */
export function normalizeToken(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .trim();
}
