import { describe, expect, it } from 'vitest';
import { diffSimilarity, wordDiff } from '../../../src/engine/analyse/word-diff.ts';
import { tokenizeSentence } from '../../../src/engine/tokens/tokenize.ts';

const diff = (a: string, b: string) => wordDiff(tokenizeSentence(a), tokenizeSentence(b));

describe('wordDiff', () => {
  const pairs: [string, string][] = [
    ['The keeper rowed the mail out twice a week.', 'Twice a week, the keeper rowed out the post.'],
    ['Storms cracked the glass.', 'Storms cracked the glass.'],
    ['A  sentence with  odd   spacing.', 'A sentence with odd spacing!'],
    ['Nothing alike here.', 'Completely different words entirely?'],
    ['Mara’s “quiet” plan—built on notes—worked.', 'Mara\'s "quiet" plan--built on notes--worked.'],
  ];

  it.each(pairs)('gives parts that join back to each side exactly: %s / %s', (a, b) => {
    const { parts } = diff(a, b);
    expect(parts.map((p) => p.a).join('')).toBe(a);
    expect(parts.map((p) => p.b).join('')).toBe(b);
  });

  it('counts differences of case and of typographic quotes as equal, keeping each side’s surface', () => {
    const { parts, words } = diff('Edith’s “Diary” survives.', 'EDITH\'S "diary" survives.');
    expect(parts).toEqual([{ op: 'equal', a: 'Edith’s “Diary” survives.', b: 'EDITH\'S "diary" survives.' }]);
    expect(words).toEqual({ a: 3, b: 3, equal: 3 });
  });

  it('marks what only A has as delete and what only B has as insert, with word counts', () => {
    const { parts, words } = diff('The old brass lens shines.', 'The brass lens still shines.');
    expect(parts).toEqual([
      { op: 'equal', a: 'The ', b: 'The ' },
      { op: 'delete', a: 'old ', b: '' },
      { op: 'equal', a: 'brass lens ', b: 'brass lens ' },
      { op: 'insert', a: '', b: 'still ' },
      { op: 'equal', a: 'shines.', b: 'shines.' },
    ]);
    expect(words).toEqual({ a: 5, b: 5, equal: 4 });
  });

  it('diffs a row of thousands of words that differ beyond any word-by-word reading in linear time: shared head and tail equal, the middle changed', () => {
    // Two unrelated "sentences" of 6,000 words each, between one shared opening and ending: over
    // 2,000 edits apart, so Myers stops and the row is read by its common head and tail.
    const words = (prefix: string) => Array.from({ length: 6000 }, (_, i) => `${prefix}${i}`).join(' ');
    const a = `Once upon a time ${words('x')} and that was all.`;
    const b = `Once upon a time ${words('y')} and that was all.`;
    const { parts, words: counts } = diff(a, b);
    expect(parts.map((p) => p.a).join('')).toBe(a);
    expect(parts.map((p) => p.b).join('')).toBe(b);
    expect(parts.map((p) => p.op)).toEqual(['equal', 'delete', 'insert', 'equal']);
    expect(counts).toEqual({ a: 6008, b: 6008, equal: 8 });
  });

  it('does not count punctuation as words', () => {
    expect(diff('Yes, really.', 'Yes really!').words).toEqual({ a: 2, b: 2, equal: 2 });
  });
});

describe('diffSimilarity', () => {
  it('is the Dice ratio of common words: 1 for the same words, 0 for none, 1 for two empty sides', () => {
    expect(diffSimilarity({ a: 5, b: 5, equal: 5 })).toBe(1);
    expect(diffSimilarity({ a: 5, b: 3, equal: 0 })).toBe(0);
    expect(diffSimilarity({ a: 5, b: 5, equal: 4 })).toBe(0.8);
    expect(diffSimilarity({ a: 0, b: 0, equal: 0 })).toBe(1);
  });
});
