import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeToken, withoutTrailing } from '../../../src/engine/text/normalize.ts';
import { languageProfile } from '../../../src/engine/text/profile.ts';

describe('normalizeToken', () => {
  it('reads a Turkish capital "İ" as "i", without the combining dot its lower case would keep', () => {
    expect(normalizeToken('İSTANBUL')).toBe(normalizeToken('istanbul'));
    expect(normalizeToken('İlgili')).toBe('ilgili');
  });

  it('gives what the normalisation gives for every ASCII character, where most words take a shortcut', () => {
    for (let c = 0; c < 0x80; c++) {
      for (const text of [String.fromCharCode(c), `ab${String.fromCharCode(c)}`, `${String.fromCharCode(c)}ab`]) {
        expect(normalizeToken(text)).toBe(normalize(text));
      }
    }
  });

  it('gives what the normalisation gives for any text of ASCII and typographic characters', () => {
    const char = fc.constantFrom(...'aZ09 `\'".-_\t\u00a0\u2019\u201c\u2014\u2026\uff21'.split(''));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        expect(normalizeToken(text)).toBe(normalize(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('Romanian ș and ț, with a comma below or a cedilla', () => {
  it('are one letter each', () => {
    expect(normalize('Și ȚARA')).toBe(normalize('Şi ŢARA'));
    expect(normalize(normalize('Și ȚARA'))).toBe(normalize('Și ȚARA'));
  });

  it('give a text in today’s spelling its stopwords and its endings', () => {
    const ro = languageProfile('ro');
    // "and", "are", "you (pl.) work", "of the capabilities": the list and the stemmer spell them with a cedilla.
    for (const word of ['și', 'sunteți']) expect(ro.terms(normalizeToken(word))).toEqual([]);
    expect(ro.terms(normalizeToken('lucrați'))).toEqual(ro.terms(normalizeToken('lucrează')));
    expect(ro.terms(normalizeToken('capacităților'))).toEqual(ro.terms(normalizeToken('capacitate')));
  });
});

describe('withoutTrailing', () => {
  it('takes off the run of marks at the end, as the pattern anchored at the end does', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '.', ':', ' ', 'é', '。') }), (text) => {
        expect(withoutTrailing(text, /[.: 。]/u)).toBe(text.replace(/[.: 。]+$/u, ''));
      }),
    );
  });
});
