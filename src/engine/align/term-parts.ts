import { isWordSized } from '../text/word-length.ts';
import type { Sentence } from '../tokens/tokenize.ts';

/** Shortest part, in characters, that a term may be matched by (see `termParts`). */
export const MIN_PART_LENGTH = 4;

/**
 * Stage 2b, between tokenize and align: terms that only one witness has are read as the parts
 * the other witness has. A stemmer strips endings but leaves compounds and derivations whole, so
 * German "Gnadengabe" and "Gnade", "Gesetzeswerke" and "Gesetz", "Hoffnung" and "hoffen" never
 * met, and a sentence that said the same thing in other compounds was left unpaired. As in Koehn
 * and Knight's compound splitting (2003), the parts are the other text's own words: a term absent
 * from the other witness becomes its longest prefix and its longest suffix, of at least
 * `MIN_PART_LENGTH` characters, that are terms there (one of them when only one is). A term the
 * other witness has is left alone, so nothing changes where the two already share their words,
 * and the rule is the same whichever witness is A. Sentences whose terms change are copied;
 * the others are returned as they were.
 */
export function termParts(a: readonly Sentence[], b: readonly Sentence[]): { a: Sentence[]; b: Sentence[] } {
  const vocabularyA = vocabulary(a);
  const vocabularyB = vocabulary(b);
  return { a: withParts(a, vocabularyB), b: withParts(b, vocabularyA) };
}

function vocabulary(sentences: readonly Sentence[]): Set<string> {
  const terms = new Set<string>();
  for (const s of sentences) for (const t of s.terms) terms.add(t);
  return terms;
}

/** `sentences` with each term that `other` lacks replaced by its parts that `other` has. */
function withParts(sentences: readonly Sentence[], other: ReadonlySet<string>): Sentence[] {
  const memo = new Map<string, readonly string[] | undefined>();
  const partsOf = (term: string) => {
    if (!memo.has(term)) memo.set(term, other.has(term) ? undefined : parts(term, other));
    return memo.get(term);
  };
  return sentences.map((s) => {
    if (!s.terms.some((t) => partsOf(t) !== undefined)) return s;
    // Written out whole (not a spread copy whose terms are then set: see `joinTokens`).
    return { id: s.id, index: s.index, block: s.block, text: s.text, tokens: s.tokens, terms: s.terms.flatMap((t) => partsOf(t) ?? [t]) };
  });
}

/**
 * The longest prefix and the longest suffix of `term` (shorter than it) that `other` has, or
 * undefined when neither. A term longer than any word is no compound and stays whole: trying its
 * every prefix is quadratic in its length (a 50,000-letter token took 40 s; 4 M letters, days).
 */
function parts(term: string, other: ReadonlySet<string>): string[] | undefined {
  if (!isWordSized(term)) return undefined;
  const chars = [...term];
  let prefix: string | undefined;
  let suffix: string | undefined;
  for (let n = chars.length - 1; n >= MIN_PART_LENGTH && (prefix === undefined || suffix === undefined); n--) {
    const head = chars.slice(0, n).join('');
    const tail = chars.slice(chars.length - n).join('');
    if (prefix === undefined && other.has(head)) prefix = head;
    // A suffix is a compound's last member only when what stands before it could be a member
    // too: "wineskin" ends in "skin", but "swine" does not end in "wine", nor "danger" in "anger".
    if (suffix === undefined && chars.length - n >= MIN_PART_LENGTH && other.has(tail)) suffix = tail;
  }
  if (prefix === undefined && suffix === undefined) return undefined;
  // A prefix and a suffix that overlap explain the same letters twice: the longer one alone.
  if (prefix !== undefined && suffix !== undefined && [...prefix].length + [...suffix].length > chars.length) {
    return [[...suffix].length > [...prefix].length ? suffix : prefix];
  }
  return [prefix, suffix].filter((p): p is string => p !== undefined);
}
