import { diffArrays } from 'diff';
import type { Token } from '../tokens/tokenize.ts';

/** One stretch of a word diff. `a` and `b` are the original texts on each side (white space kept). */
export interface DiffPart {
  /** `equal`: same words (surface may differ in case or quotes); `delete`: only in A; `insert`: only in B. */
  op: 'equal' | 'delete' | 'insert';
  /** A's text of this stretch ('' for inserts). */
  a: string;
  /** B's text of this stretch ('' for deletes). */
  b: string;
}

/** A word diff with its word counts. */
export interface WordDiff {
  parts: DiffPart[];
  /** Words (not punctuation) on each side and in common. */
  words: { a: number; b: number; equal: number };
}

/**
 * Word-level differences inside an aligned row, by jsdiff's `diffArrays` over tokens compared on
 * their normalised form. Tokens carry their own white space, so each side's parts join back to
 * its text exactly; equal stretches keep both surfaces, so "Ethereum's" against "Ethereum’s" is
 * equal yet each side still shows its own apostrophe.
 */
export function wordDiff(a: readonly Token[], b: readonly Token[]): WordDiff {
  const changes = diffArrays([...a], [...b], { comparator: (x, y) => x.norm === y.norm });
  const parts: DiffPart[] = [];
  const words = { a: 0, b: 0, equal: 0 };
  let ia = 0;
  let ib = 0;
  const push = (op: DiffPart['op'], ta: readonly Token[], tb: readonly Token[]) => {
    const textA = ta.map((t) => t.text).join('');
    const textB = tb.map((t) => t.text).join('');
    const last = parts.at(-1);
    if (last && last.op === op) {
      last.a += textA;
      last.b += textB;
    } else parts.push({ op, a: textA, b: textB });
  };
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.added) {
      const tb = b.slice(ib, (ib += count));
      words.b += tb.filter((t) => t.word).length;
      push('insert', [], tb);
    } else if (change.removed) {
      const ta = a.slice(ia, (ia += count));
      words.a += ta.filter((t) => t.word).length;
      push('delete', ta, []);
    } else {
      const ta = a.slice(ia, (ia += count));
      const tb = b.slice(ib, (ib += count));
      const n = ta.filter((t) => t.word).length;
      words.a += n;
      words.b += n;
      words.equal += n;
      push('equal', ta, tb);
    }
  }
  return { parts, words };
}

/** Dice ratio of common words: 1 for the same words in the same order, 0 for none in common. */
export function diffSimilarity(words: WordDiff['words']): number {
  return words.a + words.b === 0 ? 1 : (2 * words.equal) / (words.a + words.b);
}
