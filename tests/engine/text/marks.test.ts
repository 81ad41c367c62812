import { describe, expect, it } from 'vitest';
import { endsSentence } from '../../../src/engine/text/segment.ts';
import { ANY_CLOSING_QUOTES, CLOSING_QUOTES, OPENING_QUOTES } from '../../../src/engine/text/quotes.ts';
import { QUESTION_MARKS, STOPS } from '../../../src/engine/text/stops.ts';

const oneOf = (body: string) => new RegExp(`^[${body}]$`, 'u');

describe('the sentence stops of every script', () => {
  it.each(['.', '?', '!', '。', '？', '！', '؟', '।', '։', '።', '۔'])('holds %s, and a line ending on it ends a sentence', (stop) => {
    expect(oneOf(STOPS).test(stop)).toBe(true);
    expect(endsSentence(`words${stop}`)).toBe(true);
  });

  it.each([',', '、', '-', '…', ';'])('does not hold %s', (mark) => expect(oneOf(STOPS).test(mark)).toBe(false));

  it('holds every question mark', () => {
    for (const mark of QUESTION_MARKS) expect(oneOf(STOPS).test(mark)).toBe(true);
  });
});

describe('quotation marks', () => {
  it.each(['"', '“', '‘', '«', '„', '‚', '「', '『'])('%s opens a quotation', (mark) =>
    expect(oneOf(OPENING_QUOTES).test(mark)).toBe(true),
  );
  it.each(['"', '”', '’', '»', '」', '』'])('%s closes one', (mark) => expect(oneOf(CLOSING_QUOTES).test(mark)).toBe(true));
  it('closes one on a German “ or a Danish « only where any style is allowed', () => {
    for (const mark of ['“', '«']) {
      expect(oneOf(CLOSING_QUOTES).test(mark)).toBe(false);
      expect(oneOf(ANY_CLOSING_QUOTES).test(mark)).toBe(true);
    }
  });
  it('ends a sentence inside a closing quotation of any of them', () => {
    for (const mark of ['”', '’', '»', '」', '』', '"']) expect(endsSentence(`words.${mark}`)).toBe(true);
  });
  it('ends a sentence inside a German or Danish quotation, which closes on an opening mark, and inside any bracket', () => {
    expect(endsSentence('Sie fragte: „Warum?“')).toBe(true);
    expect(endsSentence('Han sagde: »Nej.«')).toBe(true);
    expect(endsSentence('(Siehe oben.)')).toBe(true);
    expect(endsSentence('【完】。】')).toBe(true);
  });
});
