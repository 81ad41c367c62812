/** ANSI SGR sequences (colours, bold): they take no room on the screen. */
const ANSI_SGR = /\x1b\[[0-9;]*m/g;
/** Characters that take no column: combining marks, zero-width and control characters. */
const ZERO_WIDTH = /[\p{Mark}\p{Default_Ignorable_Code_Point}\p{Cc}]/u;
/** Characters a terminal draws two columns wide: CJK ideographs, kana, Hangul, full-width forms, emoji. */
const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303e\uff01-\uff60\uffe0-\uffe6\p{Extended_Pictographic}]/u;

/**
 * How many terminal columns a string takes. `.length` counts UTF-16 units, which overcounts
 * astral characters and undercounts CJK text; a side-by-side layout padded by `.length` drifts
 * out of line on the first Chinese sentence or emoji. Colour codes count for nothing.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(ANSI_SGR, '')) {
    if (ZERO_WIDTH.test(ch)) continue;
    width += WIDE.test(ch) ? 2 : 1;
  }
  return width;
}
