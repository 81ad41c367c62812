import { ContentError } from '../content-error.ts';
import type { AccountedLine } from '../ledger/account-lines.ts';
import { quote } from '../ledger/account-lines.ts';
import type { EssayBlock } from './parse-essay.ts';

/**
 * Checks that the Markdown copy says exactly what the capture's body lines say: block `i` of the
 * Markdown has the text of body line `i`, modulo Markdown markup and the white space at either
 * end of the line. A changed, added or dropped word fails with the Markdown line, the capture line
 * and the first point of difference.
 */
export function checkBody(blocks: readonly EssayBlock[], lines: readonly AccountedLine[], essayFile: string, captureFile: string): void {
  const body = lines.filter((l) => l.role === 'body');
  const count = Math.min(blocks.length, body.length);
  for (let i = 0; i < count; i++) {
    const block = blocks[i]!;
    const raw = body[i]!;
    const expected = raw.text.trim();
    if (block.text === expected) continue;
    const at = firstDifference(block.text, expected);
    throw new ContentError(
      essayFile,
      `${block.kind} text differs from ${captureFile} line ${raw.line} at character ${at + 1}: ` +
        `the capture has ${quote(expected.slice(Math.max(0, at - 20)), 50)}, the Markdown has ${quote(block.text.slice(Math.max(0, at - 20)), 50)}`,
      block.line,
    );
  }
  if (blocks.length > body.length) {
    const extra = blocks[body.length]!;
    throw new ContentError(essayFile, `${extra.kind} ${quote(extra.text)} has no body line in ${captureFile}`, extra.line);
  }
  if (body.length > blocks.length) {
    const missing = body[blocks.length]!;
    throw new ContentError(
      essayFile,
      `${captureFile} line ${missing.line} is essay body but missing from the Markdown: ${quote(missing.text)}`,
      blocks.at(-1)?.line,
    );
  }
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
