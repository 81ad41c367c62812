import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, newPage, watchProblems } from '../support/browser.ts';
import { BASE_PATH } from '../support/build-sites.ts';
import { builtPages, serve, type StaticServer } from '../support/serve.ts';

const BUILDS = [
  { name: 'root build', dir: inject('siteDir'), base: '/' },
  { name: 'base-path build', dir: inject('baseSiteDir'), base: BASE_PATH },
] as const;
const pages = builtPages(inject('siteDir'));
const readerPages = pages.filter((p) => /^\/reposts\/[^/]+\/$/.test(p.path));
const comparePages = pages.filter((p) => /^\/compare\/[^/]+\/$/.test(p.path));

/** Block selectors of the reader page and the comparison. */
const HEADING = '.essay h2.section-heading[id]';
const PARAGRAPH = '.essay p.block[id]';
const ROW = '[data-row][id]';

let browser: Browser;
const servers = new Map<string, StaticServer>();
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  for (const build of BUILDS) servers.set(build.name, await serve(build.dir, { base: build.base }));
  page = await newPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([...servers.values()].map((server) => server.close()));
});

test('there are reader pages with headings and paragraphs, and compare pages with rows, to link into', async () => {
  expect(readerPages.length).toBeGreaterThan(0);
  expect(comparePages.length).toBeGreaterThan(0);
  const server = servers.get('root build')!;
  let headings = 0;
  for (const { path } of readerPages) {
    await page.goto(server.url(path));
    headings += await page.locator(HEADING).count();
    expect(await page.locator(PARAGRAPH).count(), path).toBeGreaterThan(1);
  }
  expect(headings).toBeGreaterThan(0);
  for (const { path } of comparePages) {
    await page.goto(server.url(path));
    expect(await page.locator(ROW).count(), path).toBeGreaterThan(1);
  }
});

describe.each(BUILDS)('$name: deep links', (build) => {
  const url = (path: string) => servers.get(build.name)!.url(path);

  test.each(readerPages)('$path: a heading link and a paragraph link land on their block, in view and highlighted', async ({ path }) => {
    await page.goto(url(path));
    const heading = (await page.locator(HEADING).count()) > 0 ? await page.locator(HEADING).last().getAttribute('id') : null;
    const paragraph = await page.locator(PARAGRAPH).last().getAttribute('id');
    if (heading) await expectLanding(page, url(path), heading, HEADING);
    await expectLanding(page, url(path), paragraph!, PARAGRAPH);
    // The last paragraph of an essay is far below the fold: landing on it means scrolling.
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  });

  test.each(comparePages)('$path: a row link lands on the row, in view and highlighted', async ({ path }) => {
    await page.goto(url(path));
    const row = await page.locator(ROW).last().getAttribute('id');
    await expectLanding(page, url(path), row!, ROW);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  });

  test.each(readerPages)('$path: a text-fragment link (#:~:text=) scrolls to its text', async ({ path }) => {
    await page.goto(url(path));
    const phrase = await page.locator(PARAGRAPH).last().evaluate(uniquePhrase);
    expect(phrase, 'a phrase that occurs once on the page').toBeTruthy();
    await page.goto('about:blank');
    await page.goto(`${url(path)}#:~:text=${encodeURIComponent(phrase!).replace(/-/g, '%2D')}`);
    await expect
      .poll(
        () =>
          page
            .locator(PARAGRAPH)
            .last()
            .evaluate((el) => ({
              scrolled: scrollY > 0,
              visible: el.getBoundingClientRect().bottom > 0 && el.getBoundingClientRect().top < innerHeight,
            })),
        { timeout: 5000 },
      )
      .toEqual({ scrolled: true, visible: true });
  });
});

describe('permalinks', () => {
  test.each(readerPages)('$path: every heading and paragraph has a permalink to itself in .block-links', async ({ path }) => {
    await page.goto(servers.get('root build')!.url(path));
    const blocks = await page.locator(`${HEADING}, ${PARAGRAPH}`).evaluateAll((els) =>
      els.map((el) => {
        const links = el.querySelectorAll(':scope > .block-links a.permalink');
        const link = links[0];
        const box = link?.getBoundingClientRect();
        return {
          id: el.id,
          count: links.length,
          href: link?.getAttribute('href'),
          name: link?.getAttribute('aria-label') ?? link?.textContent?.trim(),
          visible: !!box && box.width > 0 && box.height > 0,
        };
      }),
    );
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks) {
      expect(block, block.id).toEqual({ id: block.id, count: 1, href: `#${block.id}`, name: expect.stringMatching(/\S/), visible: true });
    }
  });

  describe.each(BUILDS)('$name', (build) => {
    test('with JavaScript, following a permalink navigates to it and copies its full URL, announced politely', async () => {
      const { page, problems, close } = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
      try {
        const path = readerPages[0]!.path;
        const pageUrl = servers.get(build.name)!.url(path);
        await page.goto(pageUrl);
        const block = page.locator(PARAGRAPH).nth(1);
        const id = await block.getAttribute('id');
        await block.locator('.block-links a.permalink').click();
        await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
        expect(await block.evaluate((el) => el.matches(':target'))).toBe(true);
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${pageUrl}#${id}`);
        const status = page.locator('[aria-live="polite"], [role="status"]').filter({ hasText: 'Link copied' });
        await expect.poll(() => status.count()).toBe(1);
        expect(problems.list).toEqual([]);
      } finally {
        await close();
      }
    });
  });

  test.each([
    ['missing', `Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });`],
    ['refusing', `navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));`],
  ])('with the clipboard %s, a permalink still navigates and nothing throws', async (_, script) => {
    const { page, problems, close } = await open({});
    try {
      await page.addInitScript({ content: script });
      await page.goto(servers.get('root build')!.url(readerPages[0]!.path));
      const block = page.locator(PARAGRAPH).nth(1);
      await block.locator('.block-links a.permalink').click();
      await expect.poll(() => block.evaluate((el) => el.matches(':target'))).toBe(true);
      await page.waitForTimeout(200);
      // The live region, not the body: the body's text includes the inline script that holds the words.
      expect(await page.locator('[data-copy-status]').textContent()).toBe('');
      expect(problems.list).toEqual([]);
    } finally {
      await close();
    }
  });

  test('without JavaScript, the permalinks are there and navigate', async () => {
    const { page, problems, close } = await open({ javaScriptEnabled: false });
    try {
      for (const { path } of readerPages) {
        await page.goto(servers.get('root build')!.url(path));
        const block = page.locator(PARAGRAPH).last();
        const id = await block.getAttribute('id');
        await block.locator('.block-links a.permalink').click();
        await expect.poll(() => page.url()).toMatch(new RegExp(`#${id}$`));
        expect(await block.evaluate((el) => el.matches(':target'))).toBe(true);
      }
      expect(problems.list).toEqual([]);
    } finally {
      await close();
    }
  });
});

/** A fresh desktop context with the given options, watched for problems. */
async function open(options: BrowserContextOptions) {
  const page = await newPage(browser, options);
  return { page, problems: await watchProblems(page.context()), close: () => page.context().close() };
}

/**
 * Opens `url#id` as a fresh page load and checks that the element is the `:target`, that its top
 * is in the viewport once scrolling settles, and that it looks different from a sibling of its
 * kind that is not the target (background, outline or shadow).
 */
async function expectLanding(page: Page, url: string, id: string, selector: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${url}#${id}`);
  const target = page.locator(`[id="${id}"]`);
  await expect
    .poll(
      () =>
        target.evaluate((el) => ({
          target: el.matches(':target'),
          inView: el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < innerHeight,
        })),
      {
        timeout: 5000,
      },
    )
    .toEqual({ target: true, inView: true });
  const looks = await target.evaluate((el, selector) => {
    const style = (node: Element) => {
      const s = getComputedStyle(node);
      return { background: s.backgroundColor, outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow };
    };
    const sibling = [...document.querySelectorAll(selector)].find((node) => node !== el) ?? el.parentElement!.firstElementChild!;
    return { target: style(el), sibling: style(sibling) };
  }, selector);
  expect(looks.target, `#${id} is highlighted as the target`).not.toEqual(looks.sibling);
  const marked = looks.target.background !== 'rgba(0, 0, 0, 0)' || !looks.target.outline.startsWith('none');
  expect(marked, `#${id} has a background or outline: ${JSON.stringify(looks.target)}`).toBe(true);
}

/** Six consecutive words of an element's own text that occur exactly once in the page's text. */
function uniquePhrase(el: Element): string | null {
  const own = el.cloneNode(true) as Element;
  own.querySelectorAll('.block-links').forEach((node) => node.remove());
  const words = (own.textContent ?? '').split(/\s+/).filter((word) => /\w/.test(word));
  const text = (document.body.textContent ?? '').replace(/\s+/g, ' ');
  for (let i = 0; i + 6 <= words.length; i++) {
    const phrase = words.slice(i, i + 6).join(' ');
    if (text.split(phrase).length === 2) return phrase;
  }
  return null;
}
