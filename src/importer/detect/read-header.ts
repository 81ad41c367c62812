import type { BoilerplateCategory } from '../../corpus/ledger/taxonomy.ts';
import { isDateline, type LineClues } from './line-clues.ts';
import { weakSignal } from './classify-line.ts';
import { SOURCE_LABEL } from './known-phrases.ts';
import { sentenceCount } from './line-features.ts';

/** The lines (0-based) that give the essay's title, author and date. */
export interface HeaderFields {
  title?: number;
  author?: number;
  date?: number;
}

/**
 * Widgets that sit between a title and the essay on many pages (reading time, price tickers, a
 * contact line, an AI-summary box): reading upward, the title may lie beyond them. A banner, a
 * notice or an advert ends the header instead: a title is not printed above those.
 */
const CROSSABLE: ReadonlySet<BoilerplateCategory> = new Set([
  'reading-time',
  'contact-line',
  'price-ticker',
  'ai-summary',
  'share-widget',
  'site-navigation',
  'stray-timestamp',
]);
/** The header of a page is a handful of lines; reading further up reaches other page furniture. */
const MAX_HEADER_LINES = 40;
/** Longest title: the titles of this essay's mirrors run from 30 to 90 characters. */
const MAX_TITLE_CHARS = 160;
/**
 * A title says something: three words at least (a display name such as "Haotian | CryptoInsight"
 * has two), or six characters of a script written without spaces.
 */
const MIN_TITLE_WORDS = 3;
const MIN_TITLE_CJK_CHARS = 6;
/** A title may ask a question and answer it; a third sentence makes it a paragraph. */
const MAX_TITLE_SENTENCES = 2;

/**
 * Reads upward from the essay's first line for its title, author and date: the nearest byline,
 * the nearest dateline and the nearest title-shaped line, crossing blank lines, small widgets and
 * one paragraph (an editor's summary under the title), stopping at more prose or a banner. Once the title is found only bylines and datelines above it are
 * still taken (some pages print the date above the title).
 */
export function readHeader(clues: readonly LineClues[], essayStart: number, essayScript: string): HeaderFields {
  const fields: HeaderFields = {};
  let crossedProse = false;
  const stop = Math.max(0, essayStart - MAX_HEADER_LINES);
  for (let i = essayStart - 1; i >= stop; i--) {
    const c = clues[i]!;
    if (c.features.blank) continue;
    if (c.author !== undefined) {
      fields.author ??= i;
      continue;
    }
    if (isDateline(c)) {
      fields.date ??= i;
      continue;
    }
    if (fields.title !== undefined) break;
    if (c.signal) {
      if (CROSSABLE.has(c.signal.category)) continue;
      break;
    }
    if (isTitleShaped(c, essayScript)) {
      fields.title = i;
      continue;
    }
    if (c.features.prose) {
      // One paragraph may stand between a title and its byline: the editor's summary.
      if (crossedProse || weakSignal(c.features)) break;
      crossedProse = true;
    }
  }
  return fields;
}

/**
 * A title is a short phrase without a full stop (at most two parts, as in "Leap or Shift? The
 * Paradox of …"), in the essay's script (a ticker's token name in another script is not a title),
 * and without links, emoji or hashtags. "Original title: …" names the source's title, not this one.
 */
export function isTitleShaped(c: LineClues, essayScript: string): boolean {
  const f = c.features;
  if (f.blank || c.signal || f.numberedLead || f.chars > MAX_TITLE_CHARS) return false;
  if (f.emoji > 0 || f.urls > 0 || f.emails > 0 || f.hashtags > 0 || f.prices > 0 || f.signedPercents > 0) return false;
  if (f.spacedWords < MIN_TITLE_WORDS && f.cjkChars < MIN_TITLE_CJK_CHARS) return false;
  if (f.script !== essayScript || SOURCE_LABEL.test(f.trimmed)) return false;
  if (/[.。]$/u.test(f.trimmed) && !/\.\.\.$/.test(f.trimmed)) return false;
  return sentenceCount(f.trimmed) <= MAX_TITLE_SENTENCES;
}
