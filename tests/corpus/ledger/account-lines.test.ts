import { describe, expect, it } from 'vitest';
import { accountLines } from '../../../src/corpus/ledger/account-lines.ts';
import { ledgerSchema, type Ledger } from '../../../src/corpus/ledger/ledger-schema.ts';

const lines = ['Promo!', '', 'Title', 'Body one.', '', 'Body two.', 'Share'];
const ledger: Ledger = {
  blocks: [
    { lines: [1, 2], role: 'boilerplate', category: 'promo-banner', note: 'banner' },
    { lines: [3, 3], role: 'metadata', field: 'title' },
    { lines: [4, 6], role: 'body' },
    { lines: [7, 7], role: 'boilerplate', category: 'share-widget', note: 'share' },
  ],
};

describe('accountLines', () => {
  it('gives every line exactly one role; blank lines inside a block are blank', () => {
    const account = accountLines(lines, ledger, 'ledger.json');
    expect(account.map((l) => [l.line, l.role, l.category ?? l.fields?.join('+') ?? ''])).toEqual([
      [1, 'boilerplate', 'promo-banner'],
      [2, 'blank', ''],
      [3, 'metadata', 'title'],
      [4, 'body', ''],
      [5, 'blank', ''],
      [6, 'body', ''],
      [7, 'boilerplate', 'share-widget'],
    ]);
  });

  // The ledger line of block i, as the loader finds it in the file: here, 100 + 10·i.
  const blockLine = (i: number) => 100 + 10 * i;

  it('names the first line no block accounts for, at the ledger line of the block before the gap', () => {
    const gap = { blocks: ledger.blocks.filter((b) => b.role !== 'metadata') };
    expect(() => accountLines(lines, gap, 'l.json', blockLine)).toThrow(
      'l.json:100: capture line 3 is not accounted for by any block: «Title»',
    );
    const head = { blocks: ledger.blocks.slice(1) };
    expect(() => accountLines(lines, head, 'l.json', blockLine)).toThrow('l.json:100: capture line 1 is not accounted');
  });

  it('names a line two blocks claim, at the ledger line of the second block', () => {
    const overlap = { blocks: [...ledger.blocks, { lines: [6, 7] as [number, number], role: 'body' as const }] };
    expect(() => accountLines(lines, overlap, 'l.json', blockLine)).toThrow(
      /^l\.json:140: capture line 6 is accounted for twice: by block 3 \(body\) and block 5 \(body\)$/,
    );
  });

  it('refuses a range past the end of the capture', () => {
    const long = { blocks: [{ lines: [1, 9] as [number, number], role: 'body' as const }] };
    expect(() => accountLines(lines, long, 'l.json')).toThrow('covers lines 1-9, but the capture has only 7 lines');
  });

  it('refuses text marked blank', () => {
    const wrong = { blocks: [{ lines: [1, 7] as [number, number], role: 'blank' as const }] };
    expect(() => accountLines(lines, wrong, 'l.json', blockLine)).toThrow(
      'l.json:100: capture line 1 is marked blank but holds text: «Promo!»',
    );
  });
});

describe('ledgerSchema', () => {
  it('accepts only categories from the taxonomy', () => {
    const bad = { blocks: [{ lines: [1, 1], role: 'boilerplate', category: 'banner-ad', note: 'x' }] };
    expect(ledgerSchema.safeParse(bad).success).toBe(false);
    expect(ledgerSchema.safeParse(ledger).success).toBe(true);
  });

  it('refuses backwards ranges and unknown keys', () => {
    expect(ledgerSchema.safeParse({ blocks: [{ lines: [3, 2], role: 'body' }] }).success).toBe(false);
    expect(ledgerSchema.safeParse({ blocks: [{ lines: [1, 1], role: 'body', category: 'disclaimer' }] }).success).toBe(false);
  });
});
