import { describe, expect, it } from 'vitest';
import { normalizeToken } from '../../../src/engine/text/normalize.ts';
import { languageProfile } from '../../../src/engine/text/profile.ts';

describe('stopwords', () => {
  it('leave a Romanian tagline its content words only: the copula "e" and the article "o" carry none', () => {
    const ro = languageProfile('ro');
    const terms = 'Blog despre blockchain AI și tot ce e între ele o'.split(' ').flatMap((w) => ro.terms(normalizeToken(w)));
    expect(terms).toEqual(['blog', 'despr', 'blockchain']);
  });

  it.each(['fost', 'va', 'vor', 'doar', 'cea', 'cele', 'cei', 'foarte'])('count Romanian %s as one', (word) =>
    expect(languageProfile('ro').stopwords.has(normalizeToken(word))).toBe(true),
  );
});
