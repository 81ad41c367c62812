import { describe, expect, it } from 'vitest';
import { collate } from '../../src/engine/collate.ts';
import type { Witness } from '../../src/engine/tokens/tokenize.ts';
import { random } from '../support/random.ts';
import { LINEAR_RATIO, scaling, shapeRatio } from '../support/scaling.ts';
import { shippedPair } from '../bench/collate.ts';

const [gate] = shippedPair();

/** `n` characters or so of made-up words with no sentence break, from a seeded PRNG. */
function runOn(n: number, seed: number): string {
  const rng = random(seed);
  const words: string[] = [];
  for (let length = 0; length < n; length += words.at(-1)!.length + 1) {
    words.push(
      Array.from(
        { length: 2 + Math.floor(rng() * 3) },
        () => 'bdgklmnprstv'[Math.floor(rng() * 12)]! + 'aeiou'[Math.floor(rng() * 5)]!,
      ).join(''),
    );
  }
  return words.join(' ');
}

/** A witness of one paragraph. */
const witness = (sigil: string, text: string): Witness => ({ id: sigil.toLowerCase(), sigil, label: sigil, blocks: [{ id: 'p1', text }] });

/**
 * Shapes no essay has but a file given to the CLI may: each is timed at n and 2n characters (under
 * `MAX_WITNESS_CHARACTERS`), and a step quadratic in the shape's size reads about 4.
 */
describe('collate on hostile inputs', () => {
  it('collates one word of n letters against the shipped essay in time that does not grow with the word (compound parts)', () => {
    // Splitting a term into the other side's words tried its every prefix: 25,000 letters took 8 s, 3.99 M never ended.
    const { ratio, result } = scaling(
      (n) => [witness('A', 'a'.repeat(n)), gate] as const,
      ([a, b]) => collate(a, b),
      10_000,
      1,
    );
    expect(result.a.sentences).toBe(1);
    expect(ratio).toBeLessThan(LINEAR_RATIO);
  });

  it('collates a word of n letters against the same word with its last letter changed in linear time (spelling variants)', () => {
    // Telling a spelling variant used the whole edit-distance table: 20,000 letters took 7 s, 40,000 took 38 s.
    const { ratio, result } = scaling(
      (n) => {
        const word = 'a'.repeat(n);
        return [
          witness('A', `The word ${word} is long. It is read as one.`),
          witness('B', `The word ${word.slice(1)}b is long. It is read as one.`),
        ] as const;
      },
      ([a, b]) => collate(a, b),
      10_000,
      1,
    );
    expect(result.rows.map((r) => r.kind)).toEqual(['reworded', 'identical']);
    expect(ratio).toBeLessThan(LINEAR_RATIO);
  });

  it('collates two unrelated one-sentence texts of n characters in linear time (the row’s word diff)', () => {
    // Myers' diff takes the row's length times its edits: 25,000 characters a side took 0.8 s, 50,000 took 2.9 s, 200,000 took 41 s.
    const { ratio, result } = scaling(
      (n) => [witness('A', `${runOn(n, 1)}.`), witness('B', `${runOn(n, 2)}.`)] as const,
      ([a, b]) => collate(a, b),
      25_000,
      1,
    );
    expect(result.rows).toHaveLength(1);
    expect(ratio).toBeLessThan(LINEAR_RATIO);
  });

  it('collates thousands of one-word sentences against as many with nothing in common about as fast as against themselves (the band)', () => {
    // Nothing pairs, so every path scores the same and the one taken runs along the band's edge:
    // the band was widened to its largest, 2,048 cells a sentence (2,500 sentences a side took
    // 8.3 s against 0.3 s for the same text on both sides; 10,000 took 1 GB).
    const { ratio, result } = shapeRatio(
      (other: string) => [witness('A', 'Ab! '.repeat(2500)), witness('B', `${other}! `.repeat(2500))] as const,
      ([a, b]) => collate(a, b),
      'Ab',
      'Cd',
    );
    expect(result.a.sentences).toBe(2500);
    expect(result.stats.pairedSentences.a).toBe(0);
    expect(ratio).toBeLessThan(LINEAR_RATIO);
  });
});
