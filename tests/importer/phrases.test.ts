import { describe, expect, it } from 'vitest';
import { lineClues } from '../../src/importer/detect/line-clues.ts';
import { chromeLabelIn, PHRASES, phraseCategory } from '../../src/importer/detect/phrase-category.ts';
import { BOILERPLATE_CATEGORIES } from '../../src/corpus/ledger/taxonomy.ts';

/** Every entry of every phrase file, standing on a line of its own, names its category. */
describe('phrase files', () => {
  for (const [language, list] of Object.entries(PHRASES)) {
    for (const [category, entries] of Object.entries(list)) {
      it(`${language}: ${category} is a category of the taxonomy`, () => {
        expect(Object.keys(BOILERPLATE_CATEGORIES)).toContain(category);
      });
      for (const entry of entries ?? []) {
        it(`${language}: "${entry}" on its own line is ${category}`, () => {
          const line = entry.replace(/^\^/u, '');
          expect(phraseCategory(line)).toBe(category);
          expect(lineClues(line).signal?.category).toBe(category);
          // A whole-line entry is the language's everyday words too: inside a sentence it names nothing.
          if (entry.startsWith('^')) expect(chromeLabelIn(`Nào, ${line} đi rồi tính, ${line} nhé`)).toBeUndefined();
        });
      }
    }
  }

  it('finds a label with an apostrophe or a hyphen inside a longer line', () => {
    expect(chromeLabelIn("Merci d'avoir lu La Couche Zéro ! Recevez les prochains billets dans votre boîte.")).toBeDefined();
    expect(chromeLabelIn('Abonnez-vous gratuitement pour recevoir les prochains billets de la semaine.')).toBeDefined();
  });

  it('names a label followed by its count in brackets, with or without a counter word', () => {
    for (const line of ['Comments (86)', 'コメント（86件）', '评论 (1,024条)', 'التعليقات (١٢)'])
      expect(phraseCategory(line), line).toBe('share-widget');
  });

  it('names a Greek label set in capitals, which drop its accents', () => {
    expect(phraseCategory('ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ')).toBe('related-links');
    expect(phraseCategory('ΣΧΕΤΙΚΑ ΑΡΘΡΑ')).toBe(phraseCategory('Σχετικά άρθρα'));
  });

  it('names a Turkish label in capitals or capitalised, its dotted "İ" and dotless "I" read as the list writes them', () => {
    expect(phraseCategory('İLGİLİ HABERLER')).toBe('related-links');
    expect(phraseCategory('İlgili haberler')).toBe('related-links');
    expect(phraseCategory('BAĞLANTIYI KOPYALA')).toBe('share-widget');
  });

  it('finds no one-word label of a spaced script inside another word of a sentence', () => {
    // "μενού" (menu), without its accent, is inside "προηγουμένου" (of the previous one).
    expect(chromeLabelIn('Κάθε επίπεδο μπαλώνει τα προβλήματα του προηγούμενου, αλλά δυστυχώς φέρνει νέα.')).toBeUndefined();
  });

  it('names a label in any standard form of its Han characters', () => {
    // The phrase files list "订阅" and "免费订阅"; a traditional Chinese page writes "訂閱".
    expect(phraseCategory('訂閱')).toBe(phraseCategory('订阅'));
    expect(phraseCategory('免費訂閱')).toBe('share-widget');
    expect(phraseCategory('訂閱')).toBeDefined();
  });

  it('names a label set in brackets', () => {
    for (const line of ['[Sponsored]', '(Advertisement)', '【PR】', '「広告」', '【スポンサーリンク】'])
      expect(phraseCategory(line), line).toBe('spam-advert');
  });

  it('never names a sentence that uses a label, nor a label inside a longer line', () => {
    expect(phraseCategory('We decided to share this article with our readers because it matters.')).toBeUndefined();
    expect(lineClues('Compartir en X es fácil, pero leer el artículo entero lleva tiempo y atención.').signal).toBeUndefined();
  });
});
