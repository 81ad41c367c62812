import { describe, expect, it } from 'vitest';
import { languageProfile } from '../../../src/engine/text/profile.ts';
import { tokenize } from '../../../src/engine/tokens/tokenize.ts';

const termsOf = (language: string, text: string) =>
  tokenize({ id: 'w', sigil: 'W', label: 'W', language, blocks: [{ id: 'p', text }] }).flatMap((s) => s.terms);

describe('content terms of a word', () => {
  it('stems a word, and gives nothing for a stopword', () => {
    const terms = languageProfile('en').terms;
    expect(terms('capabilities')).toEqual(terms('capability'));
    expect(terms('the')).toEqual([]);
  });

  it('counts a Japanese word with kanji as its kanji, so old and new spellings meet', () => {
    // Classical 「新しき教」 and modern 「新しい教え」 are segmented into different words.
    const old = termsOf('ja', '權威ある新しき教なるかな。');
    const modern = termsOf('ja', '権威のある、新しい教えではないか。');
    expect(old).toEqual(expect.arrayContaining(['威', '新', '教']));
    expect(modern).toEqual(expect.arrayContaining(['威', '新', '教']));
    expect(termsOf('ja', 'さあ、行こう。')).toEqual(expect.arrayContaining(['行']));
  });

  it('keeps Chinese dictionary words whole', () => {
    expect(termsOf('zh', '我们走吧，去耶路撒冷。')).toContain('耶路撒冷');
  });
});
