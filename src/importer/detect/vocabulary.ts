import { readdirSync, readFileSync } from 'node:fs';
import { UNSPACED_SCRIPTS } from '../../engine/text/scripts.ts';

/**
 * The words page chrome is written in, per language (`src/importer/vocabulary/<lang>.json`, one
 * entry per line): the labels of bylines, datelines, credits and notices, and the vocabulary of
 * campaigns, advertorials and reading-time widgets. Data, not rules: an entry is matched as a
 * whole word or phrase, case-insensitively; an entry ending in `*` is a stem ("minut*"), and in
 * templates `#` stands for a number and `…` for one word ("vor # …").
 */
export const VOCABULARY_KINDS = [
  'author-label',
  'author-role',
  'date-label',
  'update-label',
  'original-label',
  'credit-label',
  'source-label',
  'disclaimer-label',
  'disclaimer-phrase',
  'spam-phrase',
  'promo-word',
  'reading-word',
  'minute-unit',
  'widget-filler',
  'ai-summary-label',
  'view-word',
  'month-name',
  'follow-label',
  'relative-time',
  'time-joint',
  'date-joint',
  'translation-word',
  'image-word',
] as const;
export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];

/** A language's vocabulary file. */
export type VocabularyList = Partial<Record<VocabularyKind, readonly string[]>>;

export const VOCABULARY: Readonly<Record<string, VocabularyList>> = readLanguageFiles(new URL('../vocabulary/', import.meta.url));

/** The `<lang>.json` files of a data folder, by language tag. */
export function readLanguageFiles<T>(folder: URL): Record<string, T> {
  const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
  return Object.fromEntries(files.sort().map((name) => [name.slice(0, -5), JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as T]));
}

/** Every entry of one kind, in all languages. */
export function entriesOf(kind: VocabularyKind): string[] {
  return Object.values(VOCABULARY).flatMap((list) => list[kind] ?? []);
}

/** Scripts whose entries need no word boundary: those written without spaces, and Korean, which glues its particles on. */
export const UNSPACED = new RegExp(`[${UNSPACED_SCRIPTS}\\p{Script=Hangul}]`, 'u');
const WORD_CHAR = '[\\p{L}\\p{N}_]';

/** A text as a pattern source that matches it literally. */
export const escapePattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One entry as a pattern source: escaped, a stem open to more letters, bounded by non-letters
 * where its edge is a letter of a spaced script. Longer entries first, so "sign up bonus" wins
 * over "sign up".
 */
function entrySource(entry: string): string {
  const stem = entry.endsWith('*');
  const text = stem ? entry.slice(0, -1) : entry;
  // A number is read whole ("(?!\d)"): a word after it (`…`, "\S+") could take digits too, and the two would try every split
  // of a long run of digits between them.
  const body = escapePattern(text).replace(/# ?/g, '\\d+(?!\\d)\\s*').replace(/…/g, '\\S+').replace(/ /g, '\\s+');
  const head = UNSPACED.test(text[0]!) ? '' : `(?<!${WORD_CHAR})`;
  const tail = stem ? '\\p{L}*' : UNSPACED.test(text.at(-1)!) ? '' : `(?!${WORD_CHAR})`;
  return `${head}${body}${tail}`;
}

/** The alternatives of one kind as a pattern source, longest entries first. */
export function alternatives(kind: VocabularyKind): string {
  const entries = [...new Set(entriesOf(kind).map((e) => e.toLowerCase()))].sort((a, b) => b.length - a.length);
  return `(?:${entries.map(entrySource).join('|')})`;
}
