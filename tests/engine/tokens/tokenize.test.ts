import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeToken } from '../../../src/engine/text/normalize.ts';
import { segmentersFor } from '../../../src/engine/text/segment.ts';
import { stemmerFor } from '../../../src/engine/text/stem.ts';
import { segmentsOf, tokenize, tokenizeSentence, type Witness, wordNorms } from '../../../src/engine/tokens/tokenize.ts';
import { trickyPiece } from '../../support/tricky-text.ts';

const witness = (...blocks: string[]): Witness => ({
  id: 'w',
  sigil: 'W',
  label: 'W',
  blocks: blocks.map((text, i) => ({ id: `b${i + 1}`, text })),
});

describe('tokenize', () => {
  it('never lets a sentence span two blocks, even when a block does not end a sentence', () => {
    const sentences = tokenize(witness('A heading without a full stop', 'The river rose overnight. Boats were tied higher up the bank.'));
    expect(sentences.map((s) => [s.id, s.block, s.text])).toEqual([
      ['W1', 'b1', 'A heading without a full stop'],
      ['W2', 'b2', 'The river rose overnight.'],
      ['W3', 'b2', 'Boats were tied higher up the bank.'],
    ]);
  });

  it('shares the tokens two witnesses have in common through one table, each witness tokenized as alone', () => {
    const a = witness('The keeper lit the lamp at dusk.');
    const b = witness('The keeper trimmed the lamp, then lit it.');
    const table = new Map();
    const [sa] = tokenize(a, undefined, undefined, table);
    const [sb] = tokenize(b, undefined, undefined, table);
    expect(sb!.tokens).toEqual(tokenize(b)[0]!.tokens);
    expect(sb!.tokens[0]).toBe(sa!.tokens[0]); // "The "
    expect(sb!.tokens[1]).toBe(sa!.tokens[1]); // "keeper "
  });

  it('numbers sentences through the whole witness and skips blank blocks', () => {
    const sentences = tokenize(witness('One sentence here.', '   ', 'Two more. And three.'));
    expect(sentences.map((s) => `${s.id}@${s.index}`)).toEqual(['W1@0', 'W2@1', 'W3@2']);
  });

  it('keeps decimals and lower-case abbreviations inside their sentence', () => {
    const texts = tokenize(witness('The fee rose to 3.50 dollars, e.g. for late returns. Then it fell.')).map((s) => s.text);
    expect(texts).toEqual(['The fee rose to 3.50 dollars, e.g. for late returns.', 'Then it fell.']);
  });

  it('keeps a title abbreviation such as "Dr." with the name after it', () => {
    const texts = tokenize(witness('Dr. Lane paid the fee. Then Mr. Okafor left.')).map((s) => s.text);
    expect(texts).toEqual(['Dr. Lane paid the fee.', 'Then Mr. Okafor left.']);
  });

  it('gives tokens that join back to the sentence text exactly', () => {
    const block = 'Mara’s “quiet” plan—built on 1,200 notes—worked;  nobody  expected it! Did it?';
    for (const s of tokenize(witness(block))) expect(s.tokens.map((t) => t.text).join('')).toBe(s.text);
  });

  it('marks words and numbers as words, punctuation not', () => {
    const tokens = tokenizeSentence('Six ships, 40 crew!');
    expect(tokens.map((t) => [t.text, t.word])).toEqual([
      ['Six ', true],
      ['ships', true],
      [', ', false],
      ['40 ', true],
      ['crew', true],
      ['!', false],
    ]);
  });

  it('keeps stopwords out of the terms and stems the rest', () => {
    const [s] = tokenize(witness('The layers of the models were solving problems.'));
    expect(s!.terms).toEqual(['layer', 'model', 'solv', 'problem']);
  });
});

describe('normalizeToken', () => {
  it('folds case, typographic quotes and dashes, ellipses and full-width letters', () => {
    expect(normalizeToken('Harbour')).toBe(normalizeToken('HARBOUR'));
    expect(normalizeToken('Mara’s')).toBe("mara's");
    expect(normalizeToken('‘x’')).toBe("'x'");
    expect(normalizeToken('“')).toBe('"');
    expect(normalizeToken('—')).toBe('-');
    expect(normalizeToken('–')).toBe('-');
    expect(normalizeToken('…')).toBe('...');
    expect(normalizeToken('ＡＢＣ')).toBe('abc');
  });

  it('gives a curly-quoted and a straight-quoted sentence the same normal forms', () => {
    const curly = tokenizeSentence('She said “don’t” — twice.').map((t) => t.norm);
    const straight = tokenizeSentence('She said "don\'t" - twice.').map((t) => t.norm);
    expect(curly).toEqual(straight);
  });
});

describe('stemmerFor', () => {
  const stem = stemmerFor('en');

  it('meets inflections of one word at one stem', () => {
    expect(stem('solves')).toBe(stem('solve'));
    expect(stem('capabilities')).toBe(stem('capability'));
    expect(new Set(['layered', 'layering', 'layers', 'layer'].map(stem))).toEqual(new Set(['layer']));
    expect(stem('applied')).toBe(stem('apply'));
  });

  it('keeps words the old suffix stripper cut to stubs apart (speed→sp, early→ear, news→new)', () => {
    expect(stem('speed')).toBe('speed');
    expect(stem('early')).not.toBe(stem('ear'));
    expect(stem('news')).not.toBe(stem('new'));
  });

  it('leaves a token longer than any word as it is: some Snowball stemmers are quadratic in its length', () => {
    const token = `${'a'.repeat(100)}ing`;
    expect(stem(token)).toBe(token);
    expect(stemmerFor('ar')('١'.repeat(200_000))).toHaveLength(200_000);
  });

  it('leaves short words, numbers and words of unstemmed languages alone', () => {
    expect(stem('was')).toBe('was');
    expect(stem('l2s')).toBe('l2s');
    expect(stemmerFor('zh')('数据')).toBe('数据');
  });

  it('stems by language: German and French words meet their inflections', () => {
    expect(stemmerFor('de')('Schichten')).toBe(stemmerFor('de')('Schicht'));
    expect(stemmerFor('fr')('couches')).toBe(stemmerFor('fr')('couche'));
  });
});

describe('a sentence’s word segments rebuilt from its tokens', () => {
  it('are what ICU gives for its text, or undefined', () => {
    const piece = trickyPiece('ab Y1.,;:\'’"-)(\t\u00a0\u3000\u0301\u200d\u200b。');
    fc.assert(
      fc.property(
        fc.array(fc.array(piece, { maxLength: 20 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('en', 'zh', 'ja', 'de'),
        (blocks, language) => {
          const w: Witness = {
            id: 'w',
            sigil: 'W',
            label: 'W',
            language,
            blocks: blocks.map((p, i) => ({ id: `p${i}`, text: p.join('') })),
          };
          const words = segmentersFor(language).words;
          for (const s of tokenize(w)) {
            const rebuilt = segmentsOf(s);
            if (!rebuilt) continue;
            expect(rebuilt).toEqual(words(s.text));
            // The analysis then takes the words' normalised forms from the tokens too.
            expect(wordNorms(s)).toEqual(rebuilt.filter((x) => x.wordLike).map((x) => normalizeToken(x.text)));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('are rebuilt for plain sentences, and left to ICU around marks and unusual spaces', () => {
    const w: Witness = {
      id: 'w',
      sigil: 'W',
      label: 'W',
      language: 'en',
      blocks: [{ id: 'p1', text: 'Jesus said unto them, “Go.”  And they went. Cafe\u0301 au lait.\u00a0Fine.' }],
    };
    const [first, second, third] = tokenize(w);
    expect(segmentsOf(first!)).toEqual(segmentersFor('en').words(first!.text));
    expect(segmentsOf(second!)).toBeDefined();
    expect(segmentsOf(third!)).toBeUndefined();
  });
});
