import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/browser.ts';
import { builtPages, serve } from '../support/serve.ts';
import { printTable } from './pages.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Chromium started by hand with a DevTools port, for Lighthouse (no chrome-launcher). */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'recension-lighthouse-'));
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5000)]);
    }
    rmSync(profile, { recursive: true, force: true });
  };
  // Chromium writes the port it picked into the profile once DevTools listens.
  const portFile = join(profile, 'DevToolsActivePort');
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (child.exitCode !== null) break;
    if (existsSync(portFile)) {
      const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
      if (port > 0) return { port, stop };
    }
    await sleep(100);
  }
  await stop();
  throw new Error(`Chromium at ${CHROMIUM_PATH} did not open a DevTools port`);
}

/**
 * Serves a build and runs Lighthouse (mobile, simulated throttling: its default preset) on every
 * page, printing the four category scores and LCP, CLS and TBT.
 */
export async function benchLighthouse(dir: string): Promise<void> {
  console.log('\n## Lighthouse (mobile preset)\n');
  const server = await serve(dir);
  const chromium = await startChromium();
  const rows: string[][] = [];
  try {
    for (const { path } of builtPages(dir)) {
      const result = await lighthouse(server.url(path), {
        port: chromium.port,
        output: 'json',
        logLevel: 'error',
        formFactor: 'mobile',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits, runtimeError } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse on ${path}: ${runtimeError.code} ${runtimeError.message}`);
      const score = (id: string) => {
        const value = categories[id]?.score;
        return value === null || value === undefined ? '—' : String(Math.round(value * 100));
      };
      const metric = (id: string, unit: 'ms' | '') => {
        const value = audits[id]?.numericValue;
        if (value === undefined) return '—';
        return unit === 'ms' ? `${Math.round(value)} ms` : value.toFixed(3);
      };
      rows.push([
        path,
        ...CATEGORIES.map(score),
        metric('largest-contentful-paint', 'ms'),
        metric('cumulative-layout-shift', ''),
        metric('total-blocking-time', 'ms'),
      ]);
      const failing = Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      if (failing.length) console.log(`${path}: failing audits: ${failing.join(', ')}`);
    }
  } finally {
    await chromium.stop();
    await server.close();
  }
  printTable(['page', ...CATEGORIES, 'LCP', 'CLS', 'TBT'], rows);
}
