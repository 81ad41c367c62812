import { textLang } from '../../src/site/view/text-lang.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadReposts } from '../../src/corpus/repost/load-repost.ts';
import { ROOT } from '../support/build-site.ts';
import { readPage, textOf } from '../support/html.ts';

const dist = inject('siteDir');
const reposts = loadReposts(join(ROOT, 'content'), ROOT);

describe('the built site', () => {
  it('has the home page, a reader page per repost, 404, robots.txt and the sitemap', () => {
    for (const path of ['index.html', '404.html', 'robots.txt', 'sitemap-index.xml', ...reposts.map((r) => `reposts/${r.id}/index.html`)]) {
      expect(existsSync(join(dist, path)), path).toBe(true);
    }
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: http://localhost:4321/sitemap-index.xml');
  });
});

describe.each(reposts.map((r) => [r.id, r] as const))('reader page of %s', (id, repost) => {
  const page = readPage(dist, `/reposts/${id}/`);

  it('marks the essay text with the repost’s language (the page’s own words are English)', () => {
    expect(page.attr('.essay', 'lang')).toBe(textLang(repost.language));
  });

  it('shows every body line of the capture as its own element with an id and a link to that id', () => {
    const bodyLines = repost.lines.filter((l) => l.role === 'body');
    expect(bodyLines.length).toBeGreaterThan(0);
    for (const line of bodyLines) {
      const block = repost.blocks.find((b) => b.captureLine === line.line)!;
      const el = page.one(`[id="${block.id}"]`);
      expect(el, `capture line ${line.line}`).toBeDefined();
      expect(el!.tagName).toBe(block.kind === 'heading' ? 'h2' : 'p');
      expect(textOf(el!)).toContain(line.text.trim());
      const permalink = page.one(`[id="${block.id}"] a.permalink`);
      expect(permalink?.properties.href).toBe(`#${block.id}`);
    }
  });

  it('shows nothing the ledger stripped', () => {
    const essay = page.text('.essay');
    for (const line of repost.lines.filter((l) => l.role === 'boilerplate' && l.text.trim().length > 25)) {
      expect(essay, `boilerplate line ${line.line}`).not.toContain(line.text.trim());
    }
  });

  it('has unique ids and a table of contents exactly when the text has headings', () => {
    const ids = page.all('[id]').map((e) => String(e.properties.id));
    expect(new Set(ids).size).toBe(ids.length);
    const headings = repost.blocks.filter((b) => b.kind === 'heading');
    const toc = page.all('nav.toc a').map((a) => a.properties.href);
    expect(toc).toEqual(headings.map((h) => `#${h.id}`));
  });

  it('states title, outlet, word count and reading time, and the author and date only when the capture gives them', () => {
    expect(page.text('h1')).toBe(repost.title ?? '');
    const facts = page.text('dl.facts');
    expect(facts).toContain(repost.outlet);
    expect(facts).toContain(`${repost.wordCount} words`);
    expect(facts).toMatch(/about \d+ minutes? to read/);
    expect(facts).toContain(repost.author ?? 'not named in this repost');
    expect(facts).toContain(repost.date ?? 'not given in this repost');
  });

  it('has canonical, Open Graph, Twitter and JSON-LD Article metadata', () => {
    const url = `http://localhost:4321/reposts/${id}/`;
    expect(page.attr('link[rel=canonical]', 'href')).toBe(url);
    expect(page.attr('meta[property="og:url"]', 'content')).toBe(url);
    expect(page.attr('meta[property="og:type"]', 'content')).toBe('article');
    expect(page.attr('meta[name="twitter:card"]', 'content')).toBe('summary');
    const ld = JSON.parse(page.text('script[type="application/ld+json"]'));
    expect(ld).toMatchObject({ '@type': 'Article', url, wordCount: repost.wordCount, publisher: { name: repost.outlet } });
  });
});

describe('the home page', () => {
  const page = readPage(dist, '/');
  it('names the essay, its author and original date, and links each repost with its stats', () => {
    expect(page.text('h1')).toBe('Capability Leap vs. Problem Shifting: The "Layered Paradox" of AI and Crypto');
    expect(page.text('dl.facts')).toContain('Haotian');
    expect(page.attr('dl.facts time', 'dateTime')).toBe('2025-06-17');
    for (const r of reposts) {
      expect(page.one(`.cards a[href="/reposts/${r.id}/"]`), r.id).toBeDefined();
      expect(page.text('.cards')).toContain(`${r.wordCount} words`);
    }
  });
});
