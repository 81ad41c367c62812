import { ContentError } from '../content-error.ts';
import { isBlank } from '../capture/split-lines.ts';
import type { AccountedLine, Ledger, LedgerBlock } from './ledger-schema.ts';

export type { AccountedLine };

/**
 * Checks that a ledger accounts for every capture line exactly once and returns the line-by-line
 * account. Errors name the ledger file, the line of the block at fault in it (from `blockLine`,
 * given the block's index) and the capture line. A capture line no block claims is blamed on the
 * block just before the gap, the one a person would widen.
 */
export function accountLines(
  lines: readonly string[],
  ledger: Ledger,
  ledgerFile: string,
  blockLine: (index: number) => number | undefined = () => undefined,
): AccountedLine[] {
  const owner = new Array<number | undefined>(lines.length).fill(undefined);
  ledger.blocks.forEach((block, index) => {
    const [first, last] = block.lines;
    if (last > lines.length) {
      throw new ContentError(
        ledgerFile,
        `block ${index + 1} (${describe(block)}) covers lines ${first}-${last}, but the capture has only ${lines.length} lines`,
        blockLine(index),
      );
    }
    for (let n = first; n <= last; n++) {
      const previous = owner[n - 1];
      if (previous !== undefined) {
        throw new ContentError(
          ledgerFile,
          `capture line ${n} is accounted for twice: by block ${previous + 1} (${describe(ledger.blocks[previous]!)}) and block ${index + 1} (${describe(block)})`,
          blockLine(index),
        );
      }
      owner[n - 1] = index;
    }
  });

  return lines.map((text, i) => {
    const line = i + 1;
    const index = owner[i];
    if (index === undefined) {
      const before = i > 0 ? owner[i - 1] : undefined;
      const after = owner.slice(i).find((o) => o !== undefined);
      const near = before ?? after;
      throw new ContentError(
        ledgerFile,
        `capture line ${line} is not accounted for by any block: ${quote(text)}`,
        near === undefined ? undefined : blockLine(near),
      );
    }
    const block = ledger.blocks[index]!;
    if (isBlank(text)) return { line, text, role: 'blank', block: index };
    switch (block.role) {
      case 'blank':
        throw new ContentError(ledgerFile, `capture line ${line} is marked blank but holds text: ${quote(text)}`, blockLine(index));
      case 'boilerplate':
        return { line, text, role: 'boilerplate', category: block.category, block: index };
      case 'metadata':
        return { line, text, role: 'metadata', fields: [block.field].flat(), block: index };
      case 'body':
        return { line, text, role: 'body', block: index };
    }
  });
}

function describe(block: LedgerBlock): string {
  if (block.role === 'boilerplate') return `boilerplate ${block.category}`;
  if (block.role === 'metadata') return `metadata ${[block.field].flat().join(' and ')}`;
  return block.role;
}

/** A line shortened for an error message. */
export function quote(text: string, max = 60): string {
  const t = text.trim();
  return `«${t.length > max ? `${t.slice(0, max)}…` : t}»`;
}
