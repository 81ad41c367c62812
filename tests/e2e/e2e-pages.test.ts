import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, newPage, PHONE, watchProblems, type Problems } from '../support/browser.ts';
import { ROOT } from '../support/build-site.ts';
import { BASE_PATH } from '../support/build-sites.ts';
import { builtPages, serve, type StaticServer } from '../support/serve.ts';

/** Every rule set the site promises to meet. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const SCREENSHOTS = join(ROOT, 'screenshots');

const BUILDS = [
  { name: 'root build', dir: inject('siteDir'), base: '/' },
  { name: 'base-path build', dir: inject('baseSiteDir'), base: BASE_PATH },
] as const;
const pages = builtPages(inject('siteDir'));

let browser: Browser;
const servers = new Map<string, StaticServer>();
let desktop: { page: Page; problems: Problems };

beforeAll(async () => {
  browser = await launchBrowser();
  for (const build of BUILDS) servers.set(build.name, await serve(build.dir, { base: build.base }));
  const page = await newPage(browser);
  desktop = { page, problems: await watchProblems(page.context()) };
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([...servers.values()].map((server) => server.close()));
});

test('the build has a home page, a 404 page and a reader page per repost', () => {
  expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/404.html']));
  expect(pages.filter((p) => p.path.startsWith('/reposts/')).length).toBeGreaterThan(0);
});

describe.each(BUILDS)('$name', (build) => {
  test.each(builtPages(build.dir))('$path loads without console errors, failed requests or requests to other hosts', async ({ path }) => {
    const { page, problems } = desktop;
    problems.clear();
    const response = await page.goto(servers.get(build.name)!.url(path), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('main#main').count()).toBe(1);
    expect(problems.list).toEqual([]);
  });

  test('an unknown address gets the 404 page, with status 404 and all its resources', async () => {
    const { page, problems } = desktop;
    problems.clear();
    const missing = servers.get(build.name)!.url('/no/such/page/');
    const response = await page.goto(missing, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Page not found');
    // The document itself is the one expected failure; nothing it loads may fail.
    expect(problems.list.filter((line) => !line.includes(missing))).toEqual([]);
  });
});

describe.each(pages)('$path', ({ path }) => {
  const url = () => servers.get('root build')!.url(path);

  test('is complete without JavaScript: the same text as with it, compare rows and boilerplate panels included', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    try {
      await page.goto(url(), { waitUntil: 'load' });
      // Controls that only work with JavaScript ship `hidden` and are revealed by their script.
      const jsOnly = await page.evaluate(hiddenPaths);
      const withoutJs = await page.evaluate(pageText, []);
      await desktop.page.goto(url(), { waitUntil: 'load' });
      const withJs = await desktop.page.evaluate(pageText, jsOnly);
      expect(withoutJs.main.length).toBeGreaterThan(20);
      expect(withoutJs).toEqual(withJs);
    } finally {
      await page.context().close();
    }
  });

  test('axe finds no violations, in light and in dark mode (desktop screenshots taken)', async () => {
    const { page } = desktop;
    await page.goto(url(), { waitUntil: 'load' });
    const violations: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: join(SCREENSHOTS, `${slug(path)}-desktop-${colorScheme}.png`), fullPage: true });
      const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      for (const v of result.violations) {
        for (const node of v.nodes)
          violations.push(
            `[${colorScheme}] ${v.id} (${v.impact}) at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`,
          );
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    expect(violations).toEqual([]);
  });

  test('fits a 375×812 phone without sideways scrolling, light and dark (screenshots taken), its targets large enough to tap', async () => {
    const page = await newPage(browser, { ...PHONE, deviceScaleFactor: 2 });
    try {
      await page.goto(url(), { waitUntil: 'load' });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const size = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth }));
        expect(size.innerWidth).toBe(PHONE.viewport!.width);
        expect(size.scrollWidth, `${colorScheme}: page is ${size.scrollWidth}px wide`).toBeLessThanOrEqual(size.innerWidth);
        await page.screenshot({ path: join(SCREENSHOTS, `${slug(path)}-phone-${colorScheme}.png`), fullPage: true });
      }
      // Pointer targets at least 24 × 24 px where they crowd (WCAG 2.5.8): small screens are where
      // they crowd, so this runs at the phone's width, and at Lighthouse's mobile width too.
      for (const width of [PHONE.viewport!.width, 412]) {
        await page.setViewportSize({ width, height: PHONE.viewport!.height });
        const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
        expect(violations.flatMap((v) => v.nodes.map((n) => `${width}px: ${n.target.join(' ')}`))).toEqual([]);
      }
    } finally {
      await page.context().close();
    }
  });
});

/** In the page: where each `[hidden]` element sits below `body`, as child indices (`2.0.5`). */
function hiddenPaths(): string[] {
  return [...document.querySelectorAll('body [hidden]')].map((el) => {
    const steps: number[] = [];
    for (let node: Element = el; node !== document.body && node.parentElement; node = node.parentElement) {
      steps.unshift([...node.parentElement.children].indexOf(node));
    }
    return steps.join('.');
  });
}

/**
 * In the page: the rendered text of `main` and of the body, and the text of every comparison row
 * and boilerplate panel, whitespace collapsed, leaving out the elements at `skip` (paths as from
 * `hiddenPaths`).
 */
function pageText(skip: string[]): { main: string; body: string; rows: string[]; panels: string[] } {
  const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const skipped = skip.map((path) => path.split('.').reduce<Element | undefined>((node, i) => node?.children[Number(i)], document.body));
  const restore = skipped.map((el) => {
    if (!(el instanceof HTMLElement)) return () => {};
    const display = el.style.display;
    el.style.display = 'none';
    return () => void (el.style.display = display);
  });
  try {
    return {
      main: collapse(document.querySelector('main')?.textContent),
      body: collapse(document.body.textContent),
      rows: [...document.querySelectorAll('[data-row]')].map((el) => collapse(el.textContent)),
      panels: [...document.querySelectorAll('[data-boilerplate-panel]')].map((el) => collapse(el.textContent)),
    };
  } finally {
    restore.forEach((undo) => undo());
  }
}

/** A file name for a page path: `/` → `home`, `/reposts/gate/` → `reposts-gate`, `/404.html` → `404`. */
function slug(path: string): string {
  return (
    path
      .replace(/\.html$/, '')
      .replace(/^\/|\/$/g, '')
      .replace(/\//g, '-') || 'home'
  );
}
