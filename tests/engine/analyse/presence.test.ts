import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spellingVariants, withinEditDistance } from '../../../src/engine/analyse/presence.ts';

/** Levenshtein distance by the whole table: the reference the banded test must agree with. */
function distance(x: string, y: string): number {
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length]!;
}

describe('withinEditDistance', () => {
  it('agrees with the whole Levenshtein table for every bound', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (x, y, k) => {
        expect(withinEditDistance(x, y, k)).toBe(distance(x, y) <= k);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads two tokens of 200,000 letters that differ in one letter or two (the band keeps it linear)', () => {
    const long = 'a'.repeat(200_000);
    expect(withinEditDistance(long, `${long.slice(1)}b`, 2)).toBe(true);
    expect(withinEditDistance(long, `b${long.slice(2)}b`, 1)).toBe(false);
  });
});

describe('spellingVariants', () => {
  it('takes spellings of one word, not different words', () => {
    expect(spellingVariants('organise', 'organize')).toBe(true);
    expect(spellingVariants('colour', 'color')).toBe(true);
    expect(spellingVariants('problem', 'protect')).toBe(false);
  });
});
