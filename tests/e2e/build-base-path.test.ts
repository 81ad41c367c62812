import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../support/html.ts';

const dist = inject('baseSiteDir');

/** Every HTML file of a build, as site paths. */
function pages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`);
}

describe('a build under BASE_PATH=/recension/', () => {
  it('prefixes every internal link and asset with the base path', () => {
    const found = pages(dist);
    expect(found.length).toBeGreaterThanOrEqual(4);
    let checked = 0;
    for (const path of found) {
      const page = readPage(dist, path);
      for (const el of page.all('a[href], link[href], script[src], img[src]')) {
        const url = String(el.properties.href ?? el.properties.src);
        if (url.startsWith('#') || /^[a-z]+:/.test(url)) continue;
        expect(url, `${path}: ${url}`).toMatch(/^\/recension\//);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('uses the configured site URL for canonical links, robots.txt and the sitemap', () => {
    const page = readPage(dist, '/reposts/gate/');
    expect(page.attr('link[rel=canonical]', 'href')).toBe('https://example.org/recension/reposts/gate/');
    expect(readFileSync(`${dist}/robots.txt`, 'utf8')).toContain('Sitemap: https://example.org/recension/sitemap-index.xml');
    const sitemap = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
    expect(sitemap).toContain('<loc>https://example.org/recension/reposts/mexc/</loc>');
    expect(sitemap).not.toContain('404');
  });
});
