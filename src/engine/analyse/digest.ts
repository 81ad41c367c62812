import { normalizeToken } from '../text/normalize.ts';
import type { LanguageProfile } from '../text/profile.ts';
import type { Segment } from '../text/segment.ts';
import { SENTENCE_CLOSE } from '../text/quotes.ts';
import { QUESTION_MARKS } from '../text/stops.ts';
import type { Row } from './collation.ts';
import { type Cues, cuesFor } from './cues.ts';
import type { Mention } from './mentions.ts';
import { initials, numberValue, type Presence, present } from './presence.ts';
import { type Reader, reader } from './reading.ts';

/** What a digest entry is about. */
export const DIGEST_KINDS = [
  'credit',
  'name',
  'number',
  'sentence',
  'question',
  'first-person',
  'hedge',
  'intensifier',
  'negation',
  'phrase',
] as const;
/** One of the digest kinds. */
export type DigestKind = (typeof DIGEST_KINDS)[number];

/** Labels of the digest kinds, for pages and reports. */
export const DIGEST_KIND_LABELS: Record<DigestKind, string> = {
  credit: 'Author credit',
  name: 'Name',
  number: 'Number',
  sentence: 'Sentence',
  question: 'Question',
  'first-person': 'First person',
  hedge: 'Hedge',
  intensifier: 'Intensifier',
  negation: 'Negation',
  phrase: 'Passage',
};

/** Something only one side has. */
export interface DigestEntry {
  kind: DigestKind;
  /** The words as that side writes them. */
  text: string;
  /** Id of the row that holds it; null for what stands outside the text (the author credit). */
  row: string | null;
}

/** What only A has (`a`) and what only B has (`b`). */
export interface Digest {
  a: DigestEntry[];
  b: DigestEntry[];
}

/** What a side says about itself besides its text. */
export interface Credits {
  author?: string | undefined;
}

/** A passage counts when it holds at least this many content words the other side lacks in any form. */
export const PHRASE_MIN_WORDS = 4;

/**
 * The marks of a question (`QUESTION_MARKS`), with Spanish's opening `¿` and the Greek question mark (U+037E): a text
 * holding any of them may ask.
 */
const ASKING_MARKS = `${QUESTION_MARKS}¿\u037e`;
/** A sentence that asks: a question mark, then only closing quotes and brackets. */
const QUESTION = new RegExp(`[${ASKING_MARKS}][${SENTENCE_CLOSE}]*$`, 'u');
/** A text that may hold a question. */
const ASKS = new RegExp(`[${ASKING_MARKS}]`, 'u');

/**
 * The digest of a collation: per side, the things only that side has, each tied to its row. Per
 * row it compares the two sides: named things and numbers one side lacks in every form (so "LLMs"
 * against "large language models" or "crypto" against "cryptocurrency" is no difference),
 * sentences only one side has, questions the other side makes statements, first-person voice,
 * hedges, intensifiers and negations one side lacks, and passages of several content words with no
 * counterpart. An author credit on one side only leads the list.
 */
export function digest(
  rows: readonly Row[],
  profiles: { a: LanguageProfile; b: LanguageProfile },
  credits: { a?: Credits; b?: Credits } = {},
): Digest {
  return collectDigest(
    rows.map((row) => rowDigest(row, { a: reader(profiles.a), b: reader(profiles.b) })),
    credits,
  );
}

/**
 * What only A and only B have in one row, its texts read by `readers` (A's and B's): the caller
 * that classifies the row's changes passes the same readers, so each text is read once.
 */
export function rowDigest(row: Row, readers: { a: Reader; b: Reader }): Digest {
  return { a: sideOnly(row, 'a', readers.a, readers.b), b: sideOnly(row, 'b', readers.b, readers.a) };
}

/** The digest of a collation from its rows' digests (in row order): the author credits first, repeats dropped. */
export function collectDigest(rows: readonly Digest[], credits: { a?: Credits; b?: Credits } = {}): Digest {
  const out: Digest = { a: [], b: [] };
  const authorA = credits.a?.author?.trim();
  const authorB = credits.b?.author?.trim();
  if (authorA && !authorB) out.a.push({ kind: 'credit', text: authorA, row: null });
  if (authorB && !authorA) out.b.push({ kind: 'credit', text: authorB, row: null });
  for (const row of rows) {
    for (const e of row.a) out.a.push(e);
    for (const e of row.b) out.b.push(e);
  }
  return { a: dedupe(out.a), b: dedupe(out.b) };
}

/** What side `side` of a row has that the other side lacks. */
function sideOnly(row: Row, side: 'a' | 'b', own: Reader, otherReader: Reader): DigestEntry[] {
  const text = side === 'a' ? row.a : row.b;
  const otherText = side === 'a' ? row.b : row.a;
  if (!text) return [];
  const cues = cuesFor(own.profile.language);
  const entries: DigestEntry[] = [];
  const push = (kind: DigestKind, t: string) => entries.push({ kind, text: t.trim(), row: row.id });
  if (!otherText) {
    // The sentence carries its names and numbers; listing them again would only repeat it.
    for (const s of own.sentences(text)) push('sentence', s.text);
    return entries;
  }
  const other = otherReader.presence(otherText);
  const found = own.mentions(text);
  for (const m of found) if (!mentionPresent(m, other, otherText, otherReader.profile)) push(m.kind, m.text);

  // A side without a question mark asks nothing: its sentences, and the other side's, are not
  // needed for this (Chinese and Japanese rows, with no capital to name, were split for it alone).
  if (ASKS.test(text)) {
    const questions = own.sentences(text).filter((s) => QUESTION.test(s.text.trim()));
    const otherQuestions = otherReader.sentences(otherText).filter((s) => QUESTION.test(s.text.trim()));
    if (questions.length > otherQuestions.length) for (const q of questions.slice(otherQuestions.length)) push('question', q.text);
  }

  const ownWords = own.words(text);
  const norms = own.norms(text);
  const positions = cuePositions(norms, cues);
  for (let c = 0; c < CUE_KINDS.length; c++) {
    const [kind, listOf] = CUE_KINDS[c]!;
    // Positions of this side's cue words; most rows have none, so nothing is built for them.
    const mine = positions[c];
    if (mine === undefined) continue;
    // Every one of them on the other side too: nothing to list, however many each side has.
    if (mine.every((i) => other.has(norms[i]!))) continue;
    const list = listOf(cues);
    // Counted only as far as it matters: as many as this side's rule the cue out.
    let theirs = 0;
    for (const w of other.words) if (list.has(w) && ++theirs >= mine.length) break;
    if (mine.length <= theirs) continue;
    // "not enough" against "insufficient": the negation moved into a word.
    if (kind === 'negation' && cues.negativePrefix && other.words.some((w) => cues.negativePrefix!.test(w))) continue;
    for (const i of mine) {
      if (other.has(norms[i]!)) continue;
      // A cue word with the two words after it, so "I just think" reads as the voice it is.
      push(kind, wordsFrom(ownWords, i, kind === 'first-person' ? 3 : 2));
    }
  }

  for (const passage of unmatchedPassages(row, side, own, other)) push('phrase', passage);
  return entries;
}

/**
 * The texts of \`count\` words from the \`start\`th on (as far as there are), with a space between:
 * no array for them (a mapped one changes kind once V8 optimises the map: see \`Reader.norms\`).
 */
function wordsFrom(words: readonly Segment[], start: number, count: number): string {
  const end = Math.min(words.length, start + count);
  let out = '';
  for (let k = start; k < end; k++) out += k > start ? ` ${words[k]!.text}` : words[k]!.text;
  return out;
}

/** The kinds of cue words the digest lists, in the order it lists them, with their lists. */
const CUE_KINDS: readonly (readonly [DigestKind, (cues: Cues) => ReadonlySet<string>])[] = [
  ['first-person', (cues) => cues.firstPerson],
  ['hedge', (cues) => cues.hedges],
  ['intensifier', (cues) => cues.intensifiers],
  ['negation', (cues) => cues.negations],
];

/** Per cue table, each cue word with the kinds (bits, by `CUE_KINDS` position) it is a cue of. */
const cueKinds = new WeakMap<Cues, Map<string, number>>();

/**
 * The positions in `norms` of the cue words of each kind (`CUE_KINDS` order; undefined for a kind
 * with none), in one pass: one pass per kind, four set look-ups for every word of every row
 * side, was a fifth of the digest on a New Testament pair.
 */
function cuePositions(norms: readonly string[], cues: Cues): (number[] | undefined)[] {
  let kinds = cueKinds.get(cues);
  if (kinds === undefined) {
    const byWord = new Map<string, number>();
    CUE_KINDS.forEach(([, listOf], c) => {
      for (const w of listOf(cues)) byWord.set(w, (byWord.get(w) ?? 0) | (1 << c));
    });
    cueKinds.set(cues, (kinds = byWord));
  }
  const out: (number[] | undefined)[] = new Array(CUE_KINDS.length).fill(undefined);
  for (let i = 0; i < norms.length; i++) {
    const bits = kinds.get(norms[i]!);
    if (bits === undefined) continue;
    for (let c = 0; c < CUE_KINDS.length; c++) if (bits & (1 << c)) (out[c] ??= []).push(i);
  }
  return out;
}

/** A mention is present on the other side when all its words are, or its initials are an acronym there, or it is an acronym spelt out there. */
function mentionPresent(m: Mention, other: Presence, otherText: string, profile: LanguageProfile): boolean {
  if (!otherText) return false;
  const words = m.text.split(/\s+/);
  if (words.every((w) => present(w, other))) return true;
  const letters = initials(m.words);
  if (words.length >= 2 && other.words.some((w) => w === letters || w === `${letters}s`)) return true;
  if (m.kind !== 'number') return false;
  // "3" against "three": the same number in digits and in words.
  const cues = cuesFor(profile.language);
  const value = numberValue(m.words[0]!, cues.numberWords);
  return value !== undefined && other.words.some((w) => numberValue(w, cues.numberWords) === value);
}

/**
 * Changed stretches of a side holding at least `PHRASE_MIN_WORDS` content words that the other
 * side's row has in no form: an added clause or claim, not a paraphrase of one.
 */
function unmatchedPassages(row: Row, side: 'a' | 'b', own: Reader, other: Presence): string[] {
  const op = side === 'a' ? 'delete' : 'insert';
  const out: string[] = [];
  for (const part of row.parts) {
    if (part.op !== op) continue;
    const text = side === 'a' ? part.a : part.b;
    const norms = own.norms(text);
    // Capitalised words are names, which have entries of their own. Fewer than PHRASE_MIN_WORDS
    // other content words settle it without asking the other side about any.
    const open = (s: Segment, i: number) => !own.profile.stopwords.has(norms[i]!) && !/^\p{Lu}/u.test(s.text);
    const words = own.words(text);
    if (countOf(words, open) < PHRASE_MIN_WORDS) continue;
    const content = words.filter((s, i) => open(s, i) && !present(s.text, other, norms[i]));
    // From the first word without a counterpart: "…interesting, and it can be used as a mental
    // massage" is listed as "used as a mental massage…", what the other side lacks.
    if (content.length >= PHRASE_MIN_WORDS) out.push(text.slice(content[0]!.index));
  }
  return out;
}

/** How many of `xs` pass `test`. */
export function countOf<T>(xs: readonly T[], test: (x: T, i: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < xs.length; i++) if (test(xs[i]!, i)) n++;
  return n;
}

/**
 * The entries without repeats (the same kind and words in the same row). A row's entries stand
 * together (the digest is collected row by row, and row ids are unique), so repeats are looked
 * for within each row: a key for every entry of a long collation, all kept to its end, was 4 MB
 * on the German New Testament pair (22,000 entries), made just as the collation was finished.
 */
function dedupe(entries: readonly DigestEntry[]): DigestEntry[] {
  let row: string | null | undefined;
  let seen = new Set<string>();
  return entries.filter((e) => {
    if (e.row !== row) {
      row = e.row;
      seen = new Set();
    }
    const key = `${e.kind}\u0000${normalizeToken(e.text)}`;
    if (seen.has(key) || !e.text) return false;
    seen.add(key);
    return true;
  });
}
