import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reader } from '../../../src/engine/analyse/reading.ts';
import { knowSide, rowReading } from '../../../src/engine/analyse/row-reading.ts';
import { analyse } from '../../../src/engine/analyse/analyse.ts';
import { alignSentences } from '../../../src/engine/align/align-sentences.ts';
import { termWeights } from '../../../src/engine/align/similarity.ts';
import { languageProfile } from '../../../src/engine/text/profile.ts';
import { tokenize, type Witness } from '../../../src/engine/tokens/tokenize.ts';
import { trickyPiece } from '../../support/tricky-text.ts';

describe('a row side read from its sentences’ tokens', () => {
  it('has the segments and normalised words ICU gives for the side, each sentence, and each sentence with its joining space', () => {
    const piece = trickyPiece('ab Y1.,;:?!\'’"-)(\t\u00a0\u3000\u0301\u200d\u200b。', 'So. ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom('en', 'zh', 'ja', 'de', 'el'), (pieces, language) => {
        const w: Witness = { id: 'w', sigil: 'W', label: 'W', language, blocks: [{ id: 'p1', text: pieces.join('') }] };
        const profile = languageProfile(language);
        const sentences = tokenize(w, profile);
        for (let from = 0; from < sentences.length; from++) {
          for (let to = from + 2; to <= Math.min(sentences.length, from + 3); to++) {
            const run = sentences.slice(from, to);
            const text = run.map((s) => s.text).join(' ');
            const known = reader(profile);
            knowSide(known, text, run);
            const texts = [text, ...run.map((s) => s.text), ...run.slice(0, -1).map((s) => `${s.text} `)];
            for (const t of texts) {
              const fresh = reader(profile);
              expect(known.segments(t)).toEqual(fresh.segments(t));
              expect(known.norms(t)).toEqual(fresh.norms(t));
            }
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('rows read together', () => {
  it('read as each row read alone: the same classes and the same digest', () => {
    const piece = trickyPiece('ab Y1 Zed 3.5 not,;:?!\'’"-)(\u00a0。', 'So. ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(piece, { maxLength: 40 }), fc.constantFrom('en', 'ja'), (x, y, language) => {
        const w = (id: string, text: string): Witness => ({ id, sigil: id, label: id, language, blocks: [{ id: 'p1', text }] });
        const [wa, wb] = [w('A', x.join('')), w('B', y.join(''))];
        const profile = languageProfile(language);
        const [sa, sb] = [tokenize(wa, profile), tokenize(wb, profile)];
        const groups = alignSentences(sa, sb, termWeights(sa, sb));
        const profiles = { a: profile, b: profile };
        const together = rowReading(profiles);
        const alone = rowReading(profiles);
        const a = together.finish(analyse(wa, wb, sa, sb, groups, together.readRows), wa, wb);
        const b = alone.finish(
          analyse(wa, wb, sa, sb, groups, (drafts) => drafts.map((d) => alone.read(d.row, d.a, d.b))),
          wa,
          wb,
        );
        expect(a).toEqual(b);
      }),
      { numRuns: 300 },
    );
  });
});
