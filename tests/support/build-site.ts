import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What a build run printed and where it wrote. */
export interface BuildResult {
  /** The output folder. */
  outDir: string;
  /** Exit status of `astro build`. */
  status: number | null;
  /** stdout and stderr together. */
  output: string;
}

/**
 * Builds the site into a fresh temporary folder with `astro build`, optionally from another
 * content folder (a fixture) and under a base path. Each build gets its own cache folder so
 * builds never see each other's content-layer store.
 */
export function buildSite(options: { content?: string; base?: string; site?: string; label?: string } = {}): BuildResult {
  const work = mkdtempSync(join(tmpdir(), `recension-${options.label ?? 'build'}-`));
  const outDir = join(work, 'dist');
  // Vitest exports its own Vite variables (BASE_URL, MODE, NODE_ENV=test…) into process.env; a
  // child `astro build` that inherits them builds with base "/" whatever BASE_PATH says.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(VITEST|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$|TEST$)/.test(key)),
  );
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    RECENSION_OUT: outDir,
    RECENSION_CACHE: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  if (options.content) env.RECENSION_CONTENT = options.content;
  if (options.base) env.BASE_PATH = options.base;
  if (options.site) env.SITE_URL = options.site;
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { outDir, status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
