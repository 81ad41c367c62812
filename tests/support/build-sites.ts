import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';

/** The site as deployed at a host root, and the same site under a project-page base path. */
export const BASE_PATH = '/recension/';
export const BASE_SITE = 'https://example.org';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `dist/` of the default build (base `/`, site http://localhost:4321). */
    siteDir: string;
    /** `dist/` of the build with BASE_PATH=/recension/ and SITE_URL=https://example.org. */
    baseSiteDir: string;
  }
}

/** Global setup of the `site` project: build both sites once for every test file. */
export default function setup(project: TestProject): void {
  for (const [key, options] of [
    ['siteDir', { label: 'root' }],
    ['baseSiteDir', { label: 'base', base: BASE_PATH, site: BASE_SITE }],
  ] as const) {
    const build = buildSite(options);
    if (build.status !== 0) throw new Error(`astro build (${options.label}) failed:\n${build.output}`);
    project.provide(key, build.outDir);
  }
}
