import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/browser.ts';
import { builtPages, serve } from '../support/serve.ts';
import { printTable } from './pages.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * The Lighthouse the bench runs, fetched by `npx` on first use: it is not a dependency, so that the
 * 36 MB it brings are not installed for everyone who only reads or builds the site.
 */
export const LIGHTHOUSE = 'lighthouse@13.5.0';

/** The parts of Lighthouse's result (its `lhr`) that the bench reads. */
interface LighthouseResult {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { id: string; score: number | null; scoreDisplayMode: string; numericValue?: number } | undefined>;
  runtimeError?: { code: string; message: string };
}

/** Runs the Lighthouse CLI on one URL in the Chromium listening on `port` (mobile, its default preset). */
async function lighthouse(url: string, port: number): Promise<LighthouseResult> {
  const { stdout } = await promisify(execFile)(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      `--port=${port}`,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--form-factor=mobile',
      `--only-categories=${CATEGORIES.join(',')}`,
    ],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as LighthouseResult;
}

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
      const { categories, audits, runtimeError } = await lighthouse(server.url(path), chromium.port);
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
        .filter((a) => a !== undefined && a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a!.id);
      if (failing.length) console.log(`${path}: failing audits: ${failing.join(', ')}`);
    }
  } finally {
    await chromium.stop();
    await server.close();
  }
  printTable(['page', ...CATEGORIES, 'LCP', 'CLS', 'TBT'], rows);
}
