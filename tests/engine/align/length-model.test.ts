import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lengthModel } from '../../../src/engine/align/length-model.ts';
import type { Sentence } from '../../../src/engine/tokens/tokenize.ts';
import { A, B, para } from './lighthouse.ts';
import { show, stages, witness } from './stages.ts';

/** Sentences of the given lengths, each with one term of its own. */
const sentences = (lengths: readonly number[], side: string): Sentence[] =>
  lengths.map(
    (n, index) => ({ id: `${side}${index + 1}`, index, block: 'p', text: 'x'.repeat(n), terms: [`t${index}`] }) as unknown as Sentence,
  );

describe('lengthModel', () => {
  const lengths = fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 8 });

  it('costs nothing for proportional lengths, and at most log 10 for any, whichever side is A', () => {
    fc.assert(
      fc.property(lengths, lengths, (x, y) => {
        const a = sentences(x, 'A');
        const b = sentences(y, 'B');
        const ab = lengthModel(a, b, []);
        const ba = lengthModel(b, a, []);
        for (let k = 1; k <= x.length; k++) {
          for (let l = 1; l <= y.length; l++) {
            const cost = ab.cost(k, k, l, l);
            expect(cost).toBeGreaterThanOrEqual(0);
            expect(cost).toBeLessThanOrEqual(Math.log(10) + 1e-12);
            expect(ba.cost(l, l, k, k)).toBe(cost);
          }
        }
        const twice = lengthModel(
          a,
          sentences(
            x.map((n) => 2 * n),
            'B',
          ),
          [],
        );
        for (let k = 1; k <= x.length; k++) expect(twice.cost(k, 1, k, 1)).toBeCloseTo(0, 9);
      }),
    );
  });

  it('costs more the further a pair is from the witnesses’ ratio', () => {
    const model = lengthModel(sentences([90, 90, 90, 90], 'A'), sentences([90, 90, 90, 90], 'B'), []);
    expect(model.cost(1, 1, 1, 1)).toBeCloseTo(0, 12);
    expect(model.cost(1, 1, 2, 2)).toBeGreaterThan(1);
    expect(model.cost(1, 1, 3, 3)).toBeGreaterThan(model.cost(1, 1, 2, 2));
  });
});

describe('alignment with lengths', () => {
  it('completes a pair with a short sentence that shares no content word, when the lengths call for it', () => {
    const s = stages(
      witness(
        'A',
        para(A[0], 'When they looked, they saw that the heavy stone was rolled away from the door: for it was very great.', A[2]),
      ),
      witness('B', para(B[0], 'Looking up, they saw that the heavy stone was rolled back from the door.', 'It was huge.', B[2])),
    );
    expect(show(s.paired, s.sa, s.sb)).toEqual(['A1=B1', 'A2=B2 B3', 'A3=B4']);
  });
});
