import fc from 'fast-check';
import jpShinjitai from 'opencc-js/dict/JPShinjitaiCharacters';
import traditionalToSimplified from 'opencc-js/dict/TSCharacters';
import { describe, expect, it } from 'vitest';
import { foldHanVariants } from '../../../src/engine/text/han-variants.ts';

/** Every character OpenCC's two tables name, on either side. */
const tableCharacters = [...new Set(`${jpShinjitai}|${traditionalToSimplified}`.split(/[| ]/).filter(Boolean))];

describe('foldHanVariants', () => {
  it('folds the traditional, simplified and Japanese forms of a character to one', () => {
    expect(new Set(['靈', '灵', '霊'].map(foldHanVariants)).size).toBe(1);
    expect(new Set(['會', '会'].map(foldHanVariants)).size).toBe(1);
    expect(foldHanVariants('會堂')).toBe(foldHanVariants('会堂'));
  });

  it('leaves other characters alone', () => {
    expect(foldHanVariants('Leuchtturm と ひらがな 123')).toBe('Leuchtturm と ひらがな 123');
  });

  it('is idempotent on every character of its tables, chains included (敘, 叙, 敍)', () => {
    for (const ch of tableCharacters) expect(foldHanVariants(foldHanVariants(ch))).toBe(foldHanVariants(ch));
  });

  it('is idempotent and keeps the length in characters of any text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...tableCharacters, 'a', 'の', ' ')).map((xs) => xs.join('')),
        (text) => {
          const once = foldHanVariants(text);
          expect(foldHanVariants(once)).toBe(once);
          expect([...once].length).toBe([...text].length);
        },
      ),
      { numRuns: 40 },
    );
  });
});
