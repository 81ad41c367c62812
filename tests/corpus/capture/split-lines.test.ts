import { describe, expect, it } from 'vitest';
import { isBlank, splitLines } from '../../../src/corpus/capture/split-lines.ts';

describe('splitLines', () => {
  it('numbers lines like an editor: LF, CRLF and CR end lines; a final newline adds no line', () => {
    expect(splitLines('a\nb')).toEqual(['a', 'b']);
    expect(splitLines('a\r\nb\r\n')).toEqual(['a', 'b']);
    expect(splitLines('a\rb\n\n')).toEqual(['a', 'b', '']);
    expect(splitLines('only')).toEqual(['only']);
  });

  it('keeps trailing white space, which belongs to the captured bytes', () => {
    expect(splitLines('a  \n\t')).toEqual(['a  ', '\t']);
    expect(isBlank(' \t')).toBe(true);
    expect(isBlank(' x ')).toBe(false);
  });
});
