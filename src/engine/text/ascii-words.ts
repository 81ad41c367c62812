import type { Segment } from './segment.ts';

/**
 * Word segments of a text of printable ASCII, by the word-break rules of UAX #29 as ICU applies
 * them to those characters, without asking ICU: tokenizing a long witness sent every sentence to
 * ICU, and reading its segments back was the largest single cost of tokenizing a New Testament
 * pair. Undefined for any other text (ICU decides). `segmentersFor` uses it only for a locale
 * where it agrees with ICU on `ASCII_PROBE`, which holds every sequence of three of the classes
 * below, so a locale tailored otherwise, or another ICU, falls back to ICU.
 */
export function asciiWords(text: string): Segment[] | undefined {
  if (NOT_PRINTABLE_ASCII.test(text)) return undefined;
  const n = text.length;
  const out: Segment[] = [];
  if (n === 0) return out;
  // One pass with the classes of the two characters before the boundary and the two after it.
  let start = 0;
  let twoBefore = EDGE;
  let before = CLASS[text.charCodeAt(0) - 0x20]!;
  let here = n > 1 ? CLASS[text.charCodeAt(1) - 0x20]! : EDGE;
  let word = before === LETTER || before === NUMBER;
  for (let i = 1; i < n; i++) {
    const after = i + 1 < n ? CLASS[text.charCodeAt(i + 1) - 0x20]! : EDGE;
    if (breaks(twoBefore, before, here, after)) {
      out.push({ text: text.slice(start, i), index: start, wordLike: word || (i - start > 1 && text.charCodeAt(start) === 0x5f) });
      start = i;
      word = false;
    }
    if (here === LETTER || here === NUMBER) word = true;
    twoBefore = before;
    before = here;
    here = after;
  }
  out.push({ text: text.slice(start), index: start, wordLike: word || (n - start > 1 && text.charCodeAt(start) === 0x5f) });
  return out;
}

/** Any character but printable ASCII (a regex: compiled to machine code, it beats a loop that runs before V8 optimises it). */
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;

// Word_Break classes of printable ASCII (UAX #29, table 3): letters, digits, the connector `_`,
// `.` (MidNumLet), `'` (Single_Quote, here as MidNumLet), `:` (MidLetter), `,` and `;`
// (MidNum), the space (WSegSpace); anything else is Other.
const OTHER = 0;
const LETTER = 1;
const NUMBER = 2;
const CONNECTOR = 3;
const MID_NUM_LET = 4;
const MID_LETTER = 5;
const MID_NUM = 6;
const SPACE = 7;

const CLASS = (() => {
  const table = new Uint8Array(0x7f - 0x20);
  for (let c = 0x20; c < 0x7f; c++) {
    const ch = String.fromCharCode(c);
    table[c - 0x20] = /[A-Za-z]/.test(ch)
      ? LETTER
      : /[0-9]/.test(ch)
        ? NUMBER
        : ch === '_'
          ? CONNECTOR
          : ch === '.' || ch === "'"
            ? MID_NUM_LET
            : ch === ':'
              ? MID_LETTER
              : ch === ',' || ch === ';'
                ? MID_NUM
                : ch === ' '
                  ? SPACE
                  : OTHER;
  }
  return table;
})();

/** No character: before the text's start or after its end. */
const EDGE = 8;

/**
 * Whether UAX #29 puts a word boundary between characters of classes `before` and `here`, with
 * `twoBefore` before them and `after` after them (`EDGE` past either end of the text). A segment
 * is word-like (ICU's status) when it has a letter or a digit, or is a run of connectors (WB13a).
 */
function breaks(twoBefore: number, before: number, here: number, after: number): boolean {
  if (before === SPACE) return here !== SPACE; // WB3d
  if (before === LETTER || before === NUMBER) {
    if (here === LETTER || here === NUMBER || here === CONNECTOR) return false; // WB5, WB8–WB10, WB13a
    if (before === LETTER && (here === MID_LETTER || here === MID_NUM_LET) && after === LETTER) return false; // WB6
    if (before === NUMBER && (here === MID_NUM || here === MID_NUM_LET) && after === NUMBER) return false; // WB12
    return true;
  }
  if (before === CONNECTOR) return !(here === LETTER || here === NUMBER || here === CONNECTOR); // WB13a, WB13b
  if (here === LETTER && (before === MID_LETTER || before === MID_NUM_LET) && twoBefore === LETTER) return false; // WB7
  if (here === NUMBER && (before === MID_NUM || before === MID_NUM_LET) && twoBefore === NUMBER) return false; // WB11
  return true; // WB999
}

/**
 * A text with every rule above at work, and beside each its near misses: `segmentersFor` checks
 * that its locale's ICU segments it as `asciiWords` does before it leaves ICU out. A test checks
 * every text of up to five characters of the classes, and every printable character among them.
 */
export const ASCII_PROBE =
  "a:b a.b a'b 1,2 1.2 1;2 1:2 1'2 _ a_ _a 1_ _1 __ a__b a.1 1.a a1 1a x.y.z. a..b 1..2 a''b 1,,2 a;b a,b " +
  'a: :a .a a. \'a\' ,1 1, -a- "q" e.g. U.S.A. 3.5% a  b  c a-b a/b a@b.c #1 (a) [1] {x} a|b ~a ^1 `a` a?b a!b a&b a+b=c a<b>c $5 *a* a\\b';
