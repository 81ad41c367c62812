import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/engine/text/language.ts';
import { languageProfile } from '../../../src/engine/text/profile.ts';

describe('the language a profile detects', () => {
  // Welsh, with the English words a software essay borrows: the letters read as English.
  const welsh =
    "Mae pawb yn dweud bod y llyfrgell JavaScript fach wedi tyfu'n rhy fawr, ond mae miloedd o brosiectau open source yn dibynnu arni heddiw. Rydw i wedi treulio mwy o nosweithiau ar y code base nag ar unrhyw beth arall, a dyma'r gwersi. Y wers gyntaf: mae pull requests bach yn well na rhai mawr, ac mae release notes clir yn arbed amser i bawb sy'n cynnal y package. Yr ail wers: mae'r issue tracker yn dweud mwy am y defnyddwyr na'r download stats.";
  const english =
    'Everyone says the small JavaScript library has grown too large, but thousands of open source projects depend on it today. I have spent more evenings on the code base than on anything else, and these are the lessons. The first lesson: small pull requests beat large ones, and clear release notes save time for everyone who maintains the package.';

  it('is none when the sample holds too few of the detected language’s function words', () => {
    expect(detectLanguage(welsh)).toBe('en');
    expect(languageProfile(undefined, welsh)).toMatchObject({ language: 'und', stopwords: new Set() });
  });

  it('is the detected one for running text in it, and a given tag is kept whatever the text', () => {
    expect(languageProfile(undefined, english).language).toBe('en');
    expect(languageProfile('en', welsh).language).toBe('en');
  });
});
