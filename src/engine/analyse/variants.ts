import { normalizeToken } from '../text/normalize.ts';
import type { LanguageProfile } from '../text/profile.ts';
import type { Row } from './collation.ts';
import { cuesFor } from './cues.ts';
import { mentions } from './mentions.ts';
import { acronymLetters, numberValue, present, presence, spellingVariants } from './presence.ts';
import { PHRASE_MIN_WORDS } from './digest.ts';

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
 */
export function classifyRow(row: Row, profiles: { a: LanguageProfile; b: LanguageProfile }): Row['parts'] {
  const parts = row.parts.map((p) => ({ ...p }));
  if (parts.every((p) => p.op === 'equal')) return parts;
  const whole = { a: presence(row.a, profiles.a), b: presence(row.b, profiles.b) };
  let start = 0;
  for (let i = 0; i <= parts.length; i++) {
    if (i < parts.length && parts[i]!.op !== 'equal') continue;
    if (i > start) {
      const change = parts.slice(start, i);
      const a = change.map((p) => p.a).join('');
      const b = change.map((p) => p.b).join('');
      const variant = classifyChange(a, b, profiles, whole);
      for (const p of change) p.variant = variant;
    }
    start = i + 1;
  }
  return parts;
}

/** The class of one change: what A has (`a`) against what B has (`b`) at the same place. */
export function classifyChange(
  a: string,
  b: string,
  profiles: { a: LanguageProfile; b: LanguageProfile },
  whole: { a: ReturnType<typeof presence>; b: ReturnType<typeof presence> } = { a: presence(a, profiles.a), b: presence(b, profiles.b) },
): VariantClass {
  if (substantive(a, profiles.a, whole.b) || substantive(b, profiles.b, whole.a)) return 'substance';
  if (QUESTION_MARK.test(a) !== QUESTION_MARK.test(b)) return 'wording';
  return formal(a, b, profiles) ? 'formal' : 'wording';
}

/** A name, number or negation the other side's row lacks, or several content words it has in no form. */
function substantive(text: string, profile: LanguageProfile, other: ReturnType<typeof presence>): boolean {
  if (!text.trim()) return false;
  const cues = cuesFor(profile.language);
  for (const m of mentions(text, profile)) {
    const words = m.text.split(/\s+/);
    const initials = m.words.map((w) => w[0]).join('');
    if (m.kind === 'number') {
      const value = numberValue(m.words[0]!, cues.numberWords);
      if (other.words.some((w) => numberValue(w, cues.numberWords) === value)) continue;
    }
    if (!words.every((w) => present(w, other)) && !(words.length >= 2 && other.words.includes(initials))) return true;
  }
  const words = profile.segmenters.words(text).filter((s) => s.wordLike);
  const negated = words.some((s) => cues.negations.has(normalizeToken(s.text)) && !other.words.includes(normalizeToken(s.text)));
  if (negated && !other.words.some((w) => cues.negations.has(w) || cues.negativePrefix?.test(w))) return true;
  const unmatched = words.filter(
    (s) => !profile.stopwords.has(normalizeToken(s.text)) && !/^\p{Lu}/u.test(s.text) && !present(s.text, other),
  );
  return unmatched.length >= PHRASE_MIN_WORDS;
}

/** Same words once case, punctuation, spelling, abbreviations and number notation are set aside. */
function formal(a: string, b: string, profiles: { a: LanguageProfile; b: LanguageProfile }): boolean {
  const wa = wordsOf(a, profiles.a);
  const wb = wordsOf(b, profiles.b);
  const same = (x: string, y: string) => profiles.a.stem(x) === profiles.b.stem(y) || spellingVariants(x, y);
  if (wa.length === wb.length && wa.every((w, i) => same(w.norm, wb[i]!.norm))) return true;
  if (abbreviates(wa, wb) || abbreviates(wb, wa)) return true;
  const na = cuesFor(profiles.a.language).numberWords;
  const nb = cuesFor(profiles.b.language).numberWords;
  if (wa.length === 1 && wb.length === 1) {
    const va = numberValue(wa[0]!.norm, na);
    if (va !== undefined && va === numberValue(wb[0]!.norm, nb)) return true;
  }
  return false;
}

/** `short` is an acronym whose letters are the initials of `long` ("LLMs" / "large language models"). */
function abbreviates(short: { text: string }[], long: { norm: string }[]): boolean {
  if (short.length !== 1 || long.length < 2) return false;
  const letters = acronymLetters(short[0]!.text);
  return letters !== undefined && long.map((w) => w.norm[0]).join('') === letters;
}

function wordsOf(text: string, profile: LanguageProfile): { text: string; norm: string }[] {
  return profile.segmenters
    .words(text)
    .filter((s) => s.wordLike)
    .map((s) => ({ text: s.text, norm: normalizeToken(s.text) }));
}

/** Changed parts per class over all rows (each change counted once, not once per side). */
export function variantCounts(rows: readonly Row[]): Record<VariantClass, number> {
  const counts: Record<VariantClass, number> = { formal: 0, wording: 0, substance: 0 };
  for (const row of rows) {
    let inChange = false;
    for (const p of row.parts) {
      if (p.op === 'equal') inChange = false;
      else if (!inChange && p.variant) {
        counts[p.variant]++;
        inChange = true;
      }
    }
  }
  return counts;
}
