import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownStretch, sideStretches } from '../../../src/engine/analyse/stretches.ts';
import { collate } from '../../../src/engine/collate.ts';
import { shippedPair } from '../../bench/collate.ts';

const [gate, mexc] = shippedPair();
const collation = collate(gate, mexc);

describe('sideStretches', () => {
  it('reads each side of every row of the shipped pair back to its text, marking only what that side alone has', () => {
    for (const row of collation.rows) {
      for (const side of ['a', 'b'] as const) {
        const stretches = sideStretches(row, side);
        expect(
          stretches
            .map((s) => s.text)
            .join('')
            .trim(),
          `${row.id} ${side}`,
        ).toBe(row[side]);
        const own = side === 'a' ? 'delete' : 'insert';
        expect(stretches.some((s) => s.own)).toBe(row.parts.some((p) => p.op === own && p[side].trim() !== ''));
      }
    }
  });

  it('keeps white space outside a mark, and loses no character', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const stretches = ownStretch(text, 'wording');
        expect(stretches.map((s) => s.text).join('')).toBe(text);
        for (const s of stretches) if (s.own) expect(s.text).toBe(s.text.trim());
      }),
      { numRuns: 200 },
    );
  });
});
