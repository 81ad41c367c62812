import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type LaunchOptions, type Page } from 'playwright-core';

/** Debian's Chromium; `npx playwright install` cannot download one on this machine. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without these Chromium stalls on a closed network, or needs a sandbox it cannot have here. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium with the flags above. */
export function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, ...options, args: [...CHROMIUM_ARGS, ...(options.args ?? [])] });
}

/** The desktop viewport the browser tests use unless they emulate a phone. */
export const DESKTOP = { width: 1280, height: 800 };

/** A phone: 375×812 CSS pixels, touch, the viewport meta tag honoured. */
export const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

/** A page in a context of its own (desktop-sized unless `options` say otherwise), failing waits after 10 s. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser.newContext({ viewport: DESKTOP, ...options })).newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

/** What went wrong while pages of a context loaded, one readable line per problem. */
export interface Problems {
  /** Everything recorded since the last `clear()`. */
  readonly list: string[];
  /** Forgets what was recorded so far. */
  clear(): void;
}

/**
 * Records, for every page of a context: console errors, uncaught exceptions, requests that failed
 * or were answered with an HTTP error, and any request to a host other than 127.0.0.1 (those are
 * also aborted, so a stray third-party request fails fast instead of waiting on the network).
 */
export async function watchProblems(context: BrowserContext): Promise<Problems> {
  const list: string[] = [];
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1',
    (route) => {
      list.push(`request to another host: ${route.request().url()}`);
      return route.abort('blockedbyclient');
    },
  );
  context.on('console', (message) => {
    if (message.type() === 'error') list.push(`console error on ${message.page()?.url()}: ${message.text()}`);
  });
  context.on('weberror', (error) => list.push(`uncaught exception on ${error.page()?.url()}: ${error.error().message}`));
  context.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? 'failed';
    if (!failure.includes('ERR_BLOCKED_BY_CLIENT')) list.push(`request failed: ${request.url()} (${failure})`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) list.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { list, clear: () => void list.splice(0) };
}
