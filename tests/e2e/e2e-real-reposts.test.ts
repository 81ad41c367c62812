import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Collation } from '../../src/engine/analyse/collation.ts';
import { pagesOverBudget } from '../bench/pages.ts';
import { launchBrowser, newPage, PHONE } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { contentWithCaptures, heldoutCaptures } from '../support/heldout-reposts.ts';
import { readPage } from '../support/html.ts';
import { builtPages, serve, type StaticServer } from '../support/serve.ts';

/**
 * Real held-out captures, full translations in scripts of two or three bytes a letter: a pair of
 * them outweighs one compare page, and eight copies one synopsis page. Copies generated from the
 * shipped reposts by small edits (e2e-scale) compress into each other and never show it.
 */
const CAPTURES = [
  'set5/ru-mailing-list-wrapped',
  'set7/el-ghost-two-line-title',
  'set4/ar-cookie-wall-original-title',
  'set12/hi-blog-link-email',
  'set6/th-cookie-consent-long',
  'set8/ja-coinpost-kanren-links',
];

let content: string;
let dist: string;
let server: StaticServer;
let browser: Browser;
let phone: Page;

beforeAll(async () => {
  const captures = heldoutCaptures().filter((c) => CAPTURES.includes(`${c.set}/${c.name}`));
  expect(captures).toHaveLength(CAPTURES.length);
  const imported = contentWithCaptures(captures);
  expect(imported.refused).toEqual([]);
  content = imported.content;
  const build = buildSite({ content, label: 'real-reposts' });
  if (build.status !== 0) throw new Error(`astro build with real reposts failed:\n${build.output}`);
  dist = build.outDir;
  server = await serve(dist);
  browser = await launchBrowser();
  phone = await newPage(browser, PHONE);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of [content, dist]) if (dir) rmSync(dirname(dir), { recursive: true, force: true });
});

/** Every later part of a paged view, e.g. `/compare/a-b/2/`. */
const laterParts = () => builtPages(dist).filter((p) => /\/\d+\/$/.test(p.path));

/** The ids of a built page. */
const idsOf = (path: string) =>
  new Set(
    readPage(dist, path)
      .all('[id]')
      .map((el) => String(el.properties.id)),
  );

describe('the site with six real translated reposts', () => {
  it('keeps every page within the page budget: the document and the scripts and styles it links, gzipped', () => {
    expect(pagesOverBudget(dist)).toEqual([]);
  });

  it('splits the long comparisons, the synopsis and the apparatus into parts rather than exceed the budget', () => {
    const paths = laterParts().map((p) => p.path);
    expect(paths.filter((p) => p.startsWith('/compare/')).length).toBeGreaterThan(5);
    expect(paths).toContain('/synopsis/2/');
    expect(paths).toContain('/synopsis/apparatus/2/');
  });

  it('gives each part of a comparison a list of the parts, and the rows of the published JSON once each, in order', () => {
    const pairs = [...new Set(laterParts().flatMap((p) => /^\/compare\/([^/]+)\/\d+\/$/.exec(p.path)?.[1] ?? []))];
    expect(pairs.length).toBeGreaterThan(0);
    for (const slug of pairs) {
      const collation = JSON.parse(readFileSync(join(dist, `compare/${slug}.json`), 'utf8')) as Collation;
      const parts = builtPages(dist)
        .map((p) => p.path)
        .filter((p) => p === `/compare/${slug}/` || new RegExp(`^/compare/${slug}/\\d+/$`).test(p));
      const hrefs = parts.map((_, k) => (k === 0 ? `/compare/${slug}/` : `/compare/${slug}/${k + 1}/`));
      expect(parts.sort()).toEqual([...hrefs].sort());
      const rows = hrefs.flatMap((path, k) => {
        const page = readPage(dist, path);
        expect(
          page.all('nav.parts li a').map((a) => a.properties.href),
          path,
        ).toEqual(hrefs);
        expect(page.attr('nav.parts a[aria-current="page"]', 'href'), path).toBe(path);
        expect(page.all('.digest').length, path).toBe(k === 0 ? 1 : 0);
        return page.all('[data-row]').map((row) => String(row.properties.id));
      });
      expect(rows, slug).toEqual(collation.rows.map((r) => r.id));
    }
  });

  it('points every internal link with a fragment at a page that has that id: rows across parts, the synopsis’s parts, notes', () => {
    const ids = new Map<string, Set<string>>();
    const broken: string[] = [];
    let across = 0;
    for (const { path } of builtPages(dist)) {
      for (const href of readPage(dist, path)
        .all('a[href*="#"]')
        .map((a) => String(a.properties.href))) {
        const [target, fragment] = href.split('#') as [string, string];
        if (!fragment) continue;
        const to = target === '' ? path : target;
        if (!to.startsWith('/') || fragment.startsWith(':~:')) continue;
        if (to !== path && /\/\d+\/$/.test(to)) across++;
        const there = ids.get(to) ?? ids.set(to, idsOf(to)).get(to)!;
        if (!there.has(decodeURIComponent(fragment))) broken.push(`${path}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
    expect(across).toBeGreaterThan(10);
  });

  it('shows a later part on a phone without sideways scroll, and its next-part link works without JavaScript', async () => {
    const part = laterParts().find((p) => p.path.startsWith('/compare/') && !p.path.includes('/inline/'))!;
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url(part.path));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const first = page.locator('nav.parts a').first();
    await first.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(part.path.replace(/\d+\/$/, ''));
    expect(await page.locator('[data-row]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('keeps a later part readable in dark mode and in print: the list of parts shows, the rows keep their text', async () => {
    const part = laterParts().find((p) => p.path.startsWith('/compare/') && !p.path.includes('/inline/'))!;
    for (const [media, colorScheme] of [
      ['screen', 'dark'],
      ['print', 'light'],
    ] as const) {
      await phone.emulateMedia({ media, colorScheme });
      await phone.goto(server.url(part.path));
      expect(await phone.locator('nav.parts').isVisible(), `${media} ${colorScheme}`).toBe(true);
      const row = phone.locator('[data-row] .text').first();
      expect(await row.isVisible()).toBe(true);
      const colours = await row.evaluate((el) => {
        const style = getComputedStyle(el);
        let bg = 'rgba(0, 0, 0, 0)';
        for (let up: Element | null = el; up && /rgba\(0, 0, 0, 0\)|transparent/.test(bg); up = up.parentElement)
          bg = getComputedStyle(up).backgroundColor;
        return { fg: style.color, bg };
      });
      expect(colours.fg, `${media} ${colorScheme}`).not.toBe(colours.bg);
    }
  });
});
