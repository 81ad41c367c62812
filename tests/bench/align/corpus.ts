import { existsSync, readFileSync } from 'node:fs';
import type { Witness } from '../../../src/engine/tokens/tokenize.ts';
import { translationFile } from './sources.ts';

/** A verse's place in a witness: its block (chapter) and character range in that block's text. */
export interface VerseSpan {
  /** `book.chapter.verse`, the gold label shared by every translation. */
  ref: string;
  block: string;
  start: number;
  end: number;
}

/** A translation written out as prose, with the verse numbers kept aside as the gold alignment. */
export interface ParallelText {
  witness: Witness;
  /** The verses of each block, in order. */
  spans: Map<string, VerseSpan[]>;
  /** Words-ish size for reports: characters of all blocks. */
  chars: number;
}

/** Books 40–66 as numbers. */
export type Books = readonly number[];

/** Scripts written without spaces between words: verses are joined with nothing, not a space. */
const UNSPACED = new Set(['zh', 'ja']);

/**
 * One translation's verses of `books` as a witness: one block per chapter (a paragraph, so no
 * sentence spans two chapters), the verses joined as running prose with their numbers dropped.
 * Chapters are the only structure both sides share; paragraphs cut at verse boundaries would hand
 * any aligner the gold. Returns undefined when the translation's file is absent.
 */
export function loadParallelText(id: string, language: string, sigil: string, books?: Books): ParallelText | undefined {
  const file = translationFile(id);
  if (!existsSync(file)) return undefined;
  const joiner = UNSPACED.has(language) ? '' : ' ';
  const chapters = new Map<string, { ref: string; text: string }[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const [book, chapter, verse, text] = line.split('\t') as [string, string, string, string];
    if (books && !books.includes(Number(book))) continue;
    const block = `${book}.${chapter}`;
    const list = chapters.get(block) ?? chapters.set(block, []).get(block)!;
    list.push({ ref: `${block}.${verse}`, text });
  }
  const spans = new Map<string, VerseSpan[]>();
  const blocks: Witness['blocks'] = [];
  let chars = 0;
  for (const [block, verses] of chapters) {
    let text = '';
    const list: VerseSpan[] = [];
    for (const v of verses) {
      if (text) text += joiner;
      list.push({ ref: v.ref, block, start: text.length, end: text.length + v.text.length });
      text += v.text;
    }
    spans.set(block, list);
    blocks.push({ id: block, text });
    chars += text.length;
  }
  return { witness: { id, sigil, label: id, language, blocks }, spans, chars };
}

/** The books a translation's file has (undefined when the file is absent). */
export function booksOf(id: string): Set<number> | undefined {
  const file = translationFile(id);
  if (!existsSync(file)) return undefined;
  return new Set(readFileSync(file, 'utf8').match(/^\d+/gm)?.map(Number));
}

/** The books every one of these translations has, in order; undefined when a file is absent. */
export function commonBooks(ids: readonly string[]): number[] | undefined {
  const sets = ids.map(booksOf);
  if (sets.some((s) => !s)) return undefined;
  return [...sets[0]!].filter((b) => sets.every((s) => s!.has(b))).sort((x, y) => x - y);
}

/**
 * Several translations of the same books as witnesses with their verse spans, sigla A, B, C…
 * (for multi-witness collation: `ENGLISH_WITNESSES` in `sources.ts` lists four English ones).
 * Translations whose data is absent are left out; the caller sees which by the ids returned.
 */
export function loadWitnesses(ids: readonly string[], language: string, books?: Books): ParallelText[] {
  return ids
    .map((id, k) => loadParallelText(id, language, String.fromCharCode(65 + k), books))
    .filter((t): t is ParallelText => t !== undefined);
}
