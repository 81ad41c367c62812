/**
 * Normalisation for comparison only: tokens keep their original text for display; this form
 * decides what counts as "the same word". Case, typographic quotes and dashes, compatibility
 * forms (full-width letters, ligatures) and a letter's two spellings (Romanian ș and ş) must not
 * make two copies of a word differ: reposts routinely change `’` to `'` or `—` to `--` without
 * changing a word. Idempotent: a normalised form normalises to itself.
 */
export function normalizeToken(text: string): string {
  if (isOwnNorm(text)) return text;
  if (text.length > MEMO_MAX_LENGTH) return normalize(text);
  let norm = memo.get(text);
  if (norm === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(text, (norm = normalize(text)));
  }
  return norm;
}

/**
 * Normalised forms of recent words. The analysis normalises the same few thousand word forms
 * over and over (every row's words, for each of several questions): four Unicode passes each time
 * were a tenth of a New Testament collation. Bounded, and only for word-sized strings, so a long
 * text keeps nothing alive.
 */
const memo = new Map<string, string>();
const MEMO_SIZE = 65536;
const MEMO_MAX_LENGTH = 40;

/**
 * True when `text` is its own normalised form without asking: printable ASCII (which NFKC leaves
 * as it is) with no capital, no backtick (made an apostrophe) and no space (trimmed). Most words
 * of an English text are, and a look-up in the memo cost more than this scan.
 */
function isOwnNorm(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || (c >= 0x41 && c <= 0x5a) || c === 0x60) return false;
  }
  return true;
}

/**
 * Romanian's ș and ț, written with a comma below today (U+0219, U+021B) and with a cedilla (ş, ţ) in older text and in
 * the data of its Snowball stemmer and its stopword list ("şi", "-ţi", "-ităţi"): one letter each, in two spellings, folded
 * to the cedilla's. With the comma, a Romanian text had no stopwords and half its endings unstemmed. Turkish writes ş
 * with a cedilla already, and no other language writes these two letters.
 */
const ROMANIAN_CEDILLA: Readonly<Record<string, string>> = { '\u0219': '\u015f', '\u021b': '\u0163' };

/** The normalised form of `text`, worked out (`normalizeToken` memoises it); exported for tests. */
export function normalize(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // Turkish and Azerbaijani "İ" lower-cases to "i" and a combining dot: the dot is the capital's, not a second letter.
      .replace(/i\u0307/g, 'i')
      .normalize('NFKC')
      .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/\u2026/g, '...')
      .replace(/[\u0219\u021b]/g, (c) => ROMANIAN_CEDILLA[c]!)
      .trim()
  );
}

/**
 * A text less the run of characters at its end that `mark` (a pattern without the `g` flag) matches, one UTF-16 unit
 * at a time. Linear, where a
 * pattern anchored at the end (`/[.:]+$/`) is tried again from every such character inside the text: quadratic on a
 * line of thousands of them that does not end with one.
 */
export function withoutTrailing(text: string, mark: RegExp): string {
  let end = text.length;
  while (end > 0 && mark.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}
