/**
 * Longer than any word of a language (German compounds included), in UTF-16 units: a token this
 * long is a run of digits or letters a page or an attacker made, not a word. Work that reads a word
 * letter by letter (a stemmer, splitting a compound into parts) leaves such a token whole, so its
 * cost stays linear in the text: some Snowball stemmers are quadratic in a word's length (Arabic's
 * normalisation: 160,000 Arabic-Indic digits took 42 s), and so is trying every prefix of a word.
 */
export const MAX_WORD_LENGTH = 64;

/** True when `token` is no longer than a word can be (see `MAX_WORD_LENGTH`). */
export function isWordSized(token: string): boolean {
  return token.length <= MAX_WORD_LENGTH;
}
