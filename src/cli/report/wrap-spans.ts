import stringWidth from 'string-width';
import type { Span } from './marked-side.ts';

/**
 * Wraps marked text to a column width, greedily at white space, keeping each span's mark so the
 * caller can colour every line on its own (a colour never runs across a line break into the other
 * column). A word wider than the column (a URL, a long compound) is cut where it must be. White
 * space runs become single spaces: this is for reading, not for copying.
 */
export function wrapSpans(spans: readonly Span[], width: number): Span[][] {
  const lines: Span[][] = [];
  let line: Span[] = [];
  let used = 0;
  const flush = () => {
    if (line.length) lines.push(line);
    line = [];
    used = 0;
  };
  for (const word of splitWords(spans)) {
    const w = word.reduce((n, s) => n + stringWidth(s.text), 0);
    if (used > 0 && used + 1 + w > width) flush();
    if (w > width) {
      for (const piece of cutWord(word, width)) {
        flush();
        line = piece;
        used = piece.reduce((n, s) => n + stringWidth(s.text), 0);
      }
      continue;
    }
    if (used > 0) {
      // Inside a change the space belongs to it, so a coloured run is not broken word by word.
      const before = line.at(-1)!.mark;
      line.push({ text: ' ', mark: before === word[0]!.mark ? before : 'plain' });
      used++;
    }
    line.push(...word);
    used += w;
  }
  flush();
  return lines.map(mergeSpans);
}

/** Words as runs of spans: a word may change mark midway ("models[-,-]"). */
function splitWords(spans: readonly Span[]): Span[][] {
  const words: Span[][] = [];
  let word: Span[] = [];
  for (const span of spans) {
    for (const chunk of span.text.split(/(\s+)/)) {
      if (!chunk) continue;
      if (/^\s+$/.test(chunk)) {
        if (word.length) words.push(word);
        word = [];
      } else word.push({ text: chunk, mark: span.mark });
    }
  }
  if (word.length) words.push(word);
  return words;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Cuts a too-wide word into pieces that each fit the width (at least one character each), between
 * graphemes, so an emoji sequence or a letter with its accents is never split.
 */
function cutWord(word: readonly Span[], width: number): Span[][] {
  const pieces: Span[][] = [[]];
  let used = 0;
  for (const span of word) {
    for (const { segment: ch } of graphemes.segment(span.text)) {
      const w = stringWidth(ch);
      if (used > 0 && used + w > width) {
        pieces.push([]);
        used = 0;
      }
      pieces.at(-1)!.push({ text: ch, mark: span.mark });
      used += w;
    }
  }
  return pieces.map(mergeSpans);
}

function mergeSpans(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    if (last && last.mark === span.mark) last.text += span.text;
    else out.push({ ...span });
  }
  return out;
}
