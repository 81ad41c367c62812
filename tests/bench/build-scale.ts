/**
 * Build time and memory at 2, 10 and 30 reposts (part of `npm run bench`; alone:
 * `node tests/bench/build-scale.ts`). The site promises that adding a repost is adding a folder: a
 * build must not grow with the k(k−1)/2 pairs' alignments, so the synopsis aligns k−1 times and
 * the other pairs are read off it. Reports each whole `astro build` (wall time and peak RSS, by GNU
 * time when installed), then the synopsis alone, in process, per witness.
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadReposts } from '../../src/corpus/repost/load-repost.ts';
import { collateMany } from '../../src/engine/multi/collate-many.ts';
import { toWitness } from '../../src/site/view/witness.ts';
import { ROOT } from '../support/build-site.ts';
import { generatedContent } from '../support/generated-reposts.ts';
import { builtPages } from '../support/serve.ts';
import { measure } from './align/measure.ts';

const SIZES = [2, 10, 30] as const;

export async function benchBuildScale(): Promise<void> {
  console.log('\n## Build at 2, 10 and 30 reposts (generated ones derived from the shipped ones)\n');
  const rows: { k: number; pages: number; seconds: number; mb: number | undefined; synopsis: number }[] = [];
  for (const k of SIZES) {
    const content = generatedContent(k);
    const work = dirname(content);
    const outDir = join(work, 'dist');
    try {
      const run = measure(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], undefined, {
        ...process.env,
        RECENSION_CONTENT: content,
        RECENSION_OUT: outDir,
        RECENSION_CACHE: join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      });
      const witnesses = loadReposts(content, ROOT).map(toWitness);
      const started = performance.now();
      collateMany(witnesses);
      const synopsis = (performance.now() - started) / 1000;
      rows.push({ k, pages: builtPages(outDir).length, seconds: run.seconds, mb: run.peakMB, synopsis });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  console.log('| reposts | pairs | pages | astro build | peak RSS | synopsis alone | synopsis per repost |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    const mb = r.mb === undefined ? '?' : `${Math.round(r.mb)} MB`;
    console.log(
      `| ${r.k} | ${(r.k * (r.k - 1)) / 2} | ${r.pages} | ${r.seconds.toFixed(1)} s | ${mb} | ${r.synopsis.toFixed(2)} s | ${((r.synopsis / r.k) * 1000).toFixed(0)} ms |`,
    );
  }
  const [ten, thirty] = [rows.find((r) => r.k === 10)!, rows.find((r) => r.k === 30)!];
  console.log(`\n30 reposts build in ${(thirty.seconds / ten.seconds).toFixed(2)}× the time of 10 (goal: under 3×).`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchBuildScale();
