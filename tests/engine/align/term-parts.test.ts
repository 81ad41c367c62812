import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_PART_LENGTH, termParts } from '../../../src/engine/align/term-parts.ts';
import { collate } from '../../../src/engine/collate.ts';
import type { Sentence } from '../../../src/engine/tokens/tokenize.ts';
import { witness } from './stages.ts';

/** A sentence that is nothing but its terms (the only field `termParts` reads). */
const sentence = (terms: string[], index = 0): Sentence => ({
  id: `S${index + 1}`,
  index,
  block: 'p1',
  text: terms.join(' '),
  tokens: [],
  terms,
});
const termsOf = (sentences: readonly Sentence[]) => sentences.map((s) => s.terms);

describe('termParts', () => {
  it('reads a compound one witness has as the parts the other has (German Gnadengabe, Gesetzeswerk)', () => {
    const { a, b } = termParts([sentence(['gnadengab', 'gesetzeswerk', 'glaub'])], [sentence(['gnad', 'gesetz', 'werk', 'glaub'])]);
    expect(termsOf(a)).toEqual([['gnad', 'gesetz', 'werk', 'glaub']]);
    expect(termsOf(b)).toEqual([['gnad', 'gesetz', 'werk', 'glaub']]);
  });

  it('leaves a term alone when the other witness has it, and a suffix whose head is too short to be a word ("swine", "wine")', () => {
    const { a } = termParts([sentence(['swine', 'hoffnung', 'hoff'])], [sentence(['wine', 'hoff'])]);
    expect(termsOf(a)).toEqual([['swine', 'hoff', 'hoff']]);
  });

  it('leaves a term longer than any word whole, even when the other witness has its head and tail', () => {
    // Trying every prefix of a 4 M-letter token would take days; no word is that long.
    const giant = `gnad${'e'.repeat(100)}gesetz`;
    const { a } = termParts([sentence([giant])], [sentence(['gnad', 'gesetz'])]);
    expect(termsOf(a)).toEqual([[giant]]);
  });

  it('pairs two German sentences that share only the parts of a compound by their words, not by position alone', () => {
    // Without parts, "Gnadengabe" and "Gnade" are different terms: the middle pair shares no
    // term and is paired by position only.
    const a = witness('A', 'Der Leuchtturm wurde 1871 gebaut. Die Gnadengabe kam spät. Im Winter zerbrach das Glas.');
    const b = witness('B', 'Der Leuchtturm entstand 1871. Die Gnade erschien zuletzt. Im Winter zersprang das Glas.');
    const rows = collate(a, b, { language: 'de' }).rows;
    expect(rows.map((r) => `${r.aSentences.join(' ')}=${r.bSentences.join(' ')}`)).toEqual(['A1=B1', 'A2=B2', 'A3=B3']);
    expect(rows[1]!.kind).toBe('reworded');
  });

  const term = fc.constantFrom(
    'gnad',
    'gnadengab',
    'gesetz',
    'werk',
    'gesetzeswerk',
    'hoff',
    'hoffnung',
    'wine',
    'swine',
    'skin',
    'wineskin',
    'tag',
  );
  const side = fc.array(fc.array(term, { maxLength: 5 }), { maxLength: 5 }).map((list) => list.map((terms, i) => sentence(terms, i)));

  it('is the same whichever witness is A', () => {
    fc.assert(
      fc.property(side, side, (x, y) => {
        const forward = termParts(x, y);
        const backward = termParts(y, x);
        expect(termsOf(forward.a)).toEqual(termsOf(backward.b));
        expect(termsOf(forward.b)).toEqual(termsOf(backward.a));
      }),
    );
  });

  it('changes only terms the other witness lacks, each into parts of it that the other witness has', () => {
    fc.assert(
      fc.property(side, side, (x, y) => {
        const other = new Set(y.flatMap((s) => s.terms));
        termParts(x, y).a.forEach((s, i) => {
          const before = x[i]!.terms;
          if (before.every((t) => other.has(t))) expect(s).toBe(x[i]);
          for (const t of s.terms)
            expect(
              before.includes(t) || (other.has(t) && t.length >= MIN_PART_LENGTH && before.some((u) => u.startsWith(t) || u.endsWith(t))),
            ).toBe(true);
        });
      }),
    );
  });

  it('changes nothing when a witness is collated with itself', () => {
    fc.assert(
      fc.property(side, (x) => {
        const { a, b } = termParts(x, x);
        a.forEach((s, i) => expect(s).toBe(x[i]));
        b.forEach((s, i) => expect(s).toBe(x[i]));
      }),
    );
  });
});
