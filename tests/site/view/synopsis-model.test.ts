import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReposts } from '../../../src/corpus/repost/load-repost.ts';
import { homeModel } from '../../../src/site/view/home-model.ts';
import { synopsisBlockLinks } from '../../../src/site/view/synopsis-links.ts';
import { PAGE_BUDGET } from '../../../src/site/view/page-parts.ts';
import { apparatusModel, synopsisRowHref, synopsisTableModel } from '../../../src/site/view/synopsis-model.ts';
import { siteSynopsis } from '../../../src/site/view/synopsis-of.ts';
import { allPairs, collationOf } from '../../../src/site/view/witness.ts';
import { ROOT } from '../../support/build-site.ts';
import { generatedContent } from '../../support/generated-reposts.ts';

const content = generatedContent(6);
afterAll(() => rmSync(dirname(content), { recursive: true, force: true }));
const reposts = loadReposts(content, ROOT);
const site = siteSynopsis(reposts);
const href = (p: string) => p;

describe('the synopsis view models, on six reposts', () => {
  it('chooses as base a copy that names the author, and says why', () => {
    expect(site.reposts[site.synopsis.base]!.author).toBeDefined();
    expect(site.baseReason).toMatch(/names the author/);
  });

  it('lays the table out with the base first and exactly one cell per column per row, row spans counted', () => {
    const table = synopsisTableModel(site, href);
    expect(table.columns[0]!.base).toBe(true);
    expect(table.columns).toHaveLength(reposts.length);
    const open = new Array<number>(reposts.length).fill(0);
    for (const row of table.rows) {
      // Columns still covered by a cell above take no cell in this row.
      const free = open.filter((n) => n === 0).length;
      expect(row.cells, row.id).toHaveLength(free);
      let c = 0;
      open.forEach((n, w) => {
        if (n > 0) open[w] = n - 1;
        else open[w] = row.cells[c++]!.rows - 1;
      });
    }
    const texts = table.rows.flatMap((r) => r.cells.filter((c) => c.type === 'text'));
    const same = table.rows.flatMap((r) => r.cells.filter((c) => c.type === 'same'));
    expect(texts.length).toBeGreaterThan(0);
    expect(same.length).toBeGreaterThan(0);
  });

  it('gives the apparatus one note per row where copies differ, and the base text whole', () => {
    const model = apparatusModel(site, href);
    expect(model.notes).toHaveLength(site.synopsis.rows.filter((r) => r.readings.length > 1).length);
    const text = model.blocks.flatMap((b) => b.pieces.map((p) => p.text)).join(' ');
    const base = site.reposts[site.synopsis.base]!;
    for (const block of base.blocks) expect(text.replace(/\s+/g, ' ')).toContain(block.text.split(' ').slice(0, 5).join(' '));
    for (const note of model.notes) expect(note.variants.length).toBeGreaterThan(0);
  });

  it('links every block of every repost to the synopsis row holding its first sentence', () => {
    for (const repost of reposts) {
      const links = synopsisBlockLinks(site, repost, href);
      expect(Object.keys(links).sort()).toEqual(repost.blocks.map((b) => b.id).sort());
      for (const list of Object.values(links)) expect(list).toHaveLength(1);
    }
  });

  it('reads every compare page off the synopsis, and the home page off the comparisons', () => {
    const pairs = allPairs(reposts);
    expect(pairs).toHaveLength(15);
    for (const pair of pairs) {
      const collation = collationOf(pair);
      expect(collation.rows.flatMap((r) => r.aSentences)).toHaveLength(collation.a.sentences);
      expect(collation.rows.flatMap((r) => r.bSentences)).toHaveLength(collation.b.sentences);
    }
    const home = homeModel(reposts, site.synopsis, href);
    expect(home.ranked).toHaveLength(15);
    expect(home.intro.join(' ')).toContain('6 copies of the essay');
    expect(home.intro.join(' ')).toMatch(/runs from \d+% \(.+\) to \d+% \(.+\), \d+% on average/);
    expect(home.matrix.map((row) => row.length)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('a synopsis longer than a page', () => {
  // The rows forty times over, row ids suffixed, every copy's words turned into other two-byte
  // letters so that the copies of a row do not compress into each other.
  const letters = (text: string, k: number) =>
    text.replace(/[a-z]/gi, (c) => String.fromCharCode(0x430 + ((c.charCodeAt(0) * 7 + k * 13) % 32)));
  const rows = Array.from({ length: 40 }, (_, k) =>
    site.synopsis.rows.map((row) => ({
      ...row,
      id: `${row.id}x${k}`,
      cells: row.cells.map((c) => letters(c, k)),
      readings: row.readings.map((r) => ({ ...r, text: letters(r.text, k) })),
      ...(row.moved ? { moved: Object.fromEntries(Object.entries(row.moved).map(([w, to]) => [w, `${to}x${k}`])) } : {}),
    })),
  ).flat();
  const long = { ...site, synopsis: { ...site.synopsis, rows } };

  it('pages the table by whole rows in order, never cutting a cell that spans rows, each part within the budget', () => {
    const table = synopsisTableModel(long, href);
    expect(table.parts.length).toBeGreaterThan(1);
    expect(table.parts.flatMap((p) => p.rows.map((r) => r.id))).toEqual(rows.map((r) => r.id));
    let r = 0;
    for (const part of table.parts) {
      const end = r + part.rows.length;
      for (let i = r; i < end; i++)
        for (const span of Object.values(rows[i]!.spans ?? {})) expect(i + span, rows[i]!.id).toBeLessThanOrEqual(end);
      r = end;
      expect(part.estimate).toBeLessThanOrEqual(PAGE_BUDGET);
      for (const row of part.rows) {
        expect(table.partOf[row.id]).toBe(part.n);
        expect(synopsisRowHref(table, href, row.id)).toBe(`${part.href}#${row.id}`);
      }
    }
    expect(table.parts[1]!.href).toBe('/synopsis/2/');
  });

  it('pages the apparatus with each note on the part of its marker, every note once, numbered through', () => {
    const model = apparatusModel(long, href);
    expect(model.parts.length).toBeGreaterThan(1);
    // (The rows repeated here go back to the same paragraphs of the base, so notes come in paragraph order, not row order.)
    expect(model.parts.flatMap((p) => p.notes.map((n) => n.n)).sort((x, y) => x - y)).toEqual(model.notes.map((n) => n.n));
    for (const part of model.parts) {
      const markers = part.blocks.flatMap((b) => b.pieces.flatMap((p) => (p.note ? [p.note] : [])));
      expect(markers).toEqual(part.notes.map((n) => n.n));
      expect(part.estimate).toBeLessThanOrEqual(PAGE_BUDGET);
    }
    expect(model.parts.flatMap((p) => p.blocks.flatMap((b) => b.pieces))).toEqual(model.blocks.flatMap((b) => b.pieces));
  });

  it('links each paragraph of a reader page to its synopsis row on the part that holds it', () => {
    const table = synopsisTableModel(long, href);
    const links = Object.values(synopsisBlockLinks(long, long.reposts[0]!, href)).flat();
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const [path, id] = link.href.split('#') as [string, string];
      expect(path).toBe(table.parts[table.partOf[id]! - 1]!.href);
    }
  });
});
