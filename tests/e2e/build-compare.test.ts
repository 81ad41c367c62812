import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { describe, expect, inject, it } from 'vitest';
import type { Collation } from '../../src/engine/analyse/collation.ts';
import { loadReposts } from '../../src/corpus/repost/load-repost.ts';
import { buildSite, ROOT } from '../support/build-site.ts';
import { addFixtureRepost, copyContent } from '../support/content-copy.ts';
import { readPage, readParts, textOf } from '../support/html.ts';

const dist = inject('siteDir');
const reposts = loadReposts(join(ROOT, 'content'), ROOT);
/** A shipped repost by id: the tests never depend on which or how many other reposts exist. */
const byId = (id: string) => reposts.find((r) => r.id === id)!;
const [gate, mexc] = [byId('gate'), byId('mexc')];
/** The pair's compare page, all its parts (a long comparison has several: the rows, ids and links are checked across them). */
const page = readParts(dist, '/compare/gate-mexc/');
const collation = JSON.parse(readFileSync(join(dist, 'compare/gate-mexc.json'), 'utf8')) as Collation;

describe('the compare page and its JSON', () => {
  it('publishes the collation JSON beside the page, with the plain text of each side in every row', () => {
    expect(collation.a.id).toBe('gate');
    expect(collation.b.id).toBe('mexc');
    expect(collation.rows.length).toBeGreaterThan(5);
    for (const row of collation.rows) {
      expect(typeof row.a).toBe('string');
      expect(typeof row.b).toBe('string');
      expect(row.similarity).toBeGreaterThanOrEqual(0);
    }
    const allA = collation.rows
      .map((r) => r.a)
      .filter(Boolean)
      .join(' ');
    for (const block of gate.blocks) for (const word of block.text.split(' ').slice(0, 3)) expect(allA).toContain(word);
  });

  it('renders one element per row, with a permalink id, its kind and both sides', () => {
    const rows = page.all('[data-row]');
    expect(rows.map((r) => r.properties.id)).toEqual(collation.rows.map((r) => r.id));
    for (const row of rows) {
      const id = String(row.properties.id);
      expect(page.one(`[id="${id}"] a[href="${page.at(id)}"]`), id).toBeDefined();
      expect(page.one(`[id="${id}"] [data-side="a"]`)).toBeDefined();
      expect(page.one(`[id="${id}"] [data-side="b"]`)).toBeDefined();
    }
  });

  it('marks changed words with <mark> and a class, and hides no text inside marks', () => {
    const marks = page.all('[data-row] mark');
    expect(marks.length).toBeGreaterThan(20);
    // A bare mark is wording; v-s substance, v-f formal.
    for (const el of marks) expect(((el.properties.className as string[] | undefined) ?? []).join(' ')).toMatch(/^(v-s|v-f|)$/);
    const variants = collation.rows.flatMap((r) => r.parts).filter((p) => p.variant === 'substance' && (p.a.trim() || p.b.trim()));
    expect(page.all('[data-row] mark.v-s').length).toBe(variants.length);
    expect(page.all('[data-row] mark .visually-hidden, [data-row] del, [data-row] ins')).toEqual([]);
    // Each side reads exactly as its copy: the marks add no words.
    for (const row of collation.rows) {
      if (row.a) expect(textOf(page.one(`[id="${row.id}"] [data-side="a"] .text`)!), row.id).toBe(row.a);
      if (row.b) expect(textOf(page.one(`[id="${row.id}"] [data-side="b"] .text`)!), row.id).toBe(row.b);
    }
  });

  it('lists what only one side has at the top, each entry linked to its row, as the JSON does', () => {
    const digest = collation.digest!;
    expect(digest.a.length + digest.b.length).toBeGreaterThan(0);
    const sides = page.all('.digest-side');
    expect(sides).toHaveLength(2);
    const rowIds = new Set(collation.rows.map((r) => r.id));
    for (const [i, entries] of [digest.a, digest.b].entries()) {
      const hrefs = selectAll('a', sides[i]!).map((a) => String(a.properties.href));
      expect(hrefs).toHaveLength(entries.length);
      for (const e of entries) if (e.row !== null) expect(rowIds.has(e.row), e.row).toBe(true);
      // The page groups entries by kind; the JSON lists them by row: the same links either way.
      expect(hrefs.filter((h) => h.includes('#')).sort()).toEqual(
        entries
          .filter((e) => e.row !== null)
          .map((e) => page.at(e.row!))
          .sort(),
      );
    }
    expect(page.all('section.digest, [data-row]')[0]!.tagName).toBe('section');
  });

  it('publishes an inline reading: every row once, each copy’s own words marked with its side, linked back to the row', () => {
    const inline = readParts(dist, '/compare/gate-mexc/inline/');
    expect(inline.all('.inline-row').map((r) => r.properties.id)).toEqual(collation.rows.map((r) => r.id));
    for (const row of collation.rows) {
      expect(inline.attr(`[id="${row.id}"] a.row-id`, 'href')).toBe(page.at(row.id));
      const marks = inline.all(`[id="${row.id}"] mark`).map((m) => [(m.properties.className as string[])[0], textOf(m)]);
      // Each copy's own words, trimmed: the white space around them stays outside the mark.
      const own = row.parts
        .filter((p) => p.op !== 'equal' && (p.a || p.b).trim())
        .map((p) => [p.op === 'delete' ? 'in-a' : 'in-b', (p.a || p.b).trim()]);
      if (row.parts.length) expect(marks).toEqual(own);
    }
  });

  it('links every row back to the paragraphs on each reader page', () => {
    for (const row of collation.rows) {
      for (const block of row.aBlocks)
        expect(page.one(`[id="${row.id}"] a[href="/reposts/gate/#${block}"]`), `${row.id} → ${block}`).toBeDefined();
      for (const block of row.bBlocks)
        expect(page.one(`[id="${row.id}"] a[href="/reposts/mexc/#${block}"]`), `${row.id} → ${block}`).toBeDefined();
    }
  });

  it('offers next/previous change links between changed rows, and a strip of links to every row', () => {
    const changes = page.all('[data-row].change').map((r) => String(r.properties.id));
    expect(changes.length).toBe(collation.stats.changes);
    for (let i = 0; i < changes.length - 1; i++) {
      expect(page.attr(`[id="${changes[i]}"] a.next-change`, 'href')).toBe(page.at(changes[i + 1]!));
      expect(page.attr(`[id="${changes[i + 1]}"] a.prev-change`, 'href')).toBe(page.at(changes[i]!));
    }
    // Each part has the strip, every mark linked to its row on the part that holds it.
    const strip = page.all('.strip a').map((a) => a.properties.href);
    expect(strip).toEqual(page.paths.flatMap(() => collation.rows.map((r) => page.at(r.id))));
    for (const a of page.all('.strip a')) expect(String(a.properties.ariaLabel)).toMatch(/^Row \S+: /);
  });

  it('shows the summary figures and counts per kind', () => {
    const summary = page.text('dl.facts');
    expect(summary).toContain(`${Math.round(collation.stats.similarity * 100)}%`);
    const kinds = page.text('table.kinds');
    for (const [kind, n] of Object.entries(collation.stats.kinds)) if (n > 0) expect(kinds, kind).toContain(String(n));
  });

  it('holds both boilerplate panels with every stripped block verbatim, inert, and the lifted metadata', () => {
    for (const repost of [gate, mexc]) {
      const panel = page.one(`[data-boilerplate-panel="${repost.id}"]`);
      expect(panel, repost.id).toBeDefined();
      const text = textOf(panel!);
      for (const line of repost.lines.filter((l) => l.role === 'boilerplate')) expect(text, `line ${line.line}`).toContain(line.text);
      for (const line of repost.lines.filter((l) => l.role === 'metadata')) expect(text).toContain(line.text);
    }
    const panels = page.all('[data-boilerplate-panel] blockquote a');
    expect(panels).toEqual([]); // promo and spam links are text, not links
    const gateText = textOf(page.one('[data-boilerplate-panel="gate"]')!);
    expect(gateText).toContain('#PROVE Creative Contest#');
    const mexcText = textOf(page.one('[data-boilerplate-panel="mexc"]')!);
    for (const label of ['Duplicated teaser', 'Disclaimer', 'Share widget', 'Spam advert', 'Related links', 'Stray timestamp'])
      expect(mexcText).toContain(label);
  });

  it('annotates every line of each raw capture', () => {
    for (const repost of [gate, mexc]) {
      const capture = readPage(dist, `/reposts/${repost.id}/capture/`);
      const items = capture.all('ol.capture > li');
      expect(items).toHaveLength(repost.lines.length);
      items.forEach((li, i) => {
        const line = repost.lines[i]!;
        expect(li.properties.id).toBe(`L${line.line}`);
        expect(String(li.properties.className)).toContain(`role-${line.role}`);
        expect(textOf(li)).toContain(line.text);
      });
    }
  });
});

describe('a third repost', () => {
  it('yields its compare pages with every other repost, and its reader page offers them in one control', () => {
    const content = copyContent();
    addFixtureRepost(content, 'mirror');
    const build = buildSite({ content, label: 'third-compare' });
    expect(build.status, build.output).toBe(0);
    for (const slug of ['gate-mexc', 'gate-mirror', 'mexc-mirror']) {
      expect(existsSync(join(build.outDir, `compare/${slug}/index.html`)), slug).toBe(true);
      expect(existsSync(join(build.outDir, `compare/${slug}.json`)), slug).toBe(true);
    }
    const reader = readPage(build.outDir, '/reposts/mirror/');
    const targets = reader.all('details.compare-with li a').map((a) => String(a.properties.href));
    const others = reposts.map((r) => r.id).filter((id) => id !== 'mirror');
    expect(targets.sort()).toEqual(others.map((id) => `/compare/${[id, 'mirror'].sort().join('-')}/`).sort());
    const rows = new Set(reader.all('a.block-link').map((a) => String(a.properties.href).split('#')[0]));
    expect(rows).toEqual(new Set(['/synopsis/']));
    const compare = readPage(build.outDir, '/compare/gate-mirror/');
    expect(compare.one('[data-boilerplate-panel="mirror"]')).toBeDefined();
  });
});

describe('sentence anchors', () => {
  it('gives every sentence of each side an anchor inside its row, and no id twice', () => {
    for (const row of collation.rows)
      for (const id of [...row.aSentences, ...row.bSentences])
        expect(page.one(`[id="${row.id}"]`)!.properties.id === id || !!page.one(`[id="${row.id}"] [id="${id}"]`), id).toBe(true);
    for (const path of page.paths) {
      const ids = readPage(dist, path)
        .all('[id]')
        .map((el) => String(el.properties.id));
      expect(ids.length, path).toBe(new Set(ids).size);
    }
  });
});
