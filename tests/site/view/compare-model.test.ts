import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadReposts } from '../../../src/corpus/repost/load-repost.ts';
import type { Collation, Row } from '../../../src/engine/analyse/collation.ts';
import { collate } from '../../../src/engine/collate.ts';
import {
  type CompareModel,
  compareModel,
  compareParts,
  inlineModel,
  inlineRows,
  STRIP_SIZES,
} from '../../../src/site/view/compare-model.ts';
import { type ItemWeight, PAGE_BUDGET, partWeight } from '../../../src/site/view/page-parts.ts';
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
    const rowsOf = model.parts
      .flatMap((part) => part.items)
      .flatMap((item) => (item.type === 'row' ? [item.row] : item.type === 'identical-run' ? item.rows : []));
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

  describe('a comparison longer than a page', () => {
    // The pair's rows eight times over, each copy's ids suffixed, so every id stays unique, and its
    // letters turned into other two-byte letters, so the copies do not compress into each other.
    const copy = (id: string, k: number) => (k === 0 ? id : `${id}x${k}`);
    const letters = (text: string, k: number) =>
      k === 0 ? text : text.replace(/[a-z]/gi, (c) => String.fromCharCode(0x430 + ((c.charCodeAt(0) * 7 + k * 13) % 32)));
    const rows: Row[] = Array.from({ length: 8 }, (_, k) =>
      collation.rows.map((r) => ({
        ...r,
        a: letters(r.a, k),
        b: letters(r.b, k),
        parts: r.parts.map((p) => ({ ...p, a: letters(p.a, k), b: letters(p.b, k) })),
        id: copy(r.id, k),
        aSentences: r.aSentences.map((id) => copy(id, k)),
        bSentences: r.bSentences.map((id) => copy(id, k)),
        ...(r.bOriginAfter !== undefined ? { bOriginAfter: r.bOriginAfter && copy(r.bOriginAfter, k) } : {}),
      })),
    ).flat();
    const long: Collation = { ...collation, rows };
    const model = compareModel(pair, long, (p) => `/base${p}`);
    const idsOf = (part: CompareModel['parts'][number]) =>
      new Set(
        part.items.flatMap((item) =>
          (item.type === 'row' ? [item.row] : item.type === 'identical-run' ? item.rows : []).flatMap((r) => [
            r.id,
            ...r.aAnchors,
            ...r.bAnchors,
          ]),
        ),
      );

    it('is split into parts of whole rows, in order, each within the budget by its estimate', () => {
      expect(model.parts.length).toBeGreaterThan(1);
      const order = model.parts.flatMap((part) =>
        part.items.flatMap((item) =>
          item.type === 'row' ? [item.row.id] : item.type === 'identical-run' ? item.rows.map((r) => r.id) : [],
        ),
      );
      expect(order).toEqual(rows.map((r) => r.id));
      for (const part of model.parts) {
        expect(part.estimate).toBeLessThanOrEqual(PAGE_BUDGET);
        expect(part.href).toBe(part.n === 1 ? '/base/compare/gate-mexc/' : `/base/compare/gate-mexc/${part.n}/`);
        expect([part.first, part.last]).toEqual([order.find((id) => idsOf(part).has(id)), order.findLast((id) => idsOf(part).has(id))]);
      }
    });

    it('points every link to a row or sentence at the part that holds it: strip, digest, moved markers, next and previous change', () => {
      const ids = model.parts.map(idsOf);
      const check = (href: string, from: number) => {
        const [path, id] = href.split('#') as [string, string];
        const to = path === '' ? from : model.parts.findIndex((p) => p.href === path);
        expect(to, href).not.toBe(from === to && path !== '' ? from : -1);
        expect(ids[to]!.has(id), `${href} from part ${from + 1}`).toBe(true);
        expect(model.partOf[id]).toBe(to + 1);
      };
      let links = 0;
      model.parts.forEach((part, k) => {
        for (const mark of part.strip) check(mark.href, k), links++;
        for (const item of part.items) {
          if (item.type === 'moved-marker') check(item.href, k), links++;
          for (const row of item.type === 'row' ? [item.row] : item.type === 'identical-run' ? item.rows : [])
            for (const href of [row.previousChange, row.nextChange]) if (href) check(href, k), links++;
        }
      });
      for (const side of [model.digest.a, model.digest.b])
        for (const group of side.groups) for (const link of group.links) if (!link.href.includes('/reposts/')) check(link.href, 0), links++;
      expect(links).toBeGreaterThan(rows.length);
      // Some links cross from one part to another.
      expect(model.parts.some((part) => part.strip.some((m) => !m.href.startsWith('#')))).toBe(true);
    });

    it('splits the inline view too, each row linked to its row side by side on the part that holds it', () => {
      const pages = inlineModel(pair, long, model.partOf, (p) => `/base${p}`);
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(rows.map((r) => r.id));
      for (const page of pages) {
        expect(page.estimate).toBeLessThanOrEqual(PAGE_BUDGET);
        for (const row of page.rows) expect(row.compareHref).toBe(`${model.parts[model.partOf[row.id]! - 1]!.href}#${row.id}`);
      }
    });
  });

  it('keeps a comparison that fits on one page whole, its links all within the page', () => {
    const model = compareModel(pair, { ...collation, rows: collation.rows.slice(0, 4) }, (p) => p);
    expect(model.parts).toHaveLength(1);
    expect(model.parts[0]!.strip.every((m) => m.href.startsWith('#'))).toBe(true);
  });
});

describe('compareParts', () => {
  // Items of random text: incompressible enough that their size tells, as two translations' rows do.
  const item = fc.record({ text: fc.string({ minLength: 0, maxLength: 1500 }), markup: fc.integer({ min: 0, max: 400 }) });
  const extra = fc.record({ text: fc.string({ maxLength: 3000 }), markup: fc.integer({ min: 0, max: 4000 }) });

  it('covers the rows in order in parts within the budget, the first opening and the last closing, each with a row', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 60 }), extra, extra, (items, opening, closing) => {
        const base: ItemWeight = { text: 'chrome', markup: 7 * 1024 };
        const fixed = (opens: boolean, closes: boolean): ItemWeight =>
          [...(opens ? [opening] : []), ...(closes ? [closing] : [])].reduce(
            (sum, e) => ({ text: `${sum.text}\n${e.text}`, markup: sum.markup + e.markup }),
            base,
          );
        const parts = compareParts(items, fixed);
        expect(parts[0]!.start).toBe(0);
        expect(parts.at(-1)!.end).toBe(items.length);
        parts.forEach((part, k) => {
          expect(part.end).toBeGreaterThan(part.start);
          if (k > 0) expect(part.start).toBe(parts[k - 1]!.end);
          // Over the budget only when one row alone is.
          const weight = partWeight(items, part, fixed(k === 0, k === parts.length - 1));
          if (part.end - part.start > 1) expect(weight).toBeLessThanOrEqual(PAGE_BUDGET);
        });
      }),
      { numRuns: 60 },
    );
  });
});
