import { normalizeToken } from '../text/normalize.ts';
import type { LanguageProfile } from '../text/profile.ts';

/** Letters two words must share at the start to count as one word in two forms ("crypto", "cryptocurrency"). */
const SHARED_PREFIX = 5;

/** The words of one side of a row, indexed to ask whether a word or an acronym occurs there. */
export interface Presence {
  /** Does the word (normalised) occur in exactly this form? */
  has(norm: string): boolean;
  /** Does the word (normalised) occur, in this or another form? */
  hasWord(norm: string): boolean;
  /** Do consecutive words start with these letters ("llm" → "large language models")? */
  hasInitials(letters: string): boolean;
  /** Normalised words, in order. */
  words: readonly string[];
}

/** Indexes a text's words for `Presence` questions. */
export function presence(text: string, profile: LanguageProfile): Presence {
  return presenceOfWords(
    profile.segmenters
      .words(text)
      .filter((s) => s.wordLike)
      .map((s) => normalizeToken(s.text)),
    profile,
  );
}

/** Indexes a text's normalised words (in order) for `Presence` questions. */
export function presenceOfWords(words: readonly string[], profile: LanguageProfile): Presence {
  const exact = new Set(words);
  // The other indexes are built on the first question that needs each: most rows are asked
  // about words they have as they are, or about none, and most other questions end at a stem.
  let stems: Set<string> | undefined;
  let prefixes: Set<string> | undefined;
  let fourLetter: Set<string> | undefined;
  // A longer form shares its first SHARED_PREFIX letters with the word asked about; a four-letter
  // word ("lays") is a form of any word it begins ("layered"). Indexed, not scanned per question.
  const sharesPrefix = (norm: string) => {
    prefixes ??= new Set(words.filter((w) => w.length >= SHARED_PREFIX).map((w) => w.slice(0, SHARED_PREFIX)));
    if (prefixes.has(norm.slice(0, SHARED_PREFIX))) return true;
    fourLetter ??= new Set(words.filter((w) => w.length === 4));
    return fourLetter.has(norm.slice(0, 4));
  };
  let initials: string | undefined;
  const answers = new Map<string, boolean>();
  return {
    words,
    has: (norm) => exact.has(norm),
    hasWord: (norm) => {
      if (exact.has(norm)) return true;
      let yes = answers.get(norm);
      if (yes === undefined) {
        yes =
          sameCode(norm, words) ||
          (stems ??= new Set(words.map((w) => profile.stem(w)))).has(profile.stem(norm)) ||
          (norm.length >= SHARED_PREFIX && sharesPrefix(norm));
        answers.set(norm, yes);
      }
      return yes;
    },
    hasInitials: (letters) => {
      if (letters.length < 2) return false;
      initials ??= words.map((w) => w[0] ?? '').join('');
      return initials.includes(letters);
    },
  };
}

/** The value of a number in digits or a number word, undefined for other words. */
export function numberValue(norm: string, numberWords: ReadonlyMap<string, number>): number | undefined {
  const word = numberWords.get(norm);
  if (word !== undefined) return word;
  const n = Number(norm.replace(/,/g, '').replace(/%$/, ''));
  return Number.isFinite(n) && /\d/.test(norm) ? n : undefined;
}

/** True when two words are spellings of one word: "organise" and "organize", "colour" and "color". */
export function spellingVariants(x: string, y: string): boolean {
  const longest = Math.max(x.length, y.length);
  if (longest < 6 || x.slice(0, 2) !== y.slice(0, 2)) return false;
  return withinEditDistance(x, y, longest >= 8 ? 2 : 1);
}

/**
 * True when `x` becomes `y` in at most `k` insertions, deletions and substitutions (Levenshtein).
 * Only the cells within `k` of the diagonal can lie on such a path (Ukkonen 1985), so the work is
 * linear in the words' length: the full table was quadratic, and two 20,000-letter tokens that
 * differ in one letter took 7 s of a collation (40,000 letters, 38 s).
 */
export function withinEditDistance(x: string, y: string, k: number): boolean {
  if (Math.abs(x.length - y.length) > k) return false;
  // Row i holds the cells j = i - k … i + k, at offsets 0 … 2k; a cell off the table is out of reach.
  const width = 2 * k + 1;
  const far = k + 1;
  let previous = Array.from({ length: width }, (_, d) => (d - k >= 0 ? d - k : far));
  for (let i = 1; i <= x.length; i++) {
    const current = new Array<number>(width).fill(far);
    let least = far;
    for (let d = 0; d < width; d++) {
      const j = i + d - k;
      if (j < 0 || j > y.length) continue;
      if (j === 0) current[d] = i;
      else {
        const substitute = previous[d]! + (x[i - 1] === y[j - 1] ? 0 : 1);
        const remove = d + 1 < width ? previous[d + 1]! + 1 : far;
        const insert = d > 0 ? current[d - 1]! + 1 : far;
        current[d] = Math.min(substitute, remove, insert, far);
      }
      least = Math.min(least, current[d]!);
    }
    // Distances never fall along a path: once every cell of a row is beyond `k`, so is the end.
    if (least > k) return false;
    previous = current;
  }
  return previous[y.length - x.length + k]! <= k;
}

/**
 * The first character of each word, joined: the initials a mention of several words would have as
 * an acronym ("large language models" → "llm"). A loop over the words: mapping them to their first
 * characters made an array for every mention and change read, and reading `w[0]` in it met the
 * several kinds of string V8 keeps (flat, sliced, two-byte) one after another, each dropping the
 * digest's optimised code.
 */
export function initials(words: readonly string[]): string {
  let out = '';
  for (let i = 0; i < words.length; i++) out += words[i]!.charAt(0);
  return out;
}

/** The letters of an acronym as initials: "LLMs" → "llm", "TVL" → "tvl"; undefined for other words. */
export function acronymLetters(word: string): string | undefined {
  const m = /^(\p{Lu}{2,})s?$/u.exec(word);
  return m ? m[1]!.toLowerCase() : undefined;
}

/** True when `word` (as written; `norm` its normalised form) occurs on the other side in some form: itself, a stem, a longer form, or as initials. */
export function present(word: string, other: Presence, norm: string = normalizeToken(word)): boolean {
  if (other.hasWord(norm)) return true;
  const letters = acronymLetters(word);
  return letters !== undefined && other.hasInitials(letters);
}

/** A code of letters and digits against a spelt-out form: "l2" against "layer2" or "layer-2". */
function sameCode(norm: string, words: readonly string[]): boolean {
  const m = /^(\p{L})\p{L}*?(\p{Nd}+)$/u.exec(norm);
  return m !== null && words.some((w) => w.length > norm.length && w.startsWith(m[1]!) && w.endsWith(m[2]!));
}
