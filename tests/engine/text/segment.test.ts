import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayBreakSentence, segmentersFor } from '../../../src/engine/text/segment.ts';

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

describe('sentence segmentation after a question or exclamation mark', () => {
  it('runs the sentence on when a small letter follows, after any opening punctuation', () => {
    expect(sentences('en', '"Where is he?" they asked. He left.')).toEqual(['"Where is he?" they asked. ', 'He left.']);
    expect(sentences('es', 'Diciendo: ¡Ah! ¿qué tienes con nosotros? ¿Has venido? Sé quién eres.')).toEqual([
      'Diciendo: ¡Ah! ¿qué tienes con nosotros? ',
      '¿Has venido? ',
      'Sé quién eres.',
    ]);
    expect(sentences('es', '¿Qué quieres? —dijo él.')).toEqual(['¿Qué quieres? —dijo él.']);
    expect(sentences('fr', 'Ha ! qu’y a-t-il ? Rien.')).toEqual(['Ha ! qu’y a-t-il ? ', 'Rien.']);
    expect(sentences('de', 'Wie? habt ihr keinen Glauben?')).toEqual(['Wie? habt ihr keinen Glauben?']);
    // After the closing quotation mark of any style.
    expect(sentences('de', 'Er rief: „Meister!“ und küßte ihn.')).toEqual(['Er rief: „Meister!“ und küßte ihn.']);
    expect(sentences('de', 'Er rief: »Meister!« und küßte ihn.')).toEqual(['Er rief: »Meister!« und küßte ihn.']);
    expect(sentences('fr', 'Il cria : « Maître ! » et l’embrassa.')).toEqual(['Il cria : « Maître ! » et l’embrassa.']);
  });

  it('still ends it before a capital, a line break, or a script without case', () => {
    expect(sentences('en', 'Who? Me.')).toEqual(['Who? ', 'Me.']);
    expect(sentences('en', 'Why?\nbecause')).toEqual(['Why?\n', 'because']);
    expect(sentences('zh', '他在哪里？他们问。')).toEqual(['他在哪里？', '他们问。']);
  });

  it('never ends a sentence before a small letter after a question or exclamation mark, closing marks and spaces', () => {
    const piece = fc.constantFrom('?', '!', '.', '¡', '¿', '"', '”', '“', '»', '«', ')', ' ', 'Who', 'we', 'él', '—', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), fc.constantFrom('en', 'es', 'fr', 'de'), (parts, locale) => {
        const out = sentences(locale, parts.join(''));
        expect(out.join('')).toBe(parts.join(''));
        for (let k = 1; k < out.length; k++)
          expect(/^\p{P}*\p{Ll}/u.test(out[k]!) && /[?!][\p{Pe}\p{Pf}\p{Pi}" ]* $/u.test(out[k - 1]!)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});

/** ICU's own sentences, with no shortcut. */
const icuSentences = (locale: string, text: string) =>
  [...new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)].map((s) => s.segment);

describe('sentence segmentation without ICU for texts it cannot split', () => {
  it('misses no character after which ICU ends a sentence, in any code point of the Basic Multilingual Plane', () => {
    // Each character between a word and a capitalised one, where a terminator ends a sentence;
    // Greek is the one locale whose rules add terminators (";" and the Greek question mark).
    const missed: string[] = [];
    for (const locale of ['en', 'el']) {
      const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
      for (let cp = 0; cp <= 0xffff; cp++) {
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        const text = `x${String.fromCodePoint(cp)} Y`;
        if (!mayBreakSentence(text, locale) && [...segmenter.segment(text)].length > 1) missed.push(`${locale} U+${cp.toString(16)}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('gives what ICU gives for any text of words, terminators, quotes, brackets and separators', () => {
    const alphabet = fc.constantFrom(...'ab Y 1.?!;;,:)]”’"\'»」“„«(【\n\u2029\u0301\u00a0。！？…'.split(''), 'Mr. ', 'e.g. ', '. A', 'x');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 12 }), fc.constantFrom('en', 'el', 'zh', 'ja', 'de'), (chars, locale) => {
        const text = chars.join('');
        const ours = segmentersFor(locale)
          .sentences(text)
          .map((s) => s.text);
        if (!mayBreakSentence(text, locale)) expect(ours).toEqual(icuSentences(locale, text));
        expect(ours.join('')).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('asks ICU about a semicolon only under Greek rules, which end a sentence there', () => {
    expect(mayBreakSentence('Who; Me', 'en')).toBe(false);
    expect(mayBreakSentence('Who; Me', 'el')).toBe(true);
    expect(mayBreakSentence('Who; Me')).toBe(true);
    expect(sentences('en', 'Who; Me')).toEqual(['Who; Me']);
    expect(sentences('el-GR', 'Ποιος; Εγώ')).toEqual(['Ποιος; ', 'Εγώ']);
  });

  it('keeps a sentence with its closing quote and spaces whole, and asks ICU about anything after a terminator', () => {
    expect(mayBreakSentence('He said, “Go.” ')).toBe(false);
    expect(mayBreakSentence('Er sagte: „Geh.“ ')).toBe(false);
    expect(mayBreakSentence('Han sagde: »Gå.« ')).toBe(false);
    expect(mayBreakSentence('unto ')).toBe(false);
    expect(mayBreakSentence('')).toBe(false);
    expect(mayBreakSentence('Go. Now')).toBe(true);
    // A closing bracket after the space begins a new sentence in ICU's rules ("a. " + ")").
    expect(mayBreakSentence('a. )')).toBe(true);
    expect(icuSentences('en', 'a. )')).toEqual(['a. ', ')']);
    expect(mayBreakSentence('one\ntwo')).toBe(true);
  });
});

describe('word segmentation', () => {
  it('gives what ICU gives, from its caches as on the first call', () => {
    const words = segmentersFor('en');
    for (const text of ['unto ', 'The LORD said unto Moses, “Go.” ', '', 'thee, ']) {
      const icu = [...new Intl.Segmenter('en', { granularity: 'word' }).segment(text)].map((s) => [
        s.segment,
        s.index,
        s.isWordLike ?? false,
      ]);
      for (let k = 0; k < 2; k++) expect(words.words(text).map((s) => [s.text, s.index, s.wordLike])).toEqual(icu);
    }
  });
});

describe('the words of many texts in one call', () => {
  it('segments each text as it would alone, in any script, with marks, joiners, flags and line breaks at the edges', () => {
    const piece = fc.constantFrom(
      ...'ab Y1.,;:\'’"-)(\n\r\u2029\u0301\u200d\u00a0\t。'.split(''),
      "can't",
      '3.5',
      '🇩🇪',
      '👍🏽',
      '中华人民共和国',
      '我们',
      'です',
      'カタカナ',
      'ภาษาไทย',
      'Straße',
    );
    const text = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), fc.constantFrom('en', 'zh', 'ja', 'de', 'th'), (texts, locale) => {
        const s = segmentersFor(locale);
        const alone = texts.map((t) =>
          [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(t)].map((x) => [x.segment, x.index, x.isWordLike === true]),
        );
        expect(s.wordsOfEach(texts).map((segments) => segments.map((x) => [x.text, x.index, x.wordLike]))).toEqual(alone);
      }),
      { numRuns: 3000 },
    );
  });
});
