import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadReposts } from '../../src/corpus/repost/load-repost.ts';
import type { Collation } from '../../src/engine/analyse/collation.ts';
import { synopsisSchema } from '../../src/engine/multi/synopsis.ts';
import { ROOT } from '../support/build-site.ts';
import { readPage, textOf } from '../support/html.ts';

const dist = inject('siteDir');
const reposts = loadReposts(join(ROOT, 'content'), ROOT).sort((x, y) => x.id.localeCompare(y.id));
const synopsis = synopsisSchema.parse(JSON.parse(readFileSync(join(dist, 'synopsis.json'), 'utf8')));
const base = synopsis.witnesses[synopsis.base]!;

describe('the synopsis JSON and its schema', () => {
  it('validates against the schema, with every repost a witness and the copy that credits the author as base', () => {
    expect(synopsis.witnesses.map((w) => w.id)).toEqual(reposts.map((r) => r.id));
    const crediting = reposts.filter((r) => r.author !== undefined).map((r) => r.id);
    if (crediting.length) expect(crediting).toContain(base.id);
    for (const row of synopsis.rows) expect(row.cells).toHaveLength(reposts.length);
  });

  it('publishes the JSON Schema beside it', () => {
    const schema = JSON.parse(readFileSync(join(dist, 'synopsis.schema.json'), 'utf8')) as {
      type: string;
      properties: Record<string, unknown>;
    };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(['version', 'witnesses', 'base', 'rows']);
  });
});

describe('the synopsis page', () => {
  const page = readPage(dist, '/synopsis/');

  it('has one row per synopsis row, with its permalink, and one column per repost, the base first', () => {
    const rows = page.all('tr[data-row]');
    expect(rows.map((r) => r.properties.id)).toEqual(synopsis.rows.map((r) => r.id));
    for (const r of synopsis.rows) expect(page.one(`[id="${r.id}"] a[href="#${r.id}"]`), r.id).toBeDefined();
    const columns = page.all('thead th').slice(1).map(textOf);
    expect(columns).toHaveLength(reposts.length);
    expect(columns[0]).toContain(`${base.sigil} ${base.label} (base)`);
  });

  it('shows every sentence of every repost once, in a scroller that is a labelled, focusable region', () => {
    const table = textOf(page.one('table.synopsis')!);
    for (const row of synopsis.rows) for (const cell of row.cells) if (cell) expect(table).toContain(cell);
    expect(page.one('.table-scroll[role="region"][tabindex="0"][aria-labelledby="synopsis-caption"]')).toBeDefined();
  });
});

describe('the apparatus page', () => {
  const page = readPage(dist, '/synopsis/apparatus/');
  const varying = synopsis.rows.filter((r) => r.readings.length > 1);

  it('reads the base text continuously, every base sentence once, each row’s first sentence carrying the row id', () => {
    const text = textOf(page.one('.apparatus-text')!);
    for (const row of synopsis.rows) {
      if (row.cells[synopsis.base]) expect(text).toContain(row.cells[synopsis.base]!.split(' ').slice(0, 4).join(' '));
      expect(page.one(`.apparatus-text [id="${row.id}"]`), row.id).toBeDefined();
    }
  });

  it('numbers a note wherever another copy reads differently, giving each reading with its sigla', () => {
    const notes = page.all('ol.notes > li');
    expect(notes).toHaveLength(varying.length);
    varying.forEach((row, i) => {
      const note = textOf(notes[i]!);
      expect(page.one(`.apparatus-text a[href="#n${i + 1}"]`)).toBeDefined();
      expect(page.one(`#n${i + 1} a[href="/synopsis/#${row.id}"]`)).toBeDefined();
      for (const reading of row.readings) {
        if (reading.witnesses.includes(synopsis.base)) continue;
        for (const w of reading.witnesses) expect(note).toContain(synopsis.witnesses[w]!.sigil);
        if (reading.text) expect(note).toContain(reading.text);
        else expect(note).toContain('leave it out');
      }
    });
  });
});

describe('the reader pages and the home page', () => {
  it('link each paragraph to the synopsis row holding its first sentence, and offer the comparisons in one control', () => {
    reposts.forEach((repost, w) => {
      const reader = readPage(dist, `/reposts/${repost.id}/`);
      for (const block of repost.blocks) {
        const links = reader.all(`[id="${block.id}"] a.block-link`);
        expect(links, `${repost.id} ${block.id}`).toHaveLength(1);
        const [path, rowId] = String(links[0]!.properties.href).split('#');
        expect(path).toBe('/synopsis/');
        const row = synopsis.rows.find((r) => r.id === rowId)!;
        expect(row.blocks[w]).toContain(block.id);
        expect(synopsis.rows.findIndex((r) => r.blocks[w]!.includes(block.id))).toBe(synopsis.rows.indexOf(row));
      }
      expect(reader.all('details.compare-with li a')).toHaveLength(reposts.length - 1);
    });
  });

  it('says on the home page what the data say, and links every pair from the matrix with its share of words', () => {
    const home = readPage(dist, '/');
    const intro = textOf(home.one('p.intro')!);
    expect(intro).toContain(`${reposts.length} copies of the essay`);
    expect(intro).not.toMatch(/translation|paraphrase/);
    for (let i = 0; i < reposts.length; i++) {
      for (let j = i + 1; j < reposts.length; j++) {
        const slug = `${reposts[i]!.id}-${reposts[j]!.id}`;
        const collation = JSON.parse(readFileSync(join(dist, `compare/${slug}.json`), 'utf8')) as Collation;
        const link = home.one(`table.matrix a[href="/compare/${slug}/"]`);
        expect(link, slug).toBeDefined();
        expect(textOf(link!)).toBe(`${Math.round(collation.stats.similarity * 100)}%`);
      }
    }
    expect(home.one('a[href="/synopsis/"]')).toBeDefined();
    expect(home.one('a[href="/synopsis/apparatus/"]')).toBeDefined();
  });
});
