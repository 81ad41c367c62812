import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, newPage, PHONE } from '../support/browser.ts';
import { readPage } from '../support/html.ts';
import { builtPages, serve, type StaticServer } from '../support/serve.ts';

const comparePages = builtPages(inject('siteDir')).filter((p) => /^\/compare\/[^/]+\/$/.test(p.path));
/** Compare pages with something to mark: two identical copies (a repost copied whole) have none. */
const marked = new Set(
  comparePages.filter((p) => readPage(inject('siteDir'), p.path).all('[data-row] mark').length > 0).map((p) => p.path),
);

test('the shipped pair’s compare page has marks to check', () => {
  expect(marked).toContain('/compare/gate-mexc/');
});

let browser: Browser;
let server: StaticServer;
let noJs: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serve(inject('siteDir'));
  noJs = await newPage(browser, { javaScriptEnabled: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The top of the first row, in CSS pixels from the top of the page, on a fresh load. */
async function firstRowTop(page: Page, path: string): Promise<{ top: number; height: number }> {
  await page.goto(server.url(path));
  return page.evaluate(() => ({ top: document.querySelector('[data-row]')!.getBoundingClientRect().top + scrollY, height: innerHeight }));
}

describe.each(comparePages)('$path', ({ path }) => {
  test.skipIf(!marked.has(path))(
    'text stays text: a phrase running across marks is found, linked by a text fragment and copied as written',
    async () => {
      const page = await newPage(browser);
      await page.goto(server.url(path));
      // A stretch of a changed row's side that crosses at least one mark: from the text before the first mark to the mark's end.
      const phrase = await page.evaluate(() => {
        const text = [...document.querySelectorAll('[data-row].change .text')].find(
          (p) => p.querySelector('mark') && p.firstChild?.nodeType === Node.TEXT_NODE,
        )!;
        const mark = text.querySelector('mark')!;
        let before = '';
        for (let n = text.firstChild; n && n !== mark; n = n.nextSibling) before += n.textContent;
        return `${before.split(/\s+/).slice(-3).join(' ')}${mark.textContent}`.trim();
      });
      expect(phrase.split(' ').length).toBeGreaterThan(1);
      expect(await page.evaluate((p) => (window as unknown as { find(s: string): boolean }).find(p), phrase)).toBe(true);
      const selected = await page.evaluate(() => getSelection()!.toString());
      expect(selected).toBe(phrase);

      await page.goto(`${server.url(path)}#:~:text=${encodeURIComponent(phrase)}`);
      await page.waitForFunction(() => scrollY > 0);
      const inView = await page.evaluate((p) => {
        const row = [...document.querySelectorAll('[data-row]')].find((r) => r.textContent!.includes(p))!;
        const box = row.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      }, phrase);
      expect(inView).toBe(true);
      await page.context().close();
    },
  );

  test('the first row starts within the first screen at 1280×800 and after at most one screen on a phone', async () => {
    const desktop = await newPage(browser);
    const d = await firstRowTop(desktop, path);
    expect(d.top).toBeLessThan(d.height);
    await desktop.context().close();
    // On a phone the digest folds to a line per side, so the rows start after at most one screen.
    const phone = await newPage(browser, PHONE);
    const p = await firstRowTop(phone, path);
    expect(p.top).toBeLessThanOrEqual(p.height);
    await phone.context().close();
  });

  test('on a phone without JavaScript, the digest folds to a line of kinds per side and opens on demand; a wide window shows it whole', async () => {
    const shown = (page: Page) =>
      page.evaluate(() => {
        const visible = (sel: string) => [...document.querySelectorAll(sel)].filter((e) => (e as HTMLElement).offsetParent !== null).length;
        return { lists: visible('.digest dl'), briefs: visible('.digest-brief'), links: visible('.digest dl a') };
      });
    const phone = await newPage(browser, { ...PHONE, javaScriptEnabled: false });
    await phone.goto(server.url(path));
    const sides = await phone.locator('.digest-side dl').count();
    expect(await shown(phone)).toEqual({ lists: 0, briefs: sides, links: 0 });
    await phone.locator('#digest-all').check();
    const open = await shown(phone);
    expect(open.lists).toBe(sides);
    expect(open.briefs).toBe(0);
    expect(open.links).toBe(await phone.locator('.digest dl a').count());
    await phone.context().close();
    await noJs.goto(server.url(path));
    expect((await shown(noJs)).lists).toBe(sides);
    expect(await noJs.locator('#digest-all').isVisible()).toBe(false);
  });

  test('the overview strip stays in view as the rows scroll by and marks the row at the top of the window', async () => {
    const page = await newPage(browser);
    await page.goto(server.url(path));
    const rowIds = await page.evaluate(() => [...document.querySelectorAll('[data-row]')].map((r) => r.id));
    // Halfway through the rows: the strip is stuck to the top, and its current link is a row now in the window's upper part.
    await page.evaluate(() => {
      const rows = document.querySelector('.rows')!;
      scrollTo(0, rows.getBoundingClientRect().top + scrollY + rows.scrollHeight / 2);
    });
    await page.waitForFunction(() => document.querySelector('.strip a[aria-current="location"]') !== null);
    const state = await page.evaluate(() => {
      const strip = document.querySelector('.strip')!.getBoundingClientRect();
      const id = document.querySelector<HTMLAnchorElement>('.strip a[aria-current="location"]')!.hash.slice(1);
      const row = document.getElementById(id)!.getBoundingClientRect();
      return { stripTop: strip.top, id, rowTop: row.top, rowBottom: row.bottom, height: innerHeight };
    });
    expect(state.stripTop).toBeGreaterThanOrEqual(0);
    expect(state.stripTop).toBeLessThan(40);
    expect(rowIds).toContain(state.id);
    expect(state.rowBottom).toBeGreaterThan(0);
    expect(state.rowTop).toBeLessThan(state.height * 0.4);
    expect(rowIds.indexOf(state.id)).toBeGreaterThan(0);
    await page.context().close();
  });

  test.skipIf(!marked.has(path))(
    'without JavaScript, the views and the formal toggle work: one copy alone reads without marks, and marks come back on demand',
    async () => {
      await noJs.goto(server.url(path));
      const state = () =>
        noJs.evaluate(() => {
          const visible = (sel: string) =>
            [...document.querySelectorAll(sel)].filter((e) => (e as HTMLElement).offsetParent !== null).length;
          const mark = document.querySelector('[data-side="a"] mark:not(.v-f)')!;
          const formal = document.querySelector('[data-row] mark.v-f');
          return {
            a: visible('[data-side="a"]'),
            b: visible('[data-side="b"]'),
            markBackground: getComputedStyle(mark).backgroundColor,
            formalLine: formal ? getComputedStyle(formal).textDecorationLine : 'none',
          };
        });
      const both = await state();
      expect(both.a).toBeGreaterThan(0);
      expect(both.b).toBe(both.a);
      expect(both.markBackground).not.toBe('rgba(0, 0, 0, 0)');

      await noJs
        .getByRole('radio', { name: /^Read / })
        .first()
        .check();
      const readA = await state();
      expect(readA.b).toBe(0);
      expect(readA.a).toBe(both.a);
      expect(readA.markBackground).toBe('rgba(0, 0, 0, 0)');
      await noJs.getByRole('checkbox', { name: 'Mark changes while reading one copy' }).check();
      expect((await state()).markBackground).not.toBe('rgba(0, 0, 0, 0)');

      await noJs.getByRole('radio', { name: 'Side by side' }).check();
      await noJs.getByRole('checkbox', { name: /^Hide formal changes/ }).check();
      expect((await state()).formalLine).toBe('none');
    },
  );
});
