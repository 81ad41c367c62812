import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../../src/corpus/capture/decode-capture.ts';
import { splitLines } from '../../../src/corpus/capture/split-lines.ts';
import { detectLines } from '../../../src/importer/detect/detect-lines.ts';
import { accountLines } from '../../../src/corpus/ledger/account-lines.ts';
import { ledgerSchema } from '../../../src/corpus/ledger/ledger-schema.ts';
import { loadRepost, loadReposts } from '../../../src/corpus/repost/load-repost.ts';
import { evidenceOf } from '../../../src/importer/detect/evidence.ts';
import { ROOT } from '../../support/build-site.ts';
import { label } from './support.ts';

/** The hand-made ledgers of the shipped reposts are the reference: detection must agree line by line. */
describe('detectLines on the shipped captures', () => {
  for (const id of ['gate', 'mexc']) {
    const dir = join(ROOT, 'content/reposts', id);
    const lines = splitLines(decodeCapture(readFileSync(join(dir, 'capture.txt')), id));
    const ledger = ledgerSchema.parse(JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8')));

    it(`labels every line of ${id} as its ledger does`, () => {
      const expected = accountLines(lines, ledger, 'ledger.json').map((l) => `${l.line} ${label(l)}`);
      expect(detectLines(lines).lines.map((l) => `${l.line} ${label(l)}`)).toEqual(expected);
    });

    it(`labels every line of ${id} as its ledger does with the other reposts as evidence`, () => {
      const others = evidenceOf(loadReposts(join(ROOT, 'content'), ROOT).filter((r) => r.id !== id));
      const expected = accountLines(lines, ledger, 'ledger.json').map((l) => `${l.line} ${label(l)}`);
      expect(detectLines(lines, others).lines.map((l) => `${l.line} ${label(l)}`)).toEqual(expected);
    });

    it(`keeps ${id}'s essay and boilerplate apart without the title line`, () => {
      const account = accountLines(lines, ledger, 'ledger.json');
      const title = account.findIndex((l) => l.fields?.includes('title'));
      const expected = account.filter((_, i) => i !== title).map((l) => (l.role === 'metadata' ? 'metadata' : l.role));
      const detected = detectLines(lines.filter((_, i) => i !== title)).lines.map((l) => (l.role === 'metadata' ? 'metadata' : l.role));
      expect(detected).toEqual(expected);
    });

    it(`lifts the same title, author and date from ${id} as its frontmatter`, () => {
      const { title, author, date } = loadRepost(dir, ROOT);
      const wanted = Object.fromEntries(Object.entries({ title, author, date }).filter(([, v]) => v !== undefined));
      expect(detectLines(lines).metadata).toEqual(wanted);
    });
  }
});
