import { describe, expect, it } from 'vitest';
import { sharesKeyTerms } from '../../../src/importer/detect/content-terms.ts';

const words = (text: string) => text.split(' ');

describe('sharesKeyTerms', () => {
  it('is true when half the key terms of the text with fewer, three at least, are the other’s key terms too', () => {
    const a = words('layer ai layer crypto ai l1 l1 problem');
    const b = words('layer layer ai ai l1 l1 chain chain user user token token');
    expect(sharesKeyTerms(a, b)).toBe(true);
    expect(sharesKeyTerms(b, a)).toBe(true);
  });

  it('counts only repeated terms: words used once on each side make no key', () => {
    expect(sharesKeyTerms(words('layer ai l1 l2 problem'), words('layer ai l1 l2 problem'))).toBe(false);
  });

  it('is false with fewer than three shared key terms, or under half of the fewer', () => {
    expect(sharesKeyTerms(words('layer layer ai ai'), words('layer layer ai ai'))).toBe(false);
    const a = words('layer layer ai ai l1 l1 chain chain token token user user fee fee');
    const b = words('layer layer ai ai l1 l1 bread bread flour flour oven oven salt salt');
    expect(sharesKeyTerms(a, b)).toBe(false);
  });
});
