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

/** A word with the punctuation and white space after it (or, first, the punctuation before any word). */
interface Unit {
  /** The word token, if any. */
  word: Token | undefined;
  /** Punctuation and white space that follow it. */
  rest: Token[];
  /** What decides equality: the word's normalised form. */
  norm: string;
}

/**
 * Word-level differences inside an aligned row: a longest common subsequence of words compared on
 * their normalised form (see `diffUnits`). Words, not tokens, are the units of the longest common subsequence: over
 * tokens, a full stop matched in place of a word gave the same length, so the words in common
 * depended on which side was A (a figure that changed when A and B swapped). Punctuation rides
 * with the word before it; where two equal words are followed by different punctuation, that
 * punctuation still shows as deleted and inserted. Tokens carry their own white space, so each
 * side's parts join back to its text exactly; equal stretches keep both surfaces, so
 * "Ethereum's" against "Ethereum’s" is equal yet each side still shows its own apostrophe.
 */
export function wordDiff(a: readonly Token[], b: readonly Token[]): WordDiff {
  const ua = units(a);
  const ub = units(b);
  const changes = diffUnits(ua, ub);
  const words = { a: 0, b: 0, equal: 0 };
  let ia = 0;
  let ib = 0;
  // Each part's token texts, joined once at the end: appending them one by one made a chain of
  // concatenations per part, which the collation kept (several times the text's own size).
  const pieces: { op: DiffPart['op']; a: string[]; b: string[] }[] = [];
  const piece = (op: DiffPart['op']) => {
    let last = pieces.at(-1);
    if (!last || last.op !== op) pieces.push((last = { op, a: [], b: [] }));
    return last;
  };
  const push = (op: DiffPart['op'], ta: readonly Token[], tb: readonly Token[]) => {
    if (!ta.some((t) => t.text) && !tb.some((t) => t.text)) return;
    const last = piece(op);
    for (let k = 0; k < ta.length; k++) last.a.push(ta[k]!.text);
    for (let k = 0; k < tb.length; k++) last.b.push(tb[k]!.text);
  };
  // A unit's word and what follows it, on one side (as `push` would take them, without arrays).
  const pushUnit = (op: DiffPart['op'], side: 'a' | 'b', u: Unit) => {
    if (!u.word?.text && !u.rest.some((t) => t.text)) return;
    const to = piece(op)[side];
    if (u.word) to.push(u.word.text);
    for (let k = 0; k < u.rest.length; k++) to.push(u.rest[k]!.text);
  };
  // Indexed loops: TurboFan compiles a for…of inside a try block (the iterator is closed on an
  // exception), and this function, with the closures above inlined in such blocks, was the
  // costliest one to optimise in a collation.
  for (let c = 0; c < changes.length; c++) {
    const change = changes[c]!;
    const { count } = change;
    if (change.added) {
      for (const end = ib + count; ib < end; ib++) {
        if (ub[ib]!.word) words.b++;
        pushUnit('insert', 'b', ub[ib]!);
      }
    } else if (change.removed) {
      for (const end = ia + count; ia < end; ia++) {
        if (ua[ia]!.word) words.a++;
        pushUnit('delete', 'a', ua[ia]!);
      }
    } else {
      for (let k = 0; k < count; k++) {
        const x = ua[ia++]!;
        const y = ub[ib++]!;
        if (x.word && y.word) {
          words.a++;
          words.b++;
          words.equal++;
          if (x.word.text || y.word.text) {
            const last = piece('equal');
            last.a.push(x.word.text);
            last.b.push(y.word.text);
          }
        }
        if (sameRest(x.rest, y.rest)) push('equal', x.rest, y.rest);
        else {
          push('delete', x.rest, []);
          push('insert', [], y.rest);
        }
      }
    }
  }
  // Pushed, not mapped: the row's parts are read by other hot code (see \`Reader.norms\`).
  const parts: DiffPart[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!;
    const a = p.a.join('');
    // Equal stretches mostly read the same on both sides: one string serves both.
    const b = p.op === 'equal' && p.b.length === p.a.length && p.b.every((t, k) => t === p.a[k]) ? a : p.b.join('');
    parts.push({ op: p.op, a, b });
  }
  return { parts, words };
}

/** Rows up to this many cells (words of A × words of B) get the table LCS; larger ones jsdiff's Myers. */
const TABLE_LCS_CELLS = 1 << 20;

/**
 * Most edits jsdiff's Myers looks for in a row too large for the table. Myers' time grows with the
 * row's length times the edits (D): two unrelated one-sentence texts of 33,000 words a side have
 * D near 66,000, and took 41 s (4 M characters a side would take days). Rows that differ by more
 * are no sentence pair a reader compares word by word: they get `trimmedChanges`.
 */
const MAX_MYERS_EDITS = 2000;

/** A run of the diff, as jsdiff gives it. */
interface Change {
  count: number;
  added?: boolean;
  removed?: boolean;
}

/**
 * The longest common subsequence of two unit lists, as jsdiff-style changes. For the sentence
 * rows of a comparison (tens of words a side) a table over suffixes is several times faster than
 * jsdiff's Myers, whose bookkeeping made the word diffs the slowest stage on a New Testament;
 * beyond `TABLE_LCS_CELLS` jsdiff runs, so memory stays bounded. Both give a longest common
 * subsequence, so the words in common are the same.
 */
function diffUnits(ua: readonly Unit[], ub: readonly Unit[]): Change[] {
  const n = ua.length;
  const m = ub.length;
  if ((n + 1) * (m + 1) > TABLE_LCS_CELLS) {
    const found = diffArrays([...ua], [...ub], { comparator: (x, y) => x.norm === y.norm, maxEditLength: MAX_MYERS_EDITS });
    return found ?? trimmedChanges(ua, ub);
  }
  // Units compared by their normalised forms directly: the same form is mostly the same string
  // (tokens are shared, see tokenize's `sharedToken`), and two forms of different lengths differ
  // at once. Numbering the forms first took a map per row, a look-up for each unit, and most of
  // the word diff's time.
  const xa = new Array<string>(n);
  for (let i = 0; i < n; i++) xa[i] = ua[i]!.norm;
  const xb = new Array<string>(m);
  for (let j = 0; j < m; j++) xb[j] = ub[j]!.norm;
  // lcs[i * (m + 1) + j]: length of the LCS of ua[i…] and ub[j…].
  const lcs = new Int32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const x = xa[i];
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] =
        x === xb[j] ? lcs[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
    }
  }
  const changes: Change[] = [];
  const push = (kind: 'equal' | 'removed' | 'added') => {
    const last = changes.at(-1);
    const same = last && (kind === 'equal' ? !last.added && !last.removed : kind === 'added' ? last.added : last.removed);
    if (same) last.count++;
    // One shape for every change: a key computed from `kind` sent V8's optimised code back to the
    // interpreter each time it met the other name (40 times on the New Testament pair).
    else changes.push({ count: 1, added: kind === 'added', removed: kind === 'removed' });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && xa[i] === xb[j]) {
      push('equal');
      i++;
      j++;
    } else if (j === m || (i < n && lcs[(i + 1) * (m + 1) + j]! >= lcs[i * (m + 1) + j + 1]!)) {
      push('removed');
      i++;
    } else {
      push('added');
      j++;
    }
  }
  return changes;
}

/**
 * Changes for rows that differ beyond `MAX_MYERS_EDITS`: the words both sides begin and end with
 * are equal, and what lies between is removed from A and added in B. A common subsequence, not
 * always the longest, found in linear time.
 */
function trimmedChanges(ua: readonly Unit[], ub: readonly Unit[]): Change[] {
  let head = 0;
  while (head < ua.length && head < ub.length && ua[head]!.norm === ub[head]!.norm) head++;
  let tail = 0;
  while (tail < ua.length - head && tail < ub.length - head && ua[ua.length - 1 - tail]!.norm === ub[ub.length - 1 - tail]!.norm) tail++;
  const changes: Change[] = [];
  const push = (count: number, added: boolean, removed: boolean) => {
    if (count > 0) changes.push({ count, added, removed });
  };
  push(head, false, false);
  push(ua.length - head - tail, false, true);
  push(ub.length - head - tail, true, false);
  push(tail, false, false);
  return changes;
}

/** Splits tokens into units: leading punctuation alone, then each word with what follows it. */
function units(tokens: readonly Token[]): Unit[] {
  const out: Unit[] = [];
  for (const t of tokens) {
    if (t.word) out.push({ word: t, rest: NO_REST, norm: t.norm });
    else if (out.length === 0) out.push({ word: undefined, rest: [t], norm: '' });
    else {
      const last = out[out.length - 1]!;
      if (last.rest === NO_REST) last.rest = [t];
      else last.rest.push(t);
    }
  }
  return out;
}

/**
 * What follows a word with nothing after it but its own space, shared and never changed: most
 * words of a row are such, and an empty array for each was most of what the word diff made.
 */
const NO_REST: Token[] = [];

/** Punctuation runs that differ only in white space, case or typographic form are the same. */
function sameRest(x: readonly Token[], y: readonly Token[]): boolean {
  // The two runs' non-empty normalised forms, compared in step (no arrays: once per equal word).
  for (let i = 0, j = 0; ; i++, j++) {
    while (i < x.length && !x[i]!.norm) i++;
    while (j < y.length && !y[j]!.norm) j++;
    if (i === x.length || j === y.length) return i === x.length && j === y.length;
    if (x[i]!.norm !== y[j]!.norm) return false;
  }
}

/** Dice ratio of common words: 1 for the same words in the same order, 0 for none in common. */
export function diffSimilarity(words: WordDiff['words']): number {
  return words.a + words.b === 0 ? 1 : (2 * words.equal) / (words.a + words.b);
}
