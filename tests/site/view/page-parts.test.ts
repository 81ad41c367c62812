import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compressedSize, fitsBudget, PAGE_BUDGET, partIndexes, partWeight, splitIntoParts } from '../../../src/site/view/page-parts.ts';

/** `fits` by a sum of costs within a room: the greedy split's reference. */
const bySum = (costs: readonly number[], room: number) => (start: number, end: number) =>
  costs.slice(start, end).reduce((n, c) => n + c, 0) <= room;

describe('splitIntoParts', () => {
  it('cuts the items into consecutive, non-empty parts that cover them all in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 200 }), fc.integer({ min: 1, max: 300 }), (costs, room) => {
        const parts = splitIntoParts(costs.length, bySum(costs, room));
        expect(parts[0]!.start).toBe(0);
        expect(parts.at(-1)!.end).toBe(costs.length);
        for (let k = 1; k < parts.length; k++) expect(parts[k]!.start).toBe(parts[k - 1]!.end);
        if (costs.length > 0) for (const p of parts) expect(p.end).toBeGreaterThan(p.start);
        expect(partIndexes(parts)).toHaveLength(costs.length);
      }),
    );
  });

  it('fills each part as far as it fits: a part of several items fits, and the next item would not have', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 200 }), fc.integer({ min: 1, max: 300 }), (costs, room) => {
        const fits = bySum(costs, room);
        const parts = splitIntoParts(costs.length, fits);
        for (const p of parts) {
          if (p.end - p.start > 1) expect(fits(p.start, p.end)).toBe(true);
          if (p.end < costs.length) expect(fits(p.start, p.end + 1)).toBe(false);
        }
      }),
    );
  });

  it('gives an item too large for any part a part of its own, and an empty list one empty part', () => {
    expect(splitIntoParts(3, bySum([5, 500, 5], 100))).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
      { start: 2, end: 3 },
    ]);
    expect(splitIntoParts(0, () => true)).toEqual([{ start: 0, end: 0 }]);
  });

  it('asks about a part a few times, not once per item', () => {
    let calls = 0;
    splitIntoParts(1000, (start, end) => {
      calls++;
      return end - start <= 400;
    });
    expect(calls).toBeLessThan(3 * 2 * Math.log2(1000));
  });

  it('lets the first part have its own room', () => {
    const parts = splitIntoParts(10, (start, end, k) => end - start <= (k === 0 ? 2 : 4));
    expect(parts.map((p) => p.end - p.start)).toEqual([2, 4, 4]);
  });
});

describe('the budget of a part', () => {
  it('compresses the items of a part together: repeated text weighs less than the sum of its copies alone', () => {
    const sentence = 'Капитальный скачок против смещения проблем: многоуровневый парадокс ИИ и крипто. ';
    const items = Array.from({ length: 20 }, () => ({ text: sentence, markup: 0 }));
    const fixed = { text: '', markup: 0 };
    const together = partWeight(items, { start: 0, end: 20 }, fixed);
    expect(together).toBeLessThan(20 * compressedSize(sentence));
    expect(together).toBeGreaterThanOrEqual(compressedSize(sentence));
  });

  it('splits text that does not compress, in a two-byte script, into parts within the budget', () => {
    // Letters in no order: a pseudo-random text compresses little, like a translation does.
    let seed = 7;
    const letter = () => String.fromCharCode(0x430 + ((seed = (seed * 48271) % 2147483647) % 32));
    const items = Array.from({ length: 60 }, () => ({ text: Array.from({ length: 400 }, letter).join(''), markup: 40 }));
    const fixed = () => ({ text: 'chrome', markup: 5000 });
    const parts = splitIntoParts(items.length, fitsBudget(items, fixed));
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(partWeight(items, p, fixed())).toBeLessThanOrEqual(PAGE_BUDGET);
  });
});
