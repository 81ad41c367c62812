import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { showControls } from '../../../src/corpus/capture/visible-controls.ts';

/** Text mixing ordinary characters with the controls that matter (pictures already in it would blur the count). */
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '\x00',
        '\x07',
        '\x1b',
        '\x7f',
        '\x85',
        '\x9b',
        '\r',
        '\n',
        '\t',
        '\u202e',
        '\u2066',
        '\ufdd0',
        '\ufffe',
        '\u{10ffff}',
      ),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    ),
  )
  .map((parts) => parts.join(''))
  .filter((t) => !/[\u2400-\u2421⟨]/u.test(t));

describe('showControls', () => {
  it('shows C0 controls and DEL as their control pictures, C1 and noncharacters by code point', () => {
    expect(showControls('a\x1b]0;pwned\x07b\x7f')).toBe('a\u241b]0;pwned\u2407b\u2421');
    expect(showControls('x\x85y\x9bz\ufffe\u{10ffff}')).toBe('x⟨U+0085⟩y⟨U+009B⟩z⟨U+FFFE⟩⟨U+10FFFF⟩');
  });

  it('keeps tab, line feed and carriage return in pages; for a terminal shows CR and direction controls too', () => {
    expect(showControls('a\tb\r\nc')).toBe('a\tb\r\nc');
    expect(showControls('abc\u202edef')).toBe('abc\u202edef');
    expect(showControls('a\tb\r\nc\u202edef\u2066', { terminal: true })).toBe('a\tb\u240d\nc⟨U+202E⟩def⟨U+2066⟩');
  });

  it('leaves no character that HTML forbids or a terminal obeys, and changes nothing else', () => {
    fc.assert(
      fc.property(text, (text) => {
        const shown = showControls(text, { terminal: true });
        expect(shown).not.toMatch(/[\0-\x08\x0b-\x1f\x7f-\x9f\p{Noncharacter_Code_Point}\u202a-\u202e\u2066-\u2069]/u);
        const plain = text.replace(/[\0-\x08\x0b-\x1f\x7f-\x9f\p{Noncharacter_Code_Point}\u202a-\u202e\u2066-\u2069]/gu, '');
        expect(shown.replace(/[\u2400-\u2421]|⟨U\+[0-9A-F]{4,6}⟩/gu, '')).toBe(plain);
      }),
      { numRuns: 200 },
    );
  });
});
