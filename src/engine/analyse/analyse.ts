import type { AlignedGroup } from '../align/align-sentences.ts';
import { type Sentence, sameWords, type Token, type Witness, wordsIn } from '../tokens/tokenize.ts';
import { ROW_KINDS, type Collation, type Row, type RowKind } from './collation.ts';
import { diffSimilarity, wordDiff } from './word-diff.ts';

/**
 * Stage 4, analyse: turns aligned groups into rows with a kind, a word diff and a similarity, and
 * sums them up. Row ids are built from sentence ids, so a row's link says what it holds. Each
 * row passes through `finish` soon after it is made, a few rows at a time (`collate` reads them
 * there, see `rowReading`).
 */
export function analyse(
  wa: Witness,
  wb: Witness,
  a: readonly Sentence[],
  b: readonly Sentence[],
  groups: readonly AlignedGroup[],
  finish: (rows: readonly RowDraft[]) => Row[] = (drafts) => drafts.map((d) => d.row),
): Collation {
  let equal = 0;
  const draft = (g: AlignedGroup): RowDraft => {
    const sa = g.a.map((i) => a[i]!);
    const sb = g.b.map((j) => b[j]!);
    const diff = sa.length && sb.length ? wordDiff(joinTokens(sa), joinTokens(sb)) : undefined;
    equal += diff?.words.equal ?? 0;
    const id = rowId(sa[0]?.id, sb[0]?.id, wa.sigil === wb.sigil);
    return {
      row: {
        id,
        kind: kindOf(sa, sb, g),
        similarity: round(diff ? diffSimilarity(diff.words) : 0),
        a: sa.map((s) => s.text).join(' '),
        b: sb.map((s) => s.text).join(' '),
        aSentences: sa.map((s) => s.id),
        bSentences: sb.map((s) => s.id),
        aBlocks: unique(sa.map((s) => s.block)),
        bBlocks: unique(sb.map((s) => s.block)),
        parts: diff?.parts ?? [],
      },
      a: sa,
      b: sb,
    };
  };
  const rows: Row[] = [];
  for (let start = 0; start < groups.length; start += FINISH_BATCH) {
    for (const row of finish(groups.slice(start, start + FINISH_BATCH).map(draft))) rows.push(row);
  }

  // Where a moved B sentence stood in B's own order: after the row holding B's previous sentence.
  // Rows by B sentence in a typed array (a map of every B sentence outlived young collections).
  const rowOfB = new Int32Array(b.length);
  groups.forEach((g, r) => {
    for (const j of g.b) rowOfB[j] = r;
  });
  groups.forEach((g, r) => {
    if (g.moved) rows[r]!.bOriginAfter = g.b[0]! > 0 ? rows[rowOfB[g.b[0]! - 1]!]!.id : '';
  });

  const kinds = Object.fromEntries(ROW_KINDS.map((k) => [k, 0])) as Record<RowKind, number>;
  for (const row of rows) kinds[row.kind]++;
  const wordsA = wordsIn(a);
  const wordsB = wordsIn(b);

  return {
    a: { id: wa.id, sigil: wa.sigil, label: wa.label, sentences: a.length, words: wordsA },
    b: { id: wb.id, sigil: wb.sigil, label: wb.label, sentences: b.length, words: wordsB },
    stats: {
      similarity: round(wordsA + wordsB === 0 ? 1 : (2 * equal) / (wordsA + wordsB)),
      rows: rows.length,
      kinds,
      changes: rows.length - kinds.identical,
      pairedSentences: {
        a: groups.reduce((n, g) => n + (g.b.length ? g.a.length : 0), 0),
        b: groups.reduce((n, g) => n + (g.a.length ? g.b.length : 0), 0),
      },
    },
    rows,
  };
}

/** A row as `analyse` makes it, before `finish`, with its sentences. */
export interface RowDraft {
  row: Row;
  a: readonly Sentence[];
  b: readonly Sentence[];
}

/**
 * Rows handed to `finish` at a time: the texts their readers ask about are segmented in one call
 * to ICU (see `RowReading.readRows`), and a long collation's rows still pass through `finish` soon
 * after they are made. 64 rows at a time held their readers through young collections and raised
 * the New Testament pair's peak memory from 250 to 300-400 MB; 8 did not.
 */
const FINISH_BATCH = 8;

/**
 * `G5-M5` for a pair, `G3` or `M17` for one side alone. When both witnesses have the same sigil,
 * a one-sided row keeps its dash (`A3-`, `-A3`), or A's and B's third sentences alone would share
 * an id.
 */
function rowId(a: string | undefined, b: string | undefined, sameSigil: boolean): string {
  if (a && b) return `${a}-${b}`;
  if (sameSigil) return a ? `${a}-` : `-${b}`;
  return a ?? b ?? '';
}

function kindOf(sa: readonly Sentence[], sb: readonly Sentence[], group: AlignedGroup): RowKind {
  if (sb.length === 0) return 'only-a';
  if (sa.length === 0) return 'only-b';
  if (group.moved) return 'moved';
  if (group.positional && !sameWords(sa[0]!.tokens, sb[0]!.tokens)) return 'positional';
  if (sa.length > 1 && sb.length > 1) return 'regrouped';
  if (sa.length > 1) return 'merged';
  if (sb.length > 1) return 'split';
  return sameWords(sa[0]!.tokens, sb[0]!.tokens) ? 'identical' : 'reworded';
}

/**
 * The tokens of consecutive sentences, with a space between sentences: a sentence's own tokens
 * (the word diff only reads them), and a copy of a sentence's last token given the space. Most
 * rows have one sentence a side, and copying every token of each cost more than the diff's table.
 */
function joinTokens(sentences: readonly Sentence[]): readonly Token[] {
  if (sentences.length === 1) return sentences[0]!.tokens;
  const out: Token[] = [];
  sentences.forEach((s, k) => {
    const last = s.tokens.length - 1;
    s.tokens.forEach((t, x) => {
      // A new token, written out whole: a spread copy whose text is then set is a token whose
      // text changed, and V8 dropped the optimised code of tokenize that took tokens' texts for
      // constants.
      const spaced = k < sentences.length - 1 && x === last && !/\s$/.test(t.text);
      out.push(spaced ? { text: `${t.text} `, norm: t.norm, word: t.word } : t);
    });
  });
  return out;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
