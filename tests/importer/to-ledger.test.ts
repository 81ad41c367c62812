import { describe, expect, it } from 'vitest';
import type { DetectedLine } from '../../src/importer/detect/detect-lines.ts';
import { toLedger } from '../../src/importer/to-ledger.ts';
import { accountLines } from '../../src/corpus/ledger/account-lines.ts';
import { ledgerSchema } from '../../src/corpus/ledger/ledger-schema.ts';

const verdicts: DetectedLine[] = [
  { line: 1, role: 'boilerplate', category: 'promo-banner', text: '🎁 Win', reason: 'emoji-bulleted line of a campaign banner' },
  { line: 2, role: 'boilerplate', category: 'promo-banner', text: 'Join', reason: 'campaign link' },
  { line: 3, role: 'blank', text: '', reason: 'blank line' },
  { line: 4, role: 'metadata', fields: ['title'], text: 'Title', reason: 'title' },
  { line: 5, role: 'body', text: 'One.', reason: 'prose' },
  { line: 6, role: 'blank', text: ' ', reason: 'blank line' },
  { line: 7, role: 'body', text: 'Two.', reason: 'prose' },
  { line: 8, role: 'blank', text: '', reason: 'blank line' },
  { line: 9, role: 'boilerplate', category: 'share-widget', text: 'Share', reason: 'labels of share buttons' },
  { line: 10, role: 'boilerplate', category: 'spam-advert', text: 'Ad', reason: 'advert' },
];

describe('toLedger', () => {
  it('merges runs of one role and category, keeping blank lines between them inside the block', () => {
    const ledger = toLedger(verdicts);
    expect(ledger.blocks.map((b) => [b.lines, b.role])).toEqual([
      [[1, 2], 'boilerplate'],
      [[3, 3], 'blank'],
      [[4, 4], 'metadata'],
      [[5, 7], 'body'],
      [[8, 8], 'blank'],
      [[9, 9], 'boilerplate'],
      [[10, 10], 'boilerplate'],
    ]);
  });

  it('writes a valid ledger whose line-by-line account gives back every verdict', () => {
    const ledger = ledgerSchema.parse(toLedger(verdicts));
    const account = accountLines(
      verdicts.map((v) => v.text),
      ledger,
      'ledger.json',
    );
    expect(account.map((l) => [l.role, l.category ?? l.fields])).toEqual(verdicts.map((v) => [v.role, v.category ?? v.fields]));
  });

  it('notes the distinct reasons of a boilerplate block', () => {
    const banner = toLedger(verdicts).blocks[0]!;
    expect(banner).toMatchObject({ category: 'promo-banner', note: 'Emoji-bulleted line of a campaign banner; campaign link.' });
  });
});
