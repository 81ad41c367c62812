import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeToken, withoutTrailing } from '../../../src/engine/text/normalize.ts';

describe('normalizeToken', () => {
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

describe('withoutTrailing', () => {
  it('takes off the run of marks at the end, as the pattern anchored at the end does', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '.', ':', ' ', 'é', '。') }), (text) => {
        expect(withoutTrailing(text, /[.: 。]/u)).toBe(text.replace(/[.: 。]+$/u, ''));
      }),
    );
  });
});
