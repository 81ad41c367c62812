import { describe, expect, it } from 'vitest';
import { textLang } from '../../../src/site/view/text-lang.ts';

describe('textLang', () => {
  it('marks a copy’s words with its language where it differs from the page’s English', () => {
    expect(textLang('zh')).toBe('zh');
    expect(textLang('zh-Hant-TW')).toBe('zh-Hant-TW');
    expect(textLang('ja')).toBe('ja');
  });

  it('leaves English and undetermined text to the page’s own lang', () => {
    expect(textLang('en')).toBeUndefined();
    expect(textLang('en-GB')).toBeUndefined();
    expect(textLang('und')).toBeUndefined();
    expect(textLang(undefined)).toBeUndefined();
  });
});
