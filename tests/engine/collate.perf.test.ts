import { describe, expect, it } from 'vitest';
import { collate } from '../../src/engine/collate.ts';
import { LINEAR_RATIO, scaling } from '../support/scaling.ts';
import { scaledPair, shippedPair } from '../bench/collate.ts';

const [gate, mexc] = shippedPair();

describe('collate on long inputs', () => {
  it('collates the pair scaled 100× (about 1,800 sentences a side) in time linear in its length, still pairing nearly everything', () => {
    // Banded DP grows with the length; the full quadratic matrix would take four times as long at 2n.
    const { ratio, result: long } = scaling(
      (factor) => scaledPair(gate, mexc, factor),
      ([a, b]) => collate(a, b),
      50,
      1,
    );
    expect(long.a.sentences).toBeGreaterThan(1700);
    expect(ratio).toBeLessThan(LINEAR_RATIO);
    // Each repetition drops one sentence per side, so a few percent stay unpaired; a band that
    // lost the path would leave far more.
    expect(long.stats.pairedSentences.a / long.a.sentences).toBeGreaterThan(0.9);
    expect(long.stats.pairedSentences.b / long.b.sentences).toBeGreaterThan(0.9);
  });
});
