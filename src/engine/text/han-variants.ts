import jpShinjitai from 'opencc-js/dict/JPShinjitaiCharacters';
import traditionalToSimplified from 'opencc-js/dict/TSCharacters';

/**
 * One Han character for all its standard forms, for comparison only. The same word is written
 * 會 in traditional Chinese and in Japanese before 1946, 会 in simplified Chinese and in
 * Japanese since; 靈, 灵 and 霊 are one character in three standards. Two translations of one
 * text (a Japanese Bible of 1917 and one of 1965, a traditional and a simplified Chinese copy)
 * shared almost none of their kanji terms for it. Each character is taken from the Japanese new
 * form to the traditional one, then to the simplified one, with OpenCC's character tables (the
 * first reading of each), so every form of a character meets at one. Characters outside the
 * tables stay as they are; the display never sees this form.
 */
export function foldHanVariants(word: string): string {
  let out = '';
  for (const ch of word) out += table().get(ch) ?? ch;
  return out;
}

let folded: Map<string, string> | undefined;

/** The character table, built on first use: only a text with Han characters needs it. */
function table(): Map<string, string> {
  if (!folded) {
    const ts = pairs(traditionalToSimplified);
    const step = new Map(ts);
    for (const [from, to] of pairs(jpShinjitai)) step.set(from, ts.get(to) ?? to);
    // The tables chain (敘 → 叙 in Chinese, 叙 → 敍 in Japanese): each character is followed to
    // the end of its chain, or to the least character of a cycle, so folding twice folds no more.
    folded = new Map();
    for (const start of step.keys()) {
      const seen: string[] = [];
      let ch = start;
      while (step.has(ch) && !seen.includes(ch)) {
        seen.push(ch);
        ch = step.get(ch)!;
      }
      folded.set(start, seen.includes(ch) ? seen.slice(seen.indexOf(ch)).reduce((x, y) => (x < y ? x : y)) : ch);
    }
  }
  return folded;
}

/** OpenCC's "from to [alternatives]|…" table as pairs, the first reading of each. */
function pairs(dictionary: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of dictionary.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && !out.has(from)) out.set(from, to);
  }
  return out;
}
