import { ContentError } from '../content-error.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Turns the bytes of a raw capture (or any text input) into a string, refusing what is not text.
 *
 * A leading byte-order mark is dropped (TextDecoder does so) because it is an encoding detail,
 * not a character of line 1. Empty files, files with NUL bytes (binary) and invalid UTF-8 are
 * refused with an error naming the file: silently decoding them would produce wrong output.
 */
export function decodeCapture(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new ContentError(file, 'the file is empty');
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ContentError(file, `the file looks binary (NUL byte at offset ${nul}), expected UTF-8 text`);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ContentError(file, `the file is not valid UTF-8 (at or after byte ${firstInvalidUtf8(bytes)})`);
  }
  if (text.trim() === '') throw new ContentError(file, 'the file holds only white space');
  return text;
}

/** Byte offset of the first sequence a strict decoder rejects, found by bisection on prefixes. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 4) {
    const mid = (lo + hi) >>> 1;
    try {
      // A prefix cut inside a valid multi-byte sequence is accepted in streaming mode.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
