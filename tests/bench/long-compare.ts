/**
 * A long comparison on an emulated phone: a report, not a test. Builds the site with two extra
 * reposts of about 7,000 words each (the shipped pair scaled by `scaledPair`, every repetition
 * perturbed), imported with the real importer, then loads their compare page in Chromium with 4×
 * CPU slowdown, 1.6 Mbps down, 750 kbps up and 150 ms round trips, served gzipped as a static host
 * would. Prints page weight, DOM size, the byte offset where the first row starts, time to
 * DOMContentLoaded and interactive, and the time until a deep link to the last row is painted.
 *
 * `node_modules/.bin/node tests/bench/long-compare.ts [words-per-side]`
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, PHONE } from '../support/browser.ts';
import { buildSite, ROOT } from '../support/build-site.ts';
import { copyContent } from '../support/content-copy.ts';
import { scaledPair, shippedPair } from './collate.ts';

const WORDS = Number(process.argv[2] ?? 7000);
const RUNS = 3;

const [gate, mexc] = shippedPair();
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const factor = Math.max(1, Math.round(WORDS / words(gate.blocks.map((b) => b.text).join(' '))));
const [a, b] = scaledPair(gate, mexc, factor, 7);

/** Imports the long pair into a copy of content/ and builds the site; `LONG_DIST=<dist>` reuses a kept build. */
function buildLongSite(): { outDir: string; cleanup: () => void } {
  if (process.env.LONG_DIST) return { outDir: process.env.LONG_DIST, cleanup: () => {} };
  const content = copyContent();
  const captures = mkdtempSync(join(tmpdir(), 'recension-long-'));
  for (const [w, id, outlet, sigil] of [
    [a, 'long-a', 'Long Copy A', 'LA'],
    [b, 'long-b', 'Long Copy B', 'LB'],
  ] as const) {
    const file = join(captures, `${id}.txt`);
    writeFileSync(file, `${w.blocks.map((bl) => bl.text).join('\n\n')}\n`);
    const run = spawnSync(
      join(ROOT, 'node_modules/.bin/node'),
      [join(ROOT, 'src/cli/import.ts'), file, '--id', id, '--outlet', outlet, '--sigil', sigil, '--content', content],
      { encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`import failed: ${run.stderr}`);
  }
  const build = buildSite({ content, label: 'long-compare' });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
  return {
    outDir: build.outDir,
    cleanup: () => {
      if (process.env.KEEP) return console.log(`kept build: LONG_DIST=${build.outDir}`);
      for (const dir of [dirname(build.outDir), dirname(content), captures]) rmSync(dir, { recursive: true, force: true });
    },
  };
}
const build = buildLongSite();

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = join(build.outDir, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return void res.writeHead(404).end();
  const body = gzipSync(readFileSync(file), { level: 9 });
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Encoding': 'gzip' }).end(body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const slug = 'long-a-long-b';
const html = readFileSync(join(build.outDir, 'compare', slug, 'index.html'), 'utf8');
const collation = JSON.parse(readFileSync(join(build.outDir, 'compare', `${slug}.json`), 'utf8')) as {
  rows: { id: string }[];
  a: { words: number };
  b: { words: number };
};
const lastRow = collation.rows.at(-1)!.id;
const firstRowAt = Buffer.byteLength(html.slice(0, html.indexOf('data-row')));
const gzipToFirstRow = gzipSync(html.slice(0, html.indexOf('data-row')), { level: 9 }).length;

const browser = await launchBrowser();
async function load(url: string): Promise<{ dcl: number; interactive: number; painted: number; nodes: number }> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6e6 / 8) * 0.9,
    uploadThroughput: (750e3 / 8) * 0.9,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // The moment the target row is on screen in a painted frame (without a hash: first contentful paint).
  await page.addInitScript(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          if (e.name === 'first-contentful-paint') (window as unknown as { painted: number }).painted = e.startTime;
      }).observe({ type: 'paint', buffered: true });
      return;
    }
    const check = () => {
      const row = document.getElementById(id);
      const top = row?.getBoundingClientRect().top;
      if (row && top !== undefined && top >= -1 && top < innerHeight) {
        requestAnimationFrame(() => ((window as unknown as { painted: number }).painted = performance.now()));
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction(() => (window as unknown as { painted?: number }).painted !== undefined, undefined, { timeout: 60_000 });
  const result = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      dcl: nav.domContentLoadedEventEnd,
      interactive: nav.domInteractive,
      painted: (window as unknown as { painted: number }).painted,
      nodes: document.getElementsByTagName('*').length,
    };
  });
  await context.close();
  return result;
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const runs = async (url: string) => {
  const all = [];
  for (let i = 0; i < RUNS; i++) all.push(await load(url));
  return {
    dcl: median(all.map((r) => r.dcl)),
    interactive: median(all.map((r) => r.interactive)),
    painted: median(all.map((r) => r.painted)),
    nodes: all[0]!.nodes,
  };
};
const top = await runs(`${origin}/compare/${slug}/`);
const deep = await runs(`${origin}/compare/${slug}/#${lastRow}`);
await browser.close();
server.close();

const ms = (n: number) => `${Math.round(n)} ms`;
console.log(`\n## Long comparison on an emulated phone (4× CPU, 1.6 Mbps, 150 ms RTT, gzip; median of ${RUNS})\n`);
console.log(`words: A ${collation.a.words}, B ${collation.b.words}; rows: ${collation.rows.length}`);
console.log(
  `compare page: ${Math.round(html.length / 1024)} KB raw, ${(gzipSync(html, { level: 9 }).length / 1024).toFixed(1)} KB gzipped; ${top.nodes} DOM elements`,
);
console.log(
  `first row starts at byte ${firstRowAt} (${(gzipToFirstRow / 1024).toFixed(1)} KB gzipped before it; first round trip carries ~14 KB)`,
);
console.log(
  `top of page: domInteractive ${ms(top.interactive)}, DOMContentLoaded ${ms(top.dcl)}, first contentful paint ${ms(top.painted)}`,
);
console.log(
  `deep link #${lastRow}: domInteractive ${ms(deep.interactive)}, DOMContentLoaded ${ms(deep.dcl)}, last row painted ${ms(deep.painted)}`,
);

build.cleanup();
