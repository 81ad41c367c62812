import { describe, expect, it } from 'vitest';
import { MAX_GROUP } from '../../../src/engine/align/align-sentences.ts';
import { alignmentBand, bandHoldsSharedTerms, fullBand } from '../../../src/engine/align/band.ts';
import { bagOf, termNumbers, termWeights } from '../../../src/engine/align/similarity.ts';
import { tokenize } from '../../../src/engine/tokens/tokenize.ts';
import { witness } from './stages.ts';

/** Whether a band of `radius` around the straight line holds every pairing of the two texts' sentences. */
function holds(a: string, b: string, radius: number | 'full'): boolean {
  const sa = tokenize(witness('A', a));
  const sb = tokenize(witness('B', b));
  const weights = termWeights(sa, sb);
  const band = radius === 'full' ? fullBand(sa.length, sb.length) : alignmentBand(sa.length, sb.length, [], radius);
  const bags = (ss: typeof sa) => ss.map((s) => bagOf([s], weights));
  return bandHoldsSharedTerms(band, bags(sa), bags(sb), termNumbers(weights).size, MAX_GROUP);
}

describe('bandHoldsSharedTerms', () => {
  const lighthouse = Array.from({ length: 30 }, (_, i) => `Keeper ${i % 2 ? 'Mara' : 'Ivo'} rowed out.`).join(' ');
  const storm = Array.from({ length: 30 }, (_, i) => `Storm ${i % 2 ? 'Bela' : 'Orla'} cracked glass.`).join(' ');

  it('holds for texts with no term in common, however narrow the band: nothing outside it could pair', () => {
    expect(holds(lighthouse, storm, 2)).toBe(true);
  });

  it('fails when a term of A’s first sentence is in B’s last, far outside a narrow band, and holds for the whole matrix', () => {
    const late = `${storm} The keeper came home.`;
    expect(holds(lighthouse, late, 2)).toBe(false);
    expect(holds(lighthouse, late, 'full')).toBe(true);
  });
});
