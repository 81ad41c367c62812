import { ANY_CLOSING_QUOTES, OPENING_QUOTES } from '../../engine/text/quotes.ts';
import type { LineClues } from './line-clues.ts';

/** Words a site's name has at most ("Stackwise", "Second Order Notes", "Cadeia de Blocos"). */
const MAX_NAME_WORDS = 4;
/** Characters a site's name has at most in a script without spaces ("链上观察室", "クリプト通信"). */
const MAX_NAME_CJK_CHARS = 8;
/** A site names itself in its footer: the page's last lines are read for it, so that a long page costs no more. */
const MAX_FOOTER_LINES = 200;

/**
 * True when `phrase` stands in `line` as whole words: no letter or digit glued to either end of it. Quoted, it is a
 * title the line cites ('3 thoughts on "Layers"', a comment section's heading), not a name.
 */
function holds(line: string, phrase: string): boolean {
  for (let at = line.indexOf(phrase); at !== -1; at = line.indexOf(phrase, at + 1)) {
    const before = line.slice(0, at);
    const after = line.slice(at + phrase.length);
    if (OPENING_QUOTE.test(before) && CLOSING_QUOTE.test(after)) continue;
    if (!/[\p{L}\p{N}]$/u.test(before) && !/^[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}
/** A quotation mark right before a phrase, and one right after it. */
const OPENING_QUOTE = new RegExp(`[${OPENING_QUOTES}]$`, 'u');
const CLOSING_QUOTE = new RegExp(`^[${ANY_CLOSING_QUOTES}]`, 'u');

/**
 * The site's name, printed as a line of its own above the essay: a short line the page names again after the essay,
 * inside a longer line of its footer (its last `MAX_FOOTER_LINES` lines) ("© 2025 Cadeia de Blocos", "Thanks for reading Second Order Notes!", "More from
 * Haotian and Stackwise"). A headline is seldom named again there; a site names itself on every page.
 */
export function isSiteName(clues: readonly LineClues[], i: number, essayEnd: number): boolean {
  const f = clues[i]?.features;
  if (f === undefined || f.blank || f.spacedWords > MAX_NAME_WORDS || f.cjkChars > MAX_NAME_CJK_CHARS) return false;
  for (let k = Math.max(essayEnd + 1, clues.length - MAX_FOOTER_LINES); k < clues.length; k++) {
    const other = clues[k]!.features;
    if (other.chars > f.chars && holds(other.trimmed, f.trimmed)) return true;
  }
  return false;
}
