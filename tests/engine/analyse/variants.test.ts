import { describe, expect, it } from 'vitest';
import { reader } from '../../../src/engine/analyse/reading.ts';
import { classifyChange, type VariantClass } from '../../../src/engine/analyse/variants.ts';
import { collate } from '../../../src/engine/collate.ts';
import { languageProfile } from '../../../src/engine/text/profile.ts';

const en = languageProfile('en');
const classOf = (a: string, b: string): VariantClass => classifyChange(a, b, { a: reader(en), b: reader(en) });

describe('variant classes', () => {
  it.each([
    ['punctuation', ', ', '; '],
    ['an inflection or spelling variant', 'organise ', 'organize '],
    ['an acronym against its expansion', 'LLMs ', 'large language models '],
    ['digits against a number word', '3 ', 'three '],
  ])('%s is formal', (_, a, b) => expect(classOf(a, b)).toBe('formal'));

  it.each([
    ['one verb for another', 'achieves ', 'produces '],
    ['a question mark for a full stop', '?', '.'],
  ])('%s is wording', (_, a, b) => expect(classOf(a, b)).toBe('wording'));

  it.each([
    ['a name added', 'certain models ', 'DeepSeek R1 '],
    ['a number changed', '1887 ', '1889 '],
    ['a negation added', 'is ', 'is not '],
    ['a clause added', '', 'and it can serve as a mental massage on the weekend'],
  ])('%s is substance', (_, a, b) => expect(classOf(a, b)).toBe('substance'));

  it('gives both parts of a change the same class, and every changed part a class', () => {
    const c = collate(
      { id: 'a', sigil: 'A', label: 'A', language: 'en', blocks: [{ id: 'p', text: 'Models at L1 achieve a leap, said certain labs.' }] },
      { id: 'b', sigil: 'B', label: 'B', language: 'en', blocks: [{ id: 'p', text: 'Models at L1 produce a leap; said OpenAI.' }] },
    );
    const parts = c.rows.flatMap((r) => r.parts);
    expect(parts.filter((p) => p.op !== 'equal').every((p) => p.variant)).toBe(true);
    expect(parts.filter((p) => p.op === 'equal').some((p) => p.variant)).toBe(false);
    expect(c.stats.variants).toEqual({ formal: 1, wording: 1, substance: 1 });
  });
});
