import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReposts } from '../../../src/corpus/repost/load-repost.ts';
import type { Collation, Row } from '../../../src/engine/analyse/collation.ts';
import { collate } from '../../../src/engine/collate.ts';
import { compareModel, inlineRows, STRIP_SIZES } from '../../../src/site/view/compare-model.ts';
import { toWitness } from '../../../src/site/view/witness.ts';
import { ROOT } from '../../support/build-site.ts';

const reposts = loadReposts(join(ROOT, 'content'), ROOT);
const [a, b] = [reposts.find((r) => r.id === 'gate')!, reposts.find((r) => r.id === 'mexc')!];
const pair = { a, b, slug: `${a.id}-${b.id}` };
const collation = collate(toWitness(a), toWitness(b));

describe('compare model', () => {
  it('gives one strip mark per row for a short comparison, each as wide as its row is long', () => {
    const model = compareModel(pair, collation, (p) => p);
    expect(model.strip.map((m) => m.id)).toEqual(collation.rows.map((r) => r.id));
    for (const [i, m] of model.strip.entries())
      expect(m.weight).toBe(Math.max(collation.rows[i]!.a.length, collation.rows[i]!.b.length, 1));
  });

  it('sizes each strip mark in eight steps by its weight: the heaviest is w8, heavier never narrower', () => {
    const strip = compareModel(pair, collation, (p) => p).strip;
    expect(Math.max(...strip.map((m) => m.size))).toBe(STRIP_SIZES);
    for (const m of strip) expect(m.size).toBeGreaterThanOrEqual(1);
    const byWeight = [...strip].sort((x, y) => x.weight - y.weight);
    for (let i = 1; i < byWeight.length; i++) expect(byWeight[i]!.size).toBeGreaterThanOrEqual(byWeight[i - 1]!.size);
  });

  it('keeps a long comparison’s strip to one line of marks, each linked to the first row it covers, weights summing to the text', () => {
    const row = collation.rows[0]!;
    const rows: Row[] = Array.from({ length: 500 }, (_, i) => ({
      ...row,
      id: `${row.id}-${i}`,
      kind: i % 7 === 0 ? 'reworded' : 'identical',
    }));
    const long: Collation = { ...collation, rows };
    const strip = compareModel(pair, long, (p) => p).strip;
    expect(strip.length).toBeLessThanOrEqual(48);
    expect(strip[0]!.id).toBe(rows[0]!.id);
    const ids = new Set(rows.map((r) => r.id));
    for (const m of strip) expect(ids.has(m.id)).toBe(true);
    expect(strip.reduce((n, m) => n + m.weight, 0)).toBe(rows.length * Math.max(row.a.length, row.b.length, 1));
    expect(strip.every((m) => m.kind === 'reworded')).toBe(true);
  });

  it('numbers paragraphs among paragraphs, as the home page does, and marks no words on one-sided rows', () => {
    const model = compareModel(pair, collation, (p) => p);
    const rowsOf = model.items.flatMap((item) => (item.type === 'row' ? [item.row] : item.type === 'identical-run' ? item.rows : []));
    const paragraphs = b.blocks.filter((bl) => bl.kind === 'paragraph');
    for (const r of rowsOf)
      for (const ref of r.bRefs.filter((x) => x.text.startsWith('¶'))) {
        const id = ref.href.split('#')[1];
        expect(ref.text).toBe(`¶${paragraphs.findIndex((p) => p.id === id) + 1}`);
      }
  });

  it('reads each row inline: shared words once, then each side’s own words, giving back each side’s text', () => {
    for (const row of inlineRows(pair, collation)) {
      const source = collation.rows.find((r) => r.id === row.id)!;
      // A's reading is the shared and A's own stretches; white space beside B's words counts as shared, so compare without it.
      const bare = (t: string) => t.replace(/\s+/g, '');
      expect(
        bare(
          row.parts
            .filter((p) => p.side !== 'b')
            .map((p) => p.text)
            .join(''),
        ),
      ).toBe(bare(source.a));
      for (const p of row.parts) if (p.side !== 'both') expect(p.text.trim()).toBe(p.text);
      expect(
        row.parts
          .filter((p) => p.side === 'b')
          .map((p) => p.text)
          .join('').length,
      ).toBeGreaterThan(0);
    }
  });
});
