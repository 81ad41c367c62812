import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../../src/corpus/capture/decode-capture.ts';
import { ContentError } from '../../../src/corpus/content-error.ts';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeCapture', () => {
  it('decodes UTF-8 and drops a byte-order mark, which is not part of line 1', () => {
    expect(decodeCapture(bytes([0xef, 0xbb, 0xbf], 'Author:Haotian'), 'a.txt')).toBe('Author:Haotian');
    expect(decodeCapture(bytes('world’s'), 'a.txt')).toBe('world’s');
  });

  it('refuses an empty file, naming it', () => {
    expect(() => decodeCapture(new Uint8Array(), 'empty.txt')).toThrow('empty.txt: the file is empty');
  });

  it('refuses a binary file with the offset of the NUL byte', () => {
    expect(() => decodeCapture(bytes('PK', [3, 4, 0, 0]), 'x.zip')).toThrow(/x\.zip: the file looks binary \(NUL byte at offset 4\)/);
  });

  it('refuses invalid UTF-8 (Latin-1) and says roughly where', () => {
    const error = (() => {
      try {
        decodeCapture(bytes('caf', [0xe9], ' au lait'), 'latin1.txt');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(/^latin1\.txt: the file is not valid UTF-8 \(at or after byte [0-3]\)$/);
  });
});
