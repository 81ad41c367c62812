import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASCII_PROBE, asciiWords } from '../../../src/engine/text/ascii-words.ts';
import { segmentersFor } from '../../../src/engine/text/segment.ts';

/** One character of each word-break class of printable ASCII, and two of Other. */
const CLASSES = ['a', 'Z', '7', '_', '.', "'", ':', ',', ';', ' ', '-', '"'];

/** ICU's word segments as offsets, a `*` marking a word-like one. */
const icu = (locale: string, text: string) =>
  [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)].map((s) => `${s.index}${s.isWordLike ? '*' : ''}`);
const ours = (text: string) => asciiWords(text)!.map((s) => `${s.index}${s.wordLike ? '*' : ''}`);

describe('word segments of printable ASCII without ICU', () => {
  it('agrees with ICU on every text of up to four characters of the classes, in several locales', () => {
    for (const locale of ['en', 'de', 'fr', 'ja', 'zh']) {
      const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
      const differ: string[] = [];
      const visit = (text: string, depth: number) => {
        if (text) {
          const theirs = [...segmenter.segment(text)].map((s) => `${s.index}${s.isWordLike ? '*' : ''}`);
          if (ours(text).join() !== theirs.join()) differ.push(`${locale} ${JSON.stringify(text)}`);
        }
        if (depth > 0) for (const c of CLASSES) visit(text + c, depth - 1);
      };
      visit('', 4);
      expect(differ).toEqual([]);
    }
  });

  it('agrees with ICU on every printable character between letters, digits and the classes', () => {
    const differ: string[] = [];
    for (let c = 0x20; c < 0x7f; c++) {
      const ch = String.fromCharCode(c);
      for (const x of CLASSES)
        for (const text of [`a${ch}a`, `1${ch}1`, `${x}${ch}a`, `a${ch}${x}`, `${x}${ch}1`, `1${ch}${x}`])
          if (ours(text).join() !== icu('en', text).join()) differ.push(JSON.stringify(text));
    }
    expect(differ).toEqual([]);
  });

  it('joins back to the text, and agrees with ICU on random sentences and on the probe', () => {
    const text = fc.array(fc.constantFrom(...CLASSES, 'the', 'U.S.', "don't", '3.5', '1,000', 'e.g.', '  ', '?', '(', ')'), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(text, (pieces) => {
        const t = pieces.join('');
        expect(
          asciiWords(t)!
            .map((s) => s.text)
            .join(''),
        ).toBe(t);
        expect(ours(t)).toEqual(icu('en', t));
      }),
    );
    expect(ours(ASCII_PROBE)).toEqual(icu('en', ASCII_PROBE));
  });

  it('leaves any other text to ICU, which segmentersFor then asks', () => {
    expect(asciiWords('naïve')).toBeUndefined();
    expect(asciiWords('a\tb')).toBeUndefined();
    expect(
      segmentersFor('en')
        .words('naïve café')
        .map((s) => s.text),
    ).toEqual(['naïve', ' ', 'café']);
  });
});
