import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReposts } from '../../../src/corpus/repost/load-repost.ts';
import { homeModel } from '../../../src/site/view/home-model.ts';
import { synopsisBlockLinks } from '../../../src/site/view/synopsis-links.ts';
import { apparatusModel, synopsisTableModel } from '../../../src/site/view/synopsis-model.ts';
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
