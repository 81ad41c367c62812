import { describe, expect, it } from 'vitest';
import { namesTopic, sharesKeyTerms, withInflections } from '../../../src/importer/detect/content-terms.ts';

const words = (text: string) => text.split(' ');

describe('sharesKeyTerms', () => {
  it('is true when a third of the key terms of the text with fewer, three at least, are the other’s key terms too', () => {
    const a = words('layer ai layer crypto ai l1 l1 problem');
    const b = words('layer layer ai ai l1 l1 chain chain user user token token');
    expect(sharesKeyTerms(a, b)).toBe(true);
    expect(sharesKeyTerms(b, a)).toBe(true);
  });

  it('counts only repeated terms: words used once on each side make no key', () => {
    expect(sharesKeyTerms(words('layer ai l1 l2 problem'), words('layer ai l1 l2 problem'))).toBe(false);
  });

  it('is false with fewer than three shared key terms, or under a third of the fewer', () => {
    expect(sharesKeyTerms(words('layer layer ai ai'), words('layer layer ai ai'))).toBe(false);
    const own = (k: string) => `${k} ${k}`;
    const a = words(['layer', 'ai', 'l1', 'chain', 'token', 'user', 'fee', 'gas', 'bridge', 'rollup'].map(own).join(' '));
    const b = words(['layer', 'ai', 'l1', 'bread', 'flour', 'oven', 'salt', 'yeast', 'crust', 'dough'].map(own).join(' '));
    expect(sharesKeyTerms(a, b)).toBe(false);
    expect(
      sharesKeyTerms(a, words(['layer', 'ai', 'l1', 'chain', 'bread', 'flour', 'oven', 'salt', 'yeast', 'crust'].map(own).join(' '))),
    ).toBe(true);
  });
});

describe('withInflections', () => {
  const vocabulary = withInflections(new Set(['paradoksu', 'warstw', 'katmanlaşma', 'layer']));

  it('holds a term that begins one of the vocabulary’s, or that one of them begins, of five characters at least', () => {
    for (const term of ['paradoks', 'warstwy', 'warstwami', 'katma', 'paradoksu', 'layer']) expect(vocabulary.has(term), term).toBe(true);
  });

  it('holds no shorter beginning, nor a word that only starts alike', () => {
    for (const term of ['para', 'lay', 'warsaw', 'katalog', 'paradise']) expect(vocabulary.has(term), term).toBe(false);
  });

  it('holds a compound that ends with one of the vocabulary’s terms, past a first part of three characters at least', () => {
    // Swedish "Lagerparadoxen" (the layer paradox) names the "paradox" of an essay that says "paradoxens".
    const paradox = withInflections(new Set(['paradox']));
    for (const term of ['lagerparadox', 'schichtparadox']) expect(paradox.has(term), term).toBe(true);
    for (const term of ['xyparadox', 'paradoxa'.slice(0, 4)]) expect(paradox.has(term), term).toBe(false);
  });

  it('names a topic with fewer terms when asked: one of a headline’s one or two', () => {
    expect(namesTopic(['paradox'], new Set(['paradox']))).toBe(false);
    expect(namesTopic(['paradox'], new Set(['paradox']), 1)).toBe(true);
    expect(namesTopic(['paradox', 'market', 'weekly'], new Set(['paradox']), 1)).toBe(false);
  });

  it('lets a headline in another case than the essay’s name its topic', () => {
    expect(namesTopic(['paradoks', 'warstw'], new Set(['paradoksu', 'warstwy']))).toBe(false);
    expect(namesTopic(['paradoks', 'warstw'], withInflections(new Set(['paradoksu', 'warstwy'])))).toBe(true);
  });
});
