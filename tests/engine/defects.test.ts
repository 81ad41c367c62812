import { describe, expect, it } from 'vitest';
import { type AlignedGroup, alignSentences } from '../../src/engine/align/align-sentences.ts';
import { pairGaps } from '../../src/engine/align/pair-gaps.ts';
import { termWeights } from '../../src/engine/align/similarity.ts';
import { collate } from '../../src/engine/collate.ts';
import { CollationSizeError, MAX_WITNESS_SENTENCES } from '../../src/engine/tokens/size-limit.ts';
import { type Sentence, tokenize, type Witness } from '../../src/engine/tokens/tokenize.ts';
import { shippedPair } from '../bench/collate.ts';

const witness = (sigil: string, paragraphs: string[], language?: string): Witness => ({
  id: sigil.toLowerCase(),
  sigil,
  label: sigil,
  blocks: paragraphs.map((text, i) => ({ id: `${sigil}p${i + 1}`, text })),
  ...(language ? { language } : {}),
});

/** A pseudo-word from a number: distinct numbers give distinct words, shared by nothing else. */
const word = (n: number) =>
  Array.from({ length: 3 }, (_, k) => 'BDFGKLMNPRSTVZ'[Math.floor(n / 14 ** k) % 14]! + 'aeiou'[(n + k) % 5]!).join('');

describe('the engine on the inputs of issue 9', () => {
  it('never counts more than 100 % of words in common: a capture against itself, NFC against NFD, identical Chinese', () => {
    const [gate] = shippedPair();
    expect(collate(gate, { ...gate, sigil: 'Z' }).stats.similarity).toBe(1);
    const french = ['Le café est déjà fermé à Noël. Ça coûte très cher, hélas ! Où est la clé ?'];
    expect(
      collate(
        witness('A', french),
        witness(
          'B',
          french.map((t) => t.normalize('NFD')),
        ),
      ).stats.similarity,
    ).toBe(1);
    const chinese = ['我们今天去北京。天气很好，我们很高兴。人工智能和加密货币都在发展。'];
    const c = collate(witness('A', chinese), witness('B', chinese));
    expect(c.stats.similarity).toBe(1);
    expect(c.rows.map((r) => r.kind)).toEqual(['identical', 'identical', 'identical']);
  });

  it('gives unique row ids for sigla A and A1, and keeps G5-M5 for letter-final sigla', () => {
    const text = Array.from({ length: 12 }, (_, i) => `${word(i)} ${word(i + 100)} ${word(i + 200)}.`);
    const other = Array.from({ length: 12 }, (_, i) => `${word(i + 300)} ${word(i + 400)}.`);
    const ids = collate(witness('A', [text.join(' ')]), witness('A1', [other.join(' ')])).rows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('A11');
    expect(ids).toContain('A1.1');
    expect(collate(witness('G', ['One lamp.']), witness('M', ['One lamp.'])).rows[0]!.id).toBe('G1-M1');
  });

  it('walks a gap of 140,000 unpaired sentences without overflowing the stack', () => {
    const n = 70_000;
    const sentences = (sigil: string): Sentence[] =>
      Array.from({ length: n }, (_, i) => ({
        id: `${sigil}${i + 1}`,
        index: i,
        block: 'p',
        text: 'Oil.',
        tokens: [],
        terms: [`${sigil}${i}`],
      }));
    const [a, b] = [sentences('A'), sentences('B')];
    // One pair, then every other sentence of both sides unpaired: one gap, 139,998 groups long (push(...gap) overflows from about 130,000).
    const groups: AlignedGroup[] = [{ a: [0], b: [0], similarity: 1 }];
    for (let i = 1; i < n; i++) groups.push({ a: [i], b: [], similarity: 0 });
    for (let j = 1; j < n; j++) groups.push({ a: [], b: [j], similarity: 0 });
    // pairGaps spread the gap into push(): "Maximum call stack size exceeded".
    const out = pairGaps(groups, a, b);
    expect(out.reduce((k, g) => k + g.a.length + g.b.length, 0)).toBe(2 * n);
  }, 60_000);

  it('refuses a witness over the size limit with a typed error naming it and the limit', () => {
    const a = witness('A', ['x'.repeat(101)]);
    expect(() => collate(a, witness('B', ['y']), { maxCharacters: 100 })).toThrow(CollationSizeError);
    expect(() => collate(a, witness('B', ['y']), { maxCharacters: 100 })).toThrow(
      'a: too long to collate (101 characters; the limit is 100)',
    );
  });

  it('refuses a witness of more sentences than the limit, however few its characters, naming it and the limit', () => {
    // One-word sentences: 600,003 characters, well under the character limit; 5 GB at 1.3 M of them.
    const many = witness('A', ['A! '.repeat(MAX_WITNESS_SENTENCES + 1)]);
    expect(() => collate(many, witness('B', ['y']))).toThrow(
      `a: too long to collate (over ${MAX_WITNESS_SENTENCES.toLocaleString('en')} sentences; the limit is ${MAX_WITNESS_SENTENCES.toLocaleString('en')})`,
    );
    expect(collate(witness('A', ['A! '.repeat(1000)]), witness('B', ['A! '.repeat(1000)])).rows.length).toBeGreaterThan(0);
  });

  it.each([60, 150])(
    'pairs all of a 200-sentence paraphrase with no anchor when %i unrelated sentences are inserted, banded or exact',
    (inserted) => {
      // Each pair shares two of its five rare words: similar enough to pair, never enough to anchor.
      const a = Array.from(
        { length: 200 },
        (_, i) => `${word(5 * i)} ${word(5 * i + 1)} ${word(5 * i + 2)} ${word(5 * i + 3)} ${word(5 * i + 4)}.`,
      );
      const b = Array.from(
        { length: 200 },
        (_, i) => `${word(5 * i)} ${word(5 * i + 1)} ${word(9000 + 3 * i)} ${word(9001 + 3 * i)} ${word(9002 + 3 * i)}.`,
      );
      const noise = Array.from({ length: inserted }, (_, i) => `${word(20000 + 2 * i)} ${word(20001 + 2 * i)}.`);
      const sa = tokenize(witness('A', [a.join(' ')], 'und'));
      const sb = tokenize(witness('B', [[...b.slice(0, 100), ...noise, ...b.slice(100)].join(' ')], 'und'));
      const weights = termWeights(sa, sb);
      const paired = (options = {}) => alignSentences(sa, sb, weights, options).filter((g) => g.a.length && g.b.length).length;
      expect(paired()).toBe(200);
      expect(paired({ exactCells: 0 })).toBe(200);
    },
  );

  it('reads each witness in its language: Chinese and Japanese similarity from dictionary words', () => {
    const zhA = ['人工智能的发展经历了三个阶段。加密货币也是一样。'];
    const zhB = ['人工智能的发展经历了几个阶段。加密货币也是一样。'];
    const zh = collate(witness('A', zhA, 'zh'), witness('B', zhB, 'zh'));
    expect(zh.rows.map((r) => r.kind)).toEqual(['reworded', 'identical']);
    expect(zh.rows[0]!.similarity).toBeGreaterThan(0.6);
    expect(zh.rows[0]!.similarity).toBeLessThan(1);
    const ja = collate(witness('A', ['今日は東京に行きました。']), witness('B', ['今日は大阪に行きました。']));
    expect(ja.rows).toHaveLength(1);
    expect(ja.rows[0]!.similarity).toBeGreaterThan(0.6);
    expect(ja.rows[0]!.parts.filter((p) => p.op !== 'equal').map((p) => p.a + p.b)).toEqual(['東京', '大阪']);
  });

  it('takes the language from the options when the witness declares none, for German stems and stopwords', () => {
    const a = witness('A', ['Die Häuser der Stadt wurden im Winter gebaut.']);
    const b = witness('B', ['Das Haus der Städte wurde im Winter errichtet.']);
    const words = (c: ReturnType<typeof collate>) => c.rows.length;
    expect(words(collate(a, b, { language: 'de' }))).toBe(1);
  });
});
