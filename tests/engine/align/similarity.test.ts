import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bagOf, mergeBags, sharedEvidence, similarity } from '../../../src/engine/align/similarity.ts';
import type { Sentence } from '../../../src/engine/tokens/tokenize.ts';

const sentence = (terms: string[]): Sentence => ({ id: 'S1', index: 0, block: 'p1', text: terms.join(' '), tokens: [], terms });

/** Shared weight counted the plain way: each term as often as both hold it, times its weight, twice. */
function naiveEvidence(x: string[], y: string[], weights: ReadonlyMap<string, number>): number {
  const count = (terms: string[]) => {
    const m = new Map<string, number>();
    for (const t of terms) if (weights.has(t)) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const cx = count(x);
  const cy = count(y);
  let shared = 0;
  for (const [t, n] of [...cx].sort(([p], [q]) => (p < q ? -1 : 1))) shared += Math.min(n, cy.get(t) ?? 0) * weights.get(t)!;
  return 2 * shared;
}

describe('bags of terms in a shared store', () => {
  it('give the evidence and similarity of their terms, merged or not, however many bags the store holds', () => {
    const vocabulary = Array.from({ length: 40 }, (_, k) => `t${k}`);
    const weights = new Map(vocabulary.slice(0, 35).map((t, k) => [t, 1 + k / 7]));
    const terms = fc.array(fc.constantFrom(...vocabulary), { maxLength: 30 });
    fc.assert(
      fc.property(terms, terms, terms, (x, y, z) => {
        const bx = bagOf([sentence(x)], weights);
        const by = bagOf([sentence(y)], weights);
        const bz = bagOf([sentence(z)], weights);
        const xy = mergeBags(bx, by);
        expect(sharedEvidence(xy, bz, weights)).toBeCloseTo(naiveEvidence([...x, ...y], z, weights), 9);
        expect(sharedEvidence(bagOf([sentence([...x, ...y])], weights), bz, weights)).toBeCloseTo(sharedEvidence(xy, bz, weights), 9);
        expect(similarity(xy, xy, weights)).toBeCloseTo(xy.mass > 0 ? 1 : 0, 9);
        // Bags made earlier keep their numbers while later ones fill the store and open new ones.
        expect(sharedEvidence(bx, bz, weights)).toBeCloseTo(naiveEvidence(x, z, weights), 9);
      }),
      { numRuns: 5000 },
    );
  });

  it('give the same similarity, to the last bit, whatever order the weights list their terms in', () => {
    // The weights of A and B list A's terms first; swapped, B's. Summed in that order, a similarity
    // was 0.5 one way and 0.49999999999999994 the other, and a move at a least similarity of 0.5
    // was found only one way round.
    const vocabulary = Array.from({ length: 30 }, (_, k) => `t${k}`);
    const terms = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 12 });
    const weights = fc.array(fc.double({ min: 0.1, max: 5, noNaN: true }), { minLength: 30, maxLength: 30 });
    const order = fc.shuffledSubarray(vocabulary, { minLength: 30, maxLength: 30 });
    fc.assert(
      fc.property(terms, terms, weights, order, (x, y, w, listed) => {
        const weightOf = new Map(vocabulary.map((t, k) => [t, w[k]!]));
        const sim = (m: ReadonlyMap<string, number>) => similarity(bagOf([sentence(x)], m), bagOf([sentence(y)], m), m);
        expect(sim(new Map(listed.map((t) => [t, weightOf.get(t)!])))).toBe(sim(weightOf));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a bag larger than a store whole', () => {
    const many = Array.from({ length: 70000 }, (_, k) => `w${k}`);
    const weights = new Map(many.map((t) => [t, 1]));
    const big = bagOf([sentence(many)], weights);
    const merged = mergeBags(big, bagOf([sentence(['w1', 'w69999'])], weights));
    expect(big.size).toBe(70000);
    expect(sharedEvidence(merged, big, weights)).toBe(2 * 70000);
    expect(sharedEvidence(merged, bagOf([sentence(['w1', 'w1', 'w69999'])], weights), weights)).toBe(2 * 3);
  });
});
