import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentersFor } from '../../../src/engine/text/segment.ts';

const sentences = (locale: string, text: string) =>
  segmentersFor(locale)
    .sentences(text)
    .map((s) => s.text);

describe('sentence segmentation around quotations', () => {
  it('gives an opening mark to the sentence it opens, not the one before (Japanese, Chinese)', () => {
    expect(sentences('ja', 'イエスは彼らに言われた。「さあ、行こう。」と言った。')).toEqual([
      'イエスは彼らに言われた。',
      '「さあ、行こう。」',
      'と言った。',
    ]);
    expect(sentences('zh', '我们走吧。他问。“去哪？”')).toEqual(['我们走吧。', '他问。', '“去哪？”']);
  });

  it('gives a French closing guillemet, set after a space, back to the quotation it closes', () => {
    expect(sentences('fr', 'Il dit. « Viens. » Puis il partit.')).toEqual(['Il dit. ', '« Viens. » ', 'Puis il partit.']);
  });

  it('leaves a German closing “ with its quotation', () => {
    expect(sentences('de', 'Sie rief: „Halt!“Dann ging sie.')).toEqual(['Sie rief: „Halt!“', 'Dann ging sie.']);
    expect(sentences('de', 'Er sagte. „Komm.“ Dann ging er.')).toEqual(['Er sagte. ', '„Komm.“ ', 'Dann ging er.']);
  });

  it('always joins back to the input, each piece at its offset', () => {
    const piece = fc.constantFrom('。', '「', '」', '“', '”', '« ', ' »', '„', '. ', '! ', '(', ')', ' ', 'a', 'Word', '字');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom('en', 'fr', 'de', 'ja', 'zh'), (parts, locale) => {
        const text = parts.join('');
        const out = segmentersFor(locale).sentences(text);
        expect(out.map((s) => s.text).join('')).toBe(text);
        for (const s of out) {
          expect(s.text).not.toBe('');
          expect(text.slice(s.index, s.index + s.text.length)).toBe(s.text);
        }
      }),
    );
  });
});
