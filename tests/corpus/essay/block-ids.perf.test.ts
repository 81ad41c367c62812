import { describe, expect, it } from 'vitest';
import { blockIds } from '../../../src/corpus/essay/block-ids.ts';
import { LINEAR_RATIO, scaling } from '../../support/scaling.ts';

describe('block ids on heavy input', () => {
  it('numbers many paragraphs that open with the same words in time linear in their count', () => {
    const paragraphs = (n: number) =>
      Array.from({ length: n }, () => ({ kind: 'paragraph' as const, text: 'The same six opening words here, again.' }));
    const { ratio, result } = scaling(paragraphs, blockIds, 20_000);
    expect(new Set(result).size).toBe(result.length);
    expect(result.slice(0, 3)).toEqual([
      'p-the-same-six-opening-words-here',
      'p-the-same-six-opening-words-here-2',
      'p-the-same-six-opening-words-here-3',
    ]);
    expect(ratio).toBeLessThan(LINEAR_RATIO);
  });
});
