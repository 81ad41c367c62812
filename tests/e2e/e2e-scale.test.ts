import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReposts } from '../../src/corpus/repost/load-repost.ts';
import { synopsisSchema } from '../../src/engine/multi/synopsis.ts';
import { pagesOverBudget } from '../bench/pages.ts';
import { DESKTOP, launchBrowser, newPage, PHONE } from '../support/browser.ts';
import { buildSite, ROOT } from '../support/build-site.ts';
import { generatedContent } from '../support/generated-reposts.ts';
import { readPage } from '../support/html.ts';
import { builtPages, serve, type StaticServer } from '../support/serve.ts';

/** The scale the site promises to hold at. */
const REPOSTS = 30;

let content: string;
let dist: string;
let server: StaticServer;
let browser: Browser;
let phone: Page;
let desktop: Page;

beforeAll(async () => {
  content = generatedContent(REPOSTS);
  const build = buildSite({ content, label: 'scale-30' });
  if (build.status !== 0) throw new Error(`astro build with ${REPOSTS} reposts failed:\n${build.output}`);
  dist = build.outDir;
  server = await serve(dist);
  browser = await launchBrowser();
  phone = await newPage(browser, PHONE);
  desktop = await newPage(browser, { viewport: DESKTOP });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of [content, dist]) if (dir) rmSync(dirname(dir), { recursive: true, force: true });
});

/** One page of each kind: they share their layout with the rest of their kind. */
function samplePages(): string[] {
  const paths = builtPages(dist).map((p) => p.path);
  const one = (pattern: RegExp) => paths.find((p) => pattern.test(p))!;
  return [
    '/',
    '/synopsis/',
    '/synopsis/apparatus/',
    one(/^\/reposts\/[^/]+\/$/),
    one(/^\/reposts\/[^/]+\/capture\/$/),
    one(/^\/compare\/[^/]+\/$/),
  ];
}

describe(`the site with ${REPOSTS} reposts`, () => {
  it('builds every repost’s pages, the pairwise pages and the synopsis of all, linked from the home page', () => {
    const paths = new Set(builtPages(dist).map((p) => p.path));
    expect([...paths].filter((p) => /^\/reposts\/[^/]+\/$/.test(p))).toHaveLength(REPOSTS);
    expect([...paths].filter((p) => /^\/compare\/[^/]+\/$/.test(p))).toHaveLength((REPOSTS * (REPOSTS - 1)) / 2);
    for (const p of ['/', '/synopsis/', '/synopsis/apparatus/']) expect(paths, p).toContain(p);
    const synopsis = synopsisSchema.parse(JSON.parse(readFileSync(join(dist, 'synopsis.json'), 'utf8')));
    expect(synopsis.witnesses).toHaveLength(REPOSTS);
    expect(readPage(dist, '/').all('table.matrix a')).toHaveLength((REPOSTS * (REPOSTS - 1)) / 2);
  });

  it('never scrolls sideways, on a 375 px phone or at 1280 px; wide tables and strips scroll inside themselves', async () => {
    for (const path of samplePages()) {
      for (const [page, width] of [
        [phone, 375],
        [desktop, DESKTOP.width],
      ] as const) {
        await page.goto(server.url(path));
        const overflow = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          wide: [...document.querySelectorAll('body *')]
            .filter((el) => {
              // Content inside an element that scrolls sideways by itself does not widen the page.
              for (let up = el.parentElement; up; up = up.parentElement)
                if (/auto|scroll/.test(getComputedStyle(up).overflowX)) return false;
              return el.getBoundingClientRect().right > document.documentElement.clientWidth + 1;
            })
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
            .slice(0, 5),
        }));
        expect(overflow.wide, `${path} at ${width} px`).toEqual([]);
        expect(overflow.page, `${path} at ${width} px`).toBeLessThanOrEqual(width);
      }
    }
    await phone.goto(server.url('/synopsis/'));
    const table = await phone.evaluate(() => {
      const box = document.querySelector('.table-scroll')!;
      return { scroll: box.scrollWidth, client: box.clientWidth };
    });
    expect(table.scroll).toBeGreaterThan(table.client);
  });

  it('folds the header’s list of reposts into one link to the home page’s list, and the reader page’s cross-links into one control', async () => {
    const reposts = loadReposts(content, ROOT);
    const repost = reposts.find((r) => r.id === 'gen-07')!;
    await phone.goto(server.url(`/reposts/${repost.id}/`));
    const nav = phone.locator('header nav a');
    expect(await nav.count()).toBe(1);
    expect(await nav.textContent()).toBe(`All ${REPOSTS} reposts`);
    expect(await nav.getAttribute('href')).toBe('/#reposts');
    expect(readPage(dist, '/').all('#reposts')).toHaveLength(1);
    const control = phone.locator('details.compare-with');
    await expect.poll(() => control.count()).toBe(1);
    expect(await control.locator('li a').count()).toBe(REPOSTS - 1);
    await control.locator('summary').click();
    expect(await control.locator('li a').first().isVisible()).toBe(true);
    const page = readPage(dist, `/reposts/${repost.id}/`);
    for (const block of repost.blocks) expect(page.all(`[id="${block.id}"] a.block-link`), block.id).toHaveLength(1);
  });

  it('keeps every page within the page budget: the document and the scripts and styles it links, gzipped', () => {
    expect(pagesOverBudget(dist)).toEqual([]);
  });
});

describe('generated reposts', () => {
  it('are valid reposts that differ from their originals', () => {
    const reposts = loadReposts(content, ROOT);
    expect(reposts).toHaveLength(REPOSTS);
    // Every generated repost differs from every other repost (the shipped ones may repeat each other).
    const text = (r: (typeof reposts)[number]) => r.blocks.map((b) => b.text).join('\n');
    const generated = reposts.filter((r) => r.id.startsWith('gen-'));
    expect(generated.length).toBeGreaterThan(0);
    for (const g of generated)
      expect(
        reposts.filter((r) => text(r) === text(g)).map((r) => r.id),
        g.id,
      ).toEqual([g.id]);
    expect(join(content, 'reposts')).toContain('recension-generated-');
  });
});
