import type { LanguageProfile } from '../text/profile.ts';
import type { Segment } from '../text/segment.ts';
import type { Row } from './collation.ts';
import { cuesFor } from './cues.ts';
import { countOf, PHRASE_MIN_WORDS } from './digest.ts';
import { acronymLetters, initials, numberValue, type Presence, present, spellingVariants } from './presence.ts';
import { type Reader, reader } from './reading.ts';

/** How much a change matters: spelling and punctuation, a paraphrase, or a change of what is said. */
export const VARIANT_CLASSES = ['formal', 'wording', 'substance'] as const;
/** One of the variant classes. */
export type VariantClass = (typeof VARIANT_CLASSES)[number];

/** What each class means, for legends. */
export const VARIANT_CLASS_LABELS: Record<VariantClass, { label: string; description: string }> = {
  formal: { label: 'Formal', description: 'case, punctuation, spelling, an abbreviation spelt out, a number in digits or words' },
  wording: { label: 'Wording', description: 'the same point in other words' },
  substance: { label: 'Substance', description: 'a name, a number, a negation or a claim one side lacks' },
};

const QUESTION_MARK = /[?？\u037e\u061f]/u;

/**
 * The row's word diff with a class on every changed part. A change is a run of parts between two
 * equal stretches (what A has there against what B has there); both of its parts get its class.
 * `readers` read A's and B's texts of this row (the digest of the row may share them).
 */
export function classifyRow(
  row: Row,
  profiles: { a: LanguageProfile; b: LanguageProfile },
  readers: Readers = { a: reader(profiles.a), b: reader(profiles.b) },
): Row['parts'] {
  return classifyChanges(row, prefetchChanges(rowChanges(row), readers), readers);
}

/** Has `readers` segment the texts that classifying `changes` reads (see `Reader.prefetch`); returns `changes`. */
function prefetchChanges(changes: RowChanges | undefined, readers: Readers): RowChanges | undefined {
  if (changes) {
    readers.a.prefetch(changes.texts.a);
    readers.b.prefetch(changes.texts.b);
  }
  return changes;
}

/**
 * `classifyRow` of a row whose changes are worked out (`rowChanges`) and whose texts `readers`
 * have segmented: a caller reading many rows segments the texts of all of them together
 * (`prefetchAll`), and working the changes out again here doubled that work for every changed row.
 */
export function classifyChanges(row: Row, found: RowChanges | undefined, readers: Readers): Row['parts'] {
  const parts = row.parts;
  // Pushed, not mapped, like every array the digest reads (see \`Reader.norms\`).
  const out: Row['parts'] = [];
  if (!found) {
    for (const p of parts) out.push({ ...p });
    return out;
  }
  const whole = { a: readers.a.presence(row.a), b: readers.b.presence(row.b) };
  const variants: (VariantClass | undefined)[] = new Array(parts.length);
  for (const change of found.changes) variants.fill(classifyChange(change.a, change.b, readers, whole), change.start, change.end);
  // Each part copied once, with its class, as one literal: a class added to a copy afterwards
  // (or to a spread copy) grew every changed part by a separate property store, kept as long as
  // the collation (3 MB on the New Testament pair).
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const variant = variants[i];
    out.push(variant ? { op: p.op, a: p.a, b: p.b, variant } : { op: p.op, a: p.a, b: p.b });
  }
  return out;
}

/** A row's changes, and each side's texts that classifying them reads: the row's, its changes' and its changed parts'. */
export interface RowChanges {
  changes: Change[];
  texts: { a: string[]; b: string[] };
}

/**
 * The changes of `row` and the texts classifying them reads (undefined when nothing changed), so
 * that a caller reading many rows can have those texts segmented in one call to ICU (`prefetchAll`).
 */
export function rowChanges(row: Row): RowChanges | undefined {
  if (row.parts.every((p) => p.op === 'equal')) return undefined;
  const changes = changesOf(row.parts);
  return { changes, texts: textsRead(row, changes) };
}

/** A change: parts `start` to `end` (exclusive) of a row, and what A and B have there. */
interface Change {
  start: number;
  end: number;
  a: string;
  b: string;
}

/** The changes of a row's parts: each run of parts between two equal stretches. */
function changesOf(parts: Row['parts']): Change[] {
  const changes: Change[] = [];
  let start = 0;
  for (let i = 0; i <= parts.length; i++) {
    if (i < parts.length && parts[i]!.op !== 'equal') continue;
    if (i > start) {
      // Joined by concatenation: mostly one part, or a deletion and an insertion with '' on one side each.
      let a = '';
      let b = '';
      for (let k = start; k < i; k++) {
        a += parts[k]!.a;
        b += parts[k]!.b;
      }
      changes.push({ start, end: i, a, b });
    }
    start = i + 1;
  }
  return changes;
}

/** Each side's texts that classifying a row reads, to be segmented together: the row's, its changes' and its changed parts'. */
function textsRead(row: Row, changes: readonly Change[]): { a: string[]; b: string[] } {
  const a = [row.a];
  const b = [row.b];
  for (const c of changes) {
    a.push(c.a);
    b.push(c.b);
  }
  for (const p of row.parts) {
    if (p.op === 'equal') continue;
    a.push(p.a);
    b.push(p.b);
  }
  return { a, b };
}

/** Readers of A's and of B's texts (see `reader`). */
export interface Readers {
  a: Reader;
  b: Reader;
}

/**
 * The class of one change: what A has (`a`) against what B has (`b`) at the same place, read by
 * `readers`; `whole` indexes the words of each side's whole row (by default, of the change alone).
 */
export function classifyChange(
  a: string,
  b: string,
  readers: Readers,
  whole: { a: Presence; b: Presence } = { a: readers.a.presence(a), b: readers.b.presence(b) },
): VariantClass {
  if (substantive(a, readers.a, whole.b) || substantive(b, readers.b, whole.a)) return 'substance';
  if (QUESTION_MARK.test(a) !== QUESTION_MARK.test(b)) return 'wording';
  return formal(a, b, readers) ? 'formal' : 'wording';
}

/** A name, number or negation the other side's row lacks, or several content words it has in no form. */
function substantive(text: string, read: Reader, other: Presence): boolean {
  if (!text.trim()) return false;
  const { profile } = read;
  const cues = cuesFor(profile.language);
  for (const m of read.mentions(text)) {
    const words = m.text.split(/\s+/);
    if (m.kind === 'number') {
      const value = numberValue(m.words[0]!, cues.numberWords);
      if (other.words.some((w) => numberValue(w, cues.numberWords) === value)) continue;
    }
    if (!words.every((w) => present(w, other)) && !(words.length >= 2 && other.words.includes(initials(m.words)))) return true;
  }
  const words = read.words(text);
  const norms = read.norms(text);
  const negated = norms.some((w) => cues.negations.has(w) && !other.words.includes(w));
  if (negated && !other.words.some((w) => cues.negations.has(w) || cues.negativePrefix?.test(w))) return true;
  // Content words that are no name: fewer than PHRASE_MIN_WORDS settle it without asking the
  // other side about any (most changes are a word or two).
  const open = (s: Segment, i: number) => !profile.stopwords.has(norms[i]!) && !/^\p{Lu}/u.test(s.text);
  if (countOf(words, open) < PHRASE_MIN_WORDS) return false;
  const unmatched = words.filter((s, i) => open(s, i) && !present(s.text, other, norms[i]));
  return unmatched.length >= PHRASE_MIN_WORDS;
}

/** Same words once case, punctuation, spelling, abbreviations and number notation are set aside. */
function formal(a: string, b: string, readers: Readers): boolean {
  const profiles = { a: readers.a.profile, b: readers.b.profile };
  // Each side's words read as the reader keeps them (its words and their normalised forms, in
  // step), not copied into a pair for every word of every change.
  const na = readers.a.norms(a);
  const nb = readers.b.norms(b);
  const same = (x: string, y: string) => profiles.a.stem(x) === profiles.b.stem(y) || spellingVariants(x, y);
  if (na.length === nb.length && na.every((w, i) => same(w, nb[i]!))) return true;
  if (abbreviates(readers.a.words(a), nb) || abbreviates(readers.b.words(b), na)) return true;
  if (na.length === 1 && nb.length === 1) {
    const va = numberValue(na[0]!, cuesFor(profiles.a.language).numberWords);
    if (va !== undefined && va === numberValue(nb[0]!, cuesFor(profiles.b.language).numberWords)) return true;
  }
  return false;
}

/** `short` (words) is an acronym whose letters are the initials of `long` (normalised words): "LLMs" / "large language models". */
function abbreviates(short: readonly Segment[], long: readonly string[]): boolean {
  if (short.length !== 1 || long.length < 2) return false;
  const letters = acronymLetters(short[0]!.text);
  return letters !== undefined && initials(long) === letters;
}

/** Changed parts per class over all rows (each change counted once, not once per side). */
export function variantCounts(rows: readonly Row[]): Record<VariantClass, number> {
  const counts: Record<VariantClass, number> = { formal: 0, wording: 0, substance: 0 };
  // Indexed loops: run once a collation, this is never optimised, and an unoptimised for…of
  // makes an iterator result for every part of every row.
  for (let r = 0; r < rows.length; r++) {
    const parts = rows[r]!.parts;
    let inChange = false;
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k]!;
      if (p.op === 'equal') inChange = false;
      else if (!inChange && p.variant) {
        counts[p.variant]++;
        inChange = true;
      }
    }
  }
  return counts;
}
