import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { chooseSigil, takenSigils } from '../../src/importer/choose-sigil.ts';
import { ROOT } from '../support/build-site.ts';

describe('chooseSigil', () => {
  it('takes the first letter of the id when it is free', () => {
    expect(chooseSigil('gate', new Set())).toBe('G');
    expect(chooseSigil('365huo', new Set())).toBe('H');
  });

  it('adds the initials of the other parts, then later letters, then digits', () => {
    expect(chooseSigil('mexc-it', new Set(['M']))).toBe('MI');
    expect(chooseSigil('gate', new Set(['G']))).toBe('GA');
    expect(chooseSigil('g', new Set(['G']))).toBe('G2');
  });

  it('always returns a sigil the schema accepts and nobody uses', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const sigil = chooseSigil('mirror', taken);
      expect(sigil).toMatch(/^[A-Z][A-Z0-9]{0,2}$/);
      expect(taken.has(sigil)).toBe(false);
      taken.add(sigil);
    }
  });
});

describe('takenSigils', () => {
  it('reads the sigla of the shipped reposts, optionally leaving one out', () => {
    const all = takenSigils(join(ROOT, 'content'));
    expect([...all]).toEqual(expect.arrayContaining(['G', 'M']));
    const withoutGate = takenSigils(join(ROOT, 'content'), 'gate');
    expect(withoutGate.has('G')).toBe(false);
    expect(withoutGate.size).toBe(all.size - 1);
  });
});
