import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, newPage } from '../support/browser.ts';
import { readPage } from '../support/html.ts';
import { builtPages, serve, type StaticServer } from '../support/serve.ts';

const pages = builtPages(inject('siteDir'));
/** Compare pages with changes to step through: two identical reposts make a page without any. */
const comparePages = pages.filter(
  (p) => /^\/compare\/[^/]+\/$/.test(p.path) && readPage(inject('siteDir'), p.path).all('[data-row].change').length >= 2,
);

/** What a Tab press landed on. */
interface Focused {
  /** Position in document order. */
  order: number;
  /** Tag, classes and href, for messages. */
  label: string;
  skip: boolean;
  header: boolean;
  permalink: boolean;
  /** Computed outline, e.g. `solid 3px`. */
  outline: string;
}

let browser: Browser;
let server: StaticServer;
let page: Page;
let noJs: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serve(inject('siteDir'));
  page = await newPage(browser);
  noJs = await newPage(browser, { javaScriptEnabled: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(pages)('$path', ({ path }) => {
  test('the skip link comes first, is visible when focused, and moves focus to #main', async () => {
    await page.goto(server.url(path));
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return {
        skip: el.matches('a.skip-link[href="#main"]'),
        onScreen: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.width > 10,
      };
    });
    expect(skip).toEqual({ skip: true, onScreen: true });
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => ({ hash: location.hash, focus: document.activeElement?.id })))
      .toEqual({ hash: '#main', focus: 'main' });
    // The next Tab continues from the content, not from the header.
    await page.keyboard.press('Tab');
    const after = await page.evaluate(
      () =>
        !!(
          document.getElementById('main')!.compareDocumentPosition(document.activeElement!) &
          (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)
        ),
    );
    expect(after).toBe(true);
  });

  test('Tab visits skip link, header navigation, then the content (permalinks included) in document order, with a visible focus outline', async () => {
    const focused = await tabThrough(page, server.url(path));
    expect(focused.length).toBeGreaterThan(2);
    expect(focused[0]!.skip, focused[0]!.label).toBe(true);
    const headerLinks = await page.locator('header a[href]').count();
    expect(headerLinks).toBeGreaterThan(0);
    expect(focused.slice(1, 1 + headerLinks).map((f) => f.header)).toEqual(Array(headerLinks).fill(true));
    expect(focused.slice(1 + headerLinks).filter((f) => f.header)).toEqual([]);
    const outOfOrder = focused.filter((f, i) => i > 0 && f.order <= focused[i - 1]!.order).map((f) => f.label);
    expect(outOfOrder).toEqual([]);
    expect(focused.filter((f) => f.permalink).length).toBe(await page.locator('a.permalink').count());
    const invisible = focused.filter((f) => /^none|\b0px$/.test(f.outline)).map((f) => `${f.label}: outline ${f.outline}`);
    expect(invisible).toEqual([]);
  });
});

describe.each(comparePages)('$path: next/previous change', ({ path }) => {
  test('with JavaScript, n and p move to the next and previous change row; #shortcuts turns them off', async () => {
    await page.goto(server.url(path));
    // The switch is remembered across pages (localStorage): start each compare page with it on.
    await page.evaluate(() => localStorage.removeItem('recension-shortcuts'));
    await page.reload();
    const changes = await page.locator('[data-row].change').evaluateAll((rows) => rows.map((row) => row.id));
    expect(changes.length).toBeGreaterThanOrEqual(2);
    for (const [key, expected] of [
      ['n', changes[0]],
      ['n', changes[1]],
      ['p', changes[0]],
    ] as const) {
      await page.keyboard.press(key);
      await expect.poll(() => page.evaluate(currentRow), { timeout: 5000 }).toEqual({ id: expected, inView: true });
    }
    const shortcuts = page.locator('#shortcuts');
    expect(await shortcuts.isChecked()).toBe(true);
    await shortcuts.uncheck();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // The hash and the focus, not the scroll offset: rows rendered late (content-visibility) may
    // settle the offset by themselves.
    const before = await page.evaluate(() => ({ hash: location.hash, focus: document.activeElement?.tagName }));
    await page.keyboard.press('n');
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => ({ hash: location.hash, focus: document.activeElement?.tagName }))).toEqual(before);
  });

  test('without JavaScript, next/previous links point to the neighbouring change rows and navigate', async () => {
    await noJs.goto(server.url(path));
    const links = await noJs.locator('[data-row] a.next-change, [data-row] a.prev-change').evaluateAll((anchors) => {
      const changes = [...document.querySelectorAll('[data-row].change')];
      return anchors.map((a) => {
        const row = a.closest('[data-row]')!;
        const next = a.matches('.next-change');
        const after = (c: Element) => !!(row.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);
        // biome-ignore lint/suspicious/noDuplicateTestHooks: Array.prototype.filter inside page code, not a test hook
        const want = next ? changes.find((c) => c !== row && after(c)) : changes.filter((c) => c !== row && !after(c)).pop();
        const href = a.getAttribute('href') ?? '';
        return {
          row: row.id,
          kind: next ? 'next' : 'prev',
          href,
          // Past this part's last (or first) change the link goes on to the part that holds the next (validate-links checks it lands).
          ok: want
            ? href === `#${want.id}`
            : new URL(href, location.href).pathname !== location.pathname || !!document.getElementById(href.slice(1)),
        };
      });
    });
    expect(links.filter((l) => l.kind === 'next').length).toBeGreaterThan(0);
    expect(links.filter((l) => !l.ok)).toEqual([]);
    const first = noJs.locator('[data-row].change').first();
    const target = await first.locator('a.next-change').first().getAttribute('href');
    await first.locator('a.next-change').first().click();
    await expect.poll(() => new URL(noJs.url()).hash).toBe(target);
    expect(await noJs.locator(`[id="${target!.slice(1)}"]`).evaluate((el) => el.matches(':target'))).toBe(true);
  });
});

/** The row holding focus (or else the `:target` row), and whether its top is on screen. */
function currentRow(): { id: string | undefined; inView: boolean } {
  const row = document.activeElement?.closest('[data-row]') ?? document.querySelector('[data-row]:target');
  const top = row?.getBoundingClientRect().top ?? -1;
  return { id: row?.id, inView: top >= 0 && top < innerHeight };
}

/** Loads a page and presses Tab until focus leaves the page or comes round again, recording each stop. */
async function tabThrough(page: Page, url: string): Promise<Focused[]> {
  await page.goto(url);
  const limit = await page.evaluate(
    () => document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]').length + 2,
  );
  const focused: Focused[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((): Focused | null => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        order: [...document.querySelectorAll('*')].indexOf(el),
        label: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}${el.getAttribute('href') ? ` ${el.getAttribute('href')}` : ''}`,
        skip: el.matches('a.skip-link'),
        header: !!el.closest('header'),
        permalink: el.matches('.block-links a.permalink'),
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
      };
    });
    if (!stop || (focused.length > 0 && stop.order === focused[0]!.order)) break;
    focused.push(stop);
  }
  return focused;
}
