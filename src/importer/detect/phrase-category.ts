import type { BoilerplateCategory } from '../../corpus/ledger/taxonomy.ts';
import { entriesOf, readLanguageFiles, UNSPACED } from './vocabulary.ts';
import { normalizeToken, withoutTrailing } from '../../engine/text/normalize.ts';
import { foldHanVariants } from '../../engine/text/han-variants.ts';
import { COLONS } from '../../engine/text/colon.ts';

/** A language's phrase file: whole widget labels of page chrome, by the category they name. */
export type PhraseList = Partial<Record<BoilerplateCategory, readonly string[]>>;

/**
 * Labels of page chrome per language (`src/importer/phrases/<lang>.json`, one entry per line):
 * what a share button, a menu item or a related-articles header says. Data, not rules: they name
 * the category of a short line that is not prose, and never decide what is essay. An entry that
 * opens with `^` names a line only as the whole line (or before its colon): its words are the
 * language's everyday words too ("^chia sẻ", share), and a sentence holding them is not chrome.
 */
export const PHRASES: Readonly<Record<string, PhraseList>> = readLanguageFiles<PhraseList>(new URL('../phrases/', import.meta.url));

/** A count in brackets after a label, with a counter word or without, in any digits ("(86件)", "(12)", "(١٢)"). */
const COUNT = /\s?\(\s?\p{Nd}[\p{Nd},.٬]*\s?\p{L}?\s?\)\s?$/u;
/** What a label may open with: bullets, arrows, dashes and the brackets a page sets it in ("[Sponsored]", "【PR】"). */
const OPENING_MARKS = /^[\s·•|›>»\-–—([【〔「『]+/u;
/** What a label may trail, one character each (all of them one UTF-16 unit): counts, arrows, punctuation, brackets. */
const TRAILING_MARK = new RegExp(`[\\s\\d.,${COLONS}!！?？·•|…›>»()[\\]】〕」』\\-–—]`, 'u');

/**
 * How a label is compared: lower case, compatibility forms, single spaces, one form of each Han character, Greek without
 * its accents, Turkish dotless "ı" as "i" (a label set in capitals, "BAĞLANTIYI KOPYALA", lower-cases to "i"), no trailing
 * counts (with a counter word: "(86件)") or arrows. Linear: spaces are folded first, and the trailing marks are read backwards (`withoutTrailing`).
 */
export function normalizeLabel(text: string): string {
  const label = withoutTrailing(normalizeToken(text).replace(/\s+/gu, ' ').replace(COUNT, '').replace(OPENING_MARKS, ''), TRAILING_MARK);
  return withGreekFolded(withHanFolded(label)).replace(/ı/gu, 'i');
}

const GREEK = /\p{Script=Greek}/u;
/** Greek's accent and diaeresis, as NFD parts them from their letters. */
const GREEK_MARKS = /[\u0301\u0308\u0344]/gu;

/** A Greek label without its accents: Greek set in capitals drops them ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ" is "Διαβάστε επίσης"). */
const withGreekFolded = (text: string): string =>
  GREEK.test(text) ? text.normalize('NFD').replace(GREEK_MARKS, '').normalize('NFC') : text;

const HAN = /\p{Script=Han}/u;

/** One form for every standard form of the Han characters of a label or its word: "订阅" is "訂閱" on a traditional Chinese page. */
export const withHanFolded = (text: string): string => (HAN.test(text) ? foldHanVariants(text) : text);

/** A label's colon, in any script. */
const COLON = new RegExp(`[${COLONS}]`, 'u');
/** The mark of an entry that names a whole line only. */
const WHOLE_LINE = '^';
/** An entry's label as lines are compared with it: without its mark, normalised. */
const entryLabel = (entry: string): string => normalizeLabel(entry.startsWith(WHOLE_LINE) ? entry.slice(WHOLE_LINE.length) : entry);
const BY_LABEL = new Map<string, BoilerplateCategory>();
const WHOLE_LINE_ONLY = new Set<string>();
for (const list of Object.values(PHRASES)) {
  for (const [category, entries] of Object.entries(list) as [BoilerplateCategory, readonly string[]][]) {
    for (const entry of entries) {
      BY_LABEL.set(entryLabel(entry), category);
      if (entry.startsWith(WHOLE_LINE)) WHOLE_LINE_ONLY.add(entryLabel(entry));
    }
  }
}

/**
 * The category a whole line names as a known label of page chrome, or the label before its colon
 * ("Tags: AI, Crypto", "Source: …"), if it is one.
 */
export function phraseCategory(text: string): BoilerplateCategory | undefined {
  const colon = text.search(COLON);
  return BY_LABEL.get(normalizeLabel(text)) ?? (colon > 0 ? BY_LABEL.get(normalizeLabel(text.slice(0, colon))) : undefined);
}

/** True when the whole line is a known label ("Read also"), not a label before a text ("Read also: …"). */
export const isLabel = (text: string): boolean => BY_LABEL.has(normalizeLabel(text));

/**
 * The one-word labels of share-widget buttons ("share", "分享", "teilen") and of follow buttons ("подписаться", "follow"): a
 * line made of them, a few filler words and counts is a button row ("Подписаться в Telegram").
 */
export const WIDGET_ACTIONS: ReadonlySet<string> = new Set(
  [...Object.values(PHRASES).flatMap((list) => list['share-widget'] ?? []), ...entriesOf('follow-label')]
    .map(entryLabel)
    .filter((entry) => !/\s/u.test(entry)),
);

/** Letters and digits only, runs of anything else a single space: how a line and a label are compared inside it. */
const fold = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, ' ');

/**
 * Labels of several words, or of three characters at least in a script written without spaces (`UNSPACED`): inside a
 * sentence they still name chrome. A word of a spaced script is no label inside another ("μενού" in "προηγουμένου").
 * Folded as lines are ("merci d'avoir lu" as "merci d avoir lu"): a label with an apostrophe or a hyphen is found too.
 */
const PHRASE_LABELS: readonly (readonly [string, BoilerplateCategory])[] = [...BY_LABEL]
  .filter(([label]) => !WHOLE_LINE_ONLY.has(label) && (/\s/u.test(label) || (UNSPACED.test(label) && [...label].length >= 3)))
  .map(([label, category]) => [fold(label).trim(), category] as const);

/**
 * The phrase labels' positions by what a text must hold for them to match: a label of several words
 * its first word, one of a script without spaces its first character. A line is compared with the
 * few labels its own words and characters open, not with all of them.
 */
const BY_OPENING = new Map<string, number[]>();
PHRASE_LABELS.forEach(([label], k) => {
  const opening = /\s/u.test(label) ? ` ${label.split(' ')[0]} ` : String.fromCodePoint(label.codePointAt(0)!);
  BY_OPENING.set(opening, [...(BY_OPENING.get(opening) ?? []), k]);
});

/**
 * The category of a known label of several words that the text contains ("Thanks for reading!
 * Subscribe for free …" holds a sign-up button's label), if it holds one: the first such label in
 * the phrase files' order.
 */
export function chromeLabelIn(text: string): BoilerplateCategory | undefined {
  const folded = ` ${fold(normalizeLabel(text))} `;
  const openings = new Set([...folded.split(' ').map((word) => ` ${word} `), ...folded]);
  let first = Number.POSITIVE_INFINITY;
  for (const opening of openings) {
    for (const k of BY_OPENING.get(opening) ?? []) {
      if (k >= first) break;
      const [label] = PHRASE_LABELS[k]!;
      if (folded.includes(` ${label} `) || (!/\s/u.test(label) && folded.includes(label))) first = k;
    }
  }
  return PHRASE_LABELS[first]?.[1];
}
