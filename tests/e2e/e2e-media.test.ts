import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, newPage, PHONE } from '../support/browser.ts';
import { readPage } from '../support/html.ts';
import { builtPages, serve, type StaticServer } from '../support/serve.ts';

const pages = builtPages(inject('siteDir'));
const comparePages = pages.filter((p) => /^\/compare\/[^/]+\/$/.test(p.path));
/** Compare pages with something to mark: two identical copies (a repost copied whole) have none. */
const markedPages = comparePages.filter((p) => readPage(inject('siteDir'), p.path).all('[data-row] mark').length > 0);

/** Screen and print, each with the light and the dark colour-scheme preference. */
const MODES = [
  { name: 'light screen', media: 'screen', colorScheme: 'light' },
  { name: 'dark screen', media: 'screen', colorScheme: 'dark' },
  { name: 'print', media: 'print', colorScheme: 'light' },
  { name: 'print, dark preference', media: 'print', colorScheme: 'dark' },
] as const;

/** WCAG AA for body text. */
const MIN_CONTRAST = 4.5;

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serve(inject('siteDir'));
  page = await newPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(pages)('$path', ({ path }) => {
  test.each(MODES)('$name: every piece of text has contrast ≥ 4.5 against its background', async ({ media, colorScheme }) => {
    await page.emulateMedia({ media, colorScheme });
    await page.goto(server.url(path));
    const report = await page.evaluate(textContrast, { print: media === 'print', dark: colorScheme === 'dark' });
    expect(report.checked).toBeGreaterThan(3);
    expect(report.low.filter((item) => item.ratio < MIN_CONTRAST)).toEqual([]);
    if (media === 'screen' && colorScheme === 'dark')
      expect(report.bodyBackgroundLuminance, 'dark mode has a dark background').toBeLessThan(0.1);
  });
});

test('the shipped pair’s compare page has marks to check', () => {
  expect(markedPages.map((p) => p.path)).toContain('/compare/gate-mexc/');
});

describe.each(markedPages)('$path', ({ path }) => {
  test.each(MODES)(
    '$name: marked words are told apart without colour (an underline, or a sigil as generated content in the inline reading)',
    async ({ media, colorScheme }) => {
      await page.emulateMedia({ media, colorScheme });
      await page.goto(server.url(path));
      const marks = await page.locator('[data-row] mark, .inline-row mark').evaluateAll((els) =>
        els
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => {
            const style = getComputedStyle(el);
            const label = getComputedStyle(el, '::before').content.replace(/^(none|normal|""|'')$/, '');
            const decoration = style.textDecorationLine;
            return { text: el.textContent?.slice(0, 40), decoration, ok: /underline/.test(decoration) || !!label };
          }),
      );
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.filter((m) => !m.ok)).toEqual([]);
    },
  );
});

describe.each(comparePages)('$path', ({ path }) => {
  test('on a 375×812 phone the two sides of a row are stacked, not side by side', async () => {
    const phone = await newPage(browser, PHONE);
    try {
      await phone.goto(server.url(path));
      const rows = await phone.locator('[data-row]').evaluateAll((els) =>
        els.map((row) => {
          const [a, b] = ['a', 'b'].map((side) => row.querySelector(`[data-side="${side}"]`)?.getBoundingClientRect());
          const filled = !!a && !!b && a.height > 0 && b.height > 0 && a.width > 0 && b.width > 0;
          return { id: row.id, filled, stacked: filled && b!.top >= a!.bottom - 1, sides: [a?.toJSON(), b?.toJSON()] };
        }),
      );
      expect(rows.filter((r) => r.filled).length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.filled && !r.stacked)).toEqual([]);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    } finally {
      await phone.context().close();
    }
  });
});

/**
 * In the page: the contrast of every rendered element that has text of its own, foreground over
 * its composited background (ancestors' background colours over the canvas: the UA's dark canvas
 * on a dark screen; on paper white, and background colours only where `print-color-adjust: exact`
 * asks for them to be printed). Reports the lowest ten.
 */
function textContrast(options: { print: boolean; dark: boolean }) {
  type Rgba = [number, number, number, number];
  const parse = (value: string): Rgba | null => {
    const m =
      /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value) ??
      /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/.exec(value);
    if (!m) return null;
    const scale = value.startsWith('color(') ? 255 : 1;
    return [Number(m[1]) * scale, Number(m[2]) * scale, Number(m[3]) * scale, m[4] === undefined ? 1 : Number(m[4])];
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + bottom[i]! * (1 - top[3])).concat(1) as Rgba;
  const luminance = ([r, g, b]: Rgba) => {
    const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const canvas: Rgba = !options.print && options.dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
  const background = (el: Element | null): Rgba => {
    const chain: Rgba[] = [];
    for (let node = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      // Paper: browsers leave background colours out of print unless a page asks for them exactly.
      if (options.print && style.printColorAdjust !== 'exact') continue;
      const color = parse(style.backgroundColor);
      if (color && color[3] > 0) chain.push(color);
    }
    return chain.reduceRight((below, color) => over(color, below), canvas);
  };
  const results: { element: string; text: string; color: string; background: string; ratio: number }[] = [];
  const unparsable: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    if (!ownText || el.getClientRects().length === 0 || el.closest('.visually-hidden')) continue;
    const style = getComputedStyle(el);
    if (style.visibility !== 'visible' || Number(style.opacity) === 0) continue;
    const fg = parse(style.color);
    if (!fg) {
      unparsable.push(`${el.tagName}: ${style.color}`);
      continue;
    }
    const bg = background(el);
    const [l1, l2] = [luminance(over(fg, bg)), luminance(bg)].sort((x, y) => y - x);
    results.push({
      element: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).replace(/ /g, '.')}` : ''}`,
      text: el.textContent!.trim().slice(0, 40),
      color: style.color,
      background: `rgb(${bg.slice(0, 3).map(Math.round).join(', ')})`,
      ratio: Math.round(((l1! + 0.05) / (l2! + 0.05)) * 100) / 100,
    });
  }
  if (unparsable.length) throw new Error(`cannot parse colours: ${unparsable.join('; ')}`);
  return {
    checked: results.length,
    low: results.sort((a, b) => a.ratio - b.ratio).slice(0, 10),
    bodyBackgroundLuminance: luminance(background(document.body)),
  };
}
