/**
 * Splits text into lines the way an editor numbers them: LF, CRLF and lone CR all end a line, and
 * a final line ending does not start an extra, empty line. Line `n` of a capture is element `n - 1`.
 */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** True when a line holds nothing but white space: such lines separate blocks. */
export function isBlank(line: string): boolean {
  return line.trim() === '';
}
