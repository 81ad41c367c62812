import { describe, expect, it } from 'vitest';
import { weakSignal } from '../../src/importer/detect/classify-line.ts';
import {
  CREDIT_LABEL,
  FOLLOW_LABEL,
  DATE_LABEL,
  DISCLAIMER_PHRASES,
  PROMO_PHRASES,
  SOURCE_LABEL,
  SPAM_PHRASES,
  TRANSLATION_WORD,
  UPDATE_LABEL,
  ORIGINAL_LABEL,
} from '../../src/importer/detect/known-phrases.ts';
import { lineClues } from '../../src/importer/detect/line-clues.ts';
import { lineFeatures } from '../../src/importer/detect/line-features.ts';
import { matchAuthor, matchDate } from '../../src/importer/detect/metadata-patterns.ts';
import { isCaption } from '../../src/importer/detect/read-header.ts';
import { UNSPACED, VOCABULARY, VOCABULARY_KINDS, type VocabularyKind } from '../../src/importer/detect/vocabulary.ts';

/** An entry as written in running text: a stem gets an ending. */
const spelled = (entry: string) => (entry.endsWith('*') ? `${entry.slice(0, -1)}ed` : entry);
/** True for entries of scripts written without spaces, which match inside longer words by design. */
const unspaced = (entry: string) => UNSPACED.test(entry);
const found = (pattern: RegExp, text: string) => text.match(new RegExp(pattern.source, pattern.flags.replace('g', ''))) !== null;

/** What each entry of a kind must do on a line of its own making. */
const CHECKS: Record<VocabularyKind, (entry: string) => void> = {
  'author-label': (e) => expect(matchAuthor(`${e}: Haotian`)).toBe('Haotian'),
  'author-role': (e) => expect(matchAuthor(`Haotian, ${e}`)).toBe('Haotian'),
  'date-label': (e) => expect(`${e}: 2025-06-17`.replace(DATE_LABEL, '')).toBe('2025-06-17'),
  'update-label': (e) =>
    expect([`${e}: 2025-06-17`.replace(DATE_LABEL, ''), UPDATE_LABEL.test(`${e} 2025-06-17`)]).toEqual(['2025-06-17', true]),
  'original-label': (e) =>
    expect([ORIGINAL_LABEL.test(`${e} 2025-06-17`), matchDate(`${e}: 2025-06-17`)?.value]).toEqual([true, '2025-06-17']),
  'credit-label': (e) => expect(CREDIT_LABEL.test(`${e}: Lin`)).toBe(true),
  'source-label': (e) => expect(SOURCE_LABEL.test(`${e}: Capability Leap`)).toBe(true),
  'disclaimer-label': (e) => expect(lineClues(`${e}: the views belong to the author.`).signal?.category).toBe('disclaimer'),
  'disclaimer-phrase': (e) => expect(found(DISCLAIMER_PHRASES, `Note: ${spelled(e)} here`)).toBe(true),
  'spam-phrase': (e) => expect(weakSignal(lineFeatures(`Now: ${spelled(e)} here`))?.category).toBe('spam-advert'),
  'promo-word': (e) => expect(found(PROMO_PHRASES, `Now: ${spelled(e)} here`)).toBe(true),
  'reading-word': (e) => expect(lineClues(`5 min ${e}`).signal?.category).toBe('reading-time'),
  'minute-unit': (e) => expect(lineClues(`5 ${spelled(e)}`).signal?.category).toBe('reading-time'),
  'widget-filler': (e) => expect(lineClues(`Share ${e}`).signal?.category).toBe('share-widget'),
  'ai-summary-label': (e) => expect(lineClues(e).signal?.category).toBe('ai-summary'),
  'month-name': (e) => expect(matchDate(`${e} 17, 2025`)?.value).toBe(`${e} 17, 2025`),
  'follow-label': (e) => expect(FOLLOW_LABEL.test(e)).toBe(true),
  'relative-time': (e) => expect(lineClues(e.replace('#', '3').replace('…', 'days')).signal?.category).toBe('stray-timestamp'),
  'time-joint': (e) => expect(matchDate(`June 17, 2025 ${e} 10:00`)?.value).toBe(`June 17, 2025 ${e} 10:00`),
  'date-joint': (e) => expect(matchDate(`Published 17 ${e} June 2025`)?.value).toBe(`17 ${e} June 2025`),
  'view-word': (e) => expect(lineClues(`1.2K ${spelled(e)}`).signal?.category).toBe('reading-time'),
  'translation-word': (e) => expect(found(TRANSLATION_WORD, `Note: ${spelled(e)} here`)).toBe(true),
  'image-word': (e) => {
    expect(isCaption(`Stacked glass blocks over a circuit board (${e})`)).toBe(true);
    expect(isCaption(`${e.charAt(0).toUpperCase()}${e.slice(1)}: Library Weekly / Archive`)).toBe(true);
  },
};

/** Patterns matched as words: an entry inside a longer word of a spaced script is not a match. */
const WORDS: Partial<Record<VocabularyKind, RegExp>> = {
  'disclaimer-phrase': DISCLAIMER_PHRASES,
  'spam-phrase': SPAM_PHRASES,
  'promo-word': PROMO_PHRASES,
  'translation-word': TRANSLATION_WORD,
};

describe('vocabulary files', () => {
  for (const [language, list] of Object.entries(VOCABULARY)) {
    for (const [kind, entries] of Object.entries(list) as [VocabularyKind, readonly string[]][]) {
      it(`${language}: ${kind} is a known kind`, () => expect(VOCABULARY_KINDS).toContain(kind));
      for (const entry of entries) {
        it(`${language}: ${kind} "${entry}"`, () => {
          CHECKS[kind](entry);
          const words = WORDS[kind];
          if (words && !unspaced(entry) && !entry.endsWith('*')) expect(found(words, `zz${entry}zz`)).toBe(false);
        });
      }
    }
  }
});
