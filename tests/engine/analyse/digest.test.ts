import { describe, expect, it } from 'vitest';
import type { DigestEntry } from '../../../src/engine/analyse/digest.ts';
import { collate } from '../../../src/engine/collate.ts';
import type { Witness } from '../../../src/engine/tokens/tokenize.ts';

/** A witness of one paragraph per string, in English. */
function witness(sigil: string, paragraphs: string[], author?: string): Witness {
  return {
    id: sigil.toLowerCase(),
    sigil,
    label: sigil,
    language: 'en',
    blocks: paragraphs.map((text, i) => ({ id: `p${i + 1}`, text })),
    ...(author ? { author } : {}),
  };
}

const kinds = (entries: DigestEntry[]) => entries.map((e) => `${e.kind}: ${e.text}`);

describe('digest: what only one side has', () => {
  it('lists a name one side drops, on the side that has it, linked to its row', () => {
    const c = collate(
      witness('A', ['The reasoning models of the second layer fill this gap, and certain models can solve hard problems.']),
      witness('B', ['The reasoning models of the second layer fill this gap, and DeepSeek R1 can solve hard problems.']),
    );
    expect(kinds(c.digest!.a)).toEqual([]);
    expect(kinds(c.digest!.b)).toEqual(['name: DeepSeek R1']);
    expect(c.digest!.b[0]!.row).toBe(c.rows[0]!.id);
  });

  it('lists a changed number on both sides', () => {
    const c = collate(
      witness('A', ['The bridge was built in 1887 and carried trains for a century.']),
      witness('B', ['The bridge was built in 1889 and carried trains for a century.']),
    );
    expect(kinds(c.digest!.a)).toEqual(['number: 1887']);
    expect(kinds(c.digest!.b)).toEqual(['number: 1889']);
  });

  it('lists a question the other side makes a statement', () => {
    const c = collate(witness('A', ['So where exactly does the problem lie?']), witness('B', ['So we should ask where the problem lies.']));
    expect(kinds(c.digest!.a)).toContain('question: So where exactly does the problem lie?');
    expect(c.digest!.b.some((e) => e.kind === 'question')).toBe(false);
  });

  it('lists a first-person voice one side removes', () => {
    const c = collate(
      witness('A', ['The comparison of the two fields is interesting to think about.']),
      witness('B', ['I just think the comparison of the two fields is interesting.']),
    );
    expect(kinds(c.digest!.b)).toContain('first-person: I just think');
    expect(c.digest!.a.some((e) => e.kind === 'first-person')).toBe(false);
  });

  it('lists the author credit of the side that gives one, outside any row', () => {
    const c = collate(witness('A', ['Same words here.']), witness('B', ['Same words here.'], 'Haotian'));
    expect(c.digest!.b).toEqual([{ kind: 'credit', text: 'Haotian', row: null }]);
    expect(c.digest!.a).toEqual([]);
  });

  it('lists a sentence only one side has', () => {
    const c = collate(
      witness('A', ['Rivers carry silt to the sea. Deltas grow where the current slows.']),
      witness('B', [
        'Rivers carry silt to the sea. Every spring the old ferryman counted the geese over the marsh. Deltas grow where the current slows.',
      ]),
    );
    expect(kinds(c.digest!.b)).toContain('sentence: Every spring the old ferryman counted the geese over the marsh.');
  });

  it('does not count an acronym against its expansion, a code against its spelt-out form, or a short form against a long one', () => {
    const c = collate(
      witness('A', ['For example, LLMs in L2 solve language, and Crypto layering follows tokens.']),
      witness('B', ['For example, large language models in layer2 solve language, and cryptocurrency layering follows tokens.']),
    );
    expect(kinds(c.digest!.a)).toEqual([]);
    expect(kinds(c.digest!.b)).toEqual([]);
  });

  it('finds an added clause of several content words as a passage, not a paraphrase of one word', () => {
    const c = collate(
      witness('A', ['The comparison is interesting.']),
      witness('B', ['The comparison is interesting, and it can serve as a mental massage on the weekend.']),
    );
    expect(c.digest!.b.map((e) => e.kind)).toEqual(['phrase']);
    expect(c.digest!.b[0]!.text).toContain('mental massage on the weekend');
    const d = collate(witness('A', ['Each layer achieves a leap.']), witness('B', ['Each layer produces a leap.']));
    expect(d.digest).toEqual({ a: [], b: [] });
  });

  it('finds names and numbers in a language without cue lists, and nothing in identical texts', () => {
    const a: Witness = {
      id: 'x',
      sigil: 'X',
      label: 'X',
      language: 'fi',
      blocks: [{ id: 'p', text: 'Kokous pidettiin Helsingissä vuonna 2024 ja siihen osallistui monta ihmistä.' }],
    };
    const b: Witness = {
      ...a,
      id: 'y',
      sigil: 'Y',
      blocks: [{ id: 'p', text: 'Kokous pidettiin vuonna 2025 ja siihen osallistui monta ihmistä.' }],
    };
    const c = collate(a, b);
    expect(kinds(c.digest!.a)).toEqual(['name: Helsingissä', 'number: 2024']);
    expect(kinds(c.digest!.b)).toEqual(['number: 2025']);
    expect(collate(a, { ...a, id: 'z', sigil: 'Z' }).digest).toEqual({ a: [], b: [] });
  });
});

describe('digest: names at the start of a sentence', () => {
  it('keeps a capitalised first word that a name follows, and lists a one-sided sentence once, not its names again', () => {
    const c = collate(
      witness('A', ['Rivers carry silt. The final keeper was kind.']),
      witness('B', ['Rivers carry silt. Edith Marsh, the final keeper, was kind. Storms came in 1903.']),
    );
    expect(kinds(c.digest!.b)).toContain('name: Edith Marsh');
    expect(kinds(c.digest!.b)).toContain('sentence: Storms came in 1903.');
    expect(kinds(c.digest!.b)).not.toContain('number: 1903');
  });
});
