import { describe, expect, it } from 'vitest';
import { endsSentence } from '../../../src/engine/text/segment.ts';
import { ANY_CLOSING_QUOTES, CLOSING_QUOTES, OPENING_QUOTES } from '../../../src/engine/text/quotes.ts';
import { FULL_STOP, QUESTION_MARKS, STOPS } from '../../../src/engine/text/stops.ts';
import { COMMAS } from '../../../src/engine/text/comma.ts';
import { COLONS } from '../../../src/engine/text/colon.ts';

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

describe('full stops, commas and colons of every script', () => {
  it.each(['.', '。', '।', '။', '።', '։', '۔'])('%s is a full stop', (stop) =>
    expect(new RegExp(`^${FULL_STOP}$`, 'u').test(stop)).toBe(true),
  );
  it.each(['?', '？', '؟', '!', '！', ','])('%s is none', (mark) => expect(new RegExp(`^${FULL_STOP}$`, 'u').test(mark)).toBe(false));
  it.each([',', '，', '、', '،', '၊', '፣'])('%s is a comma', (mark) => expect(oneOf(COMMAS).test(mark)).toBe(true));
  it.each([':', '：', '፦', '៖'])('%s is a colon', (mark) => expect(oneOf(COLONS).test(mark)).toBe(true));
  it('keeps commas apart from colons and from full stops', () => {
    // Unicode counts Burmese "၊" among the sentence terminals; pages write it as a comma, and "။" as the full stop.
    for (const mark of COMMAS)
      expect(oneOf(COLONS).test(mark) || (new RegExp(FULL_STOP, 'u').test(mark) && mark !== '၊'), mark).toBe(false);
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
