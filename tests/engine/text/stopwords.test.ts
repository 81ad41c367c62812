import { describe, expect, it } from 'vitest';
import { bagOf, similarity, termWeights } from '../../../src/engine/align/similarity.ts';
import { stopwordsFor } from '../../../src/engine/text/stopwords.ts';
import { tokenize } from '../../../src/engine/tokens/tokenize.ts';

const sentencesOf = (language: string, text: string) =>
  tokenize({ id: 'w', sigil: 'W', label: 'W', language, blocks: [{ id: 'p', text }] });

describe('stopwords of a language', () => {
  it('knows the Spanish forms of ser, estar, haber and tener and the personal pronouns', () => {
    const spanish = stopwordsFor('es');
    for (const word of [
      'es',
      'son',
      'fue',
      'era',
      'sido',
      'está',
      'estaban',
      'ha',
      'había',
      'tiene',
      'nosotros',
      'vosotros',
      'ellos',
      'nuestro',
      'todos',
    ])
      expect(spanish, word).toContain(word);
  });

  it('keeps Spanish words that are also content words: "sentido" (sense), "estado" (state)', () => {
    const spanish = stopwordsFor('es');
    for (const word of ['sentido', 'siente', 'estado', 'ley', 'gracia']) expect(spanish, word).not.toContain(word);
  });

  it('does not count two Spanish sentences related when they share only function words', () => {
    // Romans 6:3 against 1 Corinthians 12:27 (Reina-Valera): "somos" and "nosotros" alone in common.
    const [a] = sentencesOf('es', '¿O no sabéis que todos los que somos bautizados en Cristo, somos bautizados en su muerte?');
    const [b] = sentencesOf('es', 'Pues vosotros sois el cuerpo de Cristo, y nosotros somos sus miembros cada uno.');
    const [c] = sentencesOf('es', 'Vosotros estabais lejos, y todos nosotros éramos hijos de ira.');
    const weights = termWeights([a!, b!, c!]);
    // Only "Cristo" joins the first two; the third shares nothing but function words with either.
    expect(similarity(bagOf([b!], weights), bagOf([c!], weights), weights)).toBe(0);
    expect(similarity(bagOf([a!], weights), bagOf([c!], weights), weights)).toBe(0);
    expect(similarity(bagOf([a!], weights), bagOf([b!], weights), weights)).toBeGreaterThan(0);
  });

  it('finds a Spanish function word with or without its accent: old "á", "fué", unaccented "tambien", "mas"', () => {
    const spanish = stopwordsFor('es');
    for (const word of ['á', 'é', 'ó', 'fué', 'tambien', 'mas', 'si', 'quién', 'cómo']) expect(spanish.has(word), word).toBe(true);
    expect(spanish.has('año')).toBe(false);
    // Reina-Valera 1909 spelling against today's: the same content terms.
    const terms = (text: string) => sentencesOf('es', text).flatMap((s) => s.terms);
    expect(terms('Y fué á Galilea, y tambien á Samaria.')).toEqual(terms('Y fue a Galilea, y también a Samaria.'));
  });

  it('keeps French accents: "né" (born) is no "ne"', () => {
    expect(stopwordsFor('fr').has('né')).toBe(false);
    expect(stopwordsFor('fr').has('ne')).toBe(true);
  });
});
