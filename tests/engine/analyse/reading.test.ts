import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reader } from '../../../src/engine/analyse/reading.ts';
import { languageProfile } from '../../../src/engine/text/profile.ts';
import { trickyPiece } from '../../support/tricky-text.ts';

describe('a reader told the segments of a text', () => {
  it('gives for a stretch cut from it at two of its boundaries the segments ICU gives for the stretch alone', () => {
    const piece = trickyPiece('ab Y1.,;:?!\'’‘"“”«»-–—…()[]%$€/&_éüßçſαβЖж', 'So. ', 'U.S. ', '1,000 ', 'don’t ', 'a.b', 'l2');
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('en', 'de', 'fr', 'ru', 'el', 'zh', 'ja'),
        (pieces, x, y, language) => {
          const profile = language === 'en' ? languageProfile('en') : languageProfile(language);
          const text = pieces.join('');
          const segments = profile.segmenters.words(text);
          const bounds = [...segments.map((s) => s.index), text.length];
          const [from, to] = [bounds[x % bounds.length]!, bounds[y % bounds.length]!].sort((p, q) => p - q) as [number, number];
          const cut = text.slice(from, to);
          const told = reader(profile);
          told.know(text, segments);
          expect(told.segments(cut)).toEqual(reader(profile).segments(cut));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('derives stretches written in a script ICU segments by its rules, never one it segments by dictionary', () => {
    const profile = languageProfile('zh');
    const text = 'He said 中华人民共和国 again.';
    const told = reader(profile);
    told.know(text, profile.segmenters.words(text));
    expect(told.derive('said ')).toBe(true);
    expect(told.derive('中华人民共和国')).toBe(false);
    // Not at two of its boundaries: "ai" is no word of the text.
    expect(told.derive('ai')).toBe(false);
  });
});
