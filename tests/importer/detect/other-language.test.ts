import { describe, expect, it } from 'vitest';
import { isInOtherLanguage } from '../../../src/importer/detect/other-language.ts';
import { languageProfile } from '../../../src/engine/text/profile.ts';

describe('isInOtherLanguage', () => {
  const english = languageProfile('en');
  const dutch = languageProfile('nl');

  it('reads the original English title over a Dutch essay as another language', () => {
    expect(isInOtherLanguage('Capability Leap vs. Problem Shifting: The "Layered Paradox" of AI and Crypto', dutch)).toBe(true);
  });

  it('reads the original English title over an essay in a language without lists by its own function words', () => {
    const uzbek = languageProfile('uz');
    expect(isInOtherLanguage('Capability Leap vs. Problem Shifting: The "Layered Paradox" of AI and Crypto', uzbek)).toBe(true);
    expect(isInOtherLanguage('Qobiliyat sakrashi va muammoni ko‘chirish: AI va kriptoning «qatlamlar paradoksi»', uzbek)).toBe(false);
  });

  it('reads a line in the essay’s language as its own, codes and all', () => {
    // A code is one word ("L1-L2-L3" is three codes), not letters that another language counts as function words.
    expect(isInOtherLanguage('Same L1-L2-L3 pattern, opposite outcomes', english)).toBe(false);
    expect(isInOtherLanguage('Sprong in vermogen of verschuiving van problemen', dutch)).toBe(false);
  });

  it('counts no acronym as a function word: "AI" is no French "ai" in an English headline', () => {
    expect(isInOtherLanguage('AI Layers Climb, Crypto Layers Shuffle: Notes on a Paradox', english)).toBe(false);
  });
});
