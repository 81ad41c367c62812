import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { listFiles } from '../support/serve.ts';

/** `sha256  path` for every file of a build, sorted by path. */
function hashListing(dir: string): string[] {
  return listFiles(dir).map(
    (file) =>
      `${createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex')}  ${file}`,
  );
}

test('two clean builds produce byte-identical dist/ folders', () => {
  const listings = [1, 2].map((n) => {
    const build = buildSite({ label: `repro-${n}` });
    try {
      expect(build.status, build.output).toBe(0);
      return hashListing(build.outDir);
    } finally {
      rmSync(dirname(build.outDir), { recursive: true, force: true });
    }
  });
  expect(listings[0]!.length).toBeGreaterThan(0);
  expect(listings[1]).toEqual(listings[0]);
}, 300_000);
