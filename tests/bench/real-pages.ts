/**
 * `node_modules/.bin/node tests/bench/real-pages.ts [--count N] [--step S] [--content DIR]`: the page budget on a
 * site of real reposts. Imports N held-out captures (one in every S of sets 2–12, see
 * `heldoutCaptures`) into a copy of `content/` with the real importer, builds the site, and
 * reports the pages over {@link PAGE_BUDGET} by kind, with the largest page. `--content DIR`
 * builds an already imported folder instead (the import takes a few seconds per capture); the
 * folder imported is printed, so a second run can reuse it.
 */
import { parseArgs } from 'node:util';
import { loadReposts } from '../../src/corpus/repost/load-repost.ts';
import { compareModel, inlineModel } from '../../src/site/view/compare-model.ts';
import { apparatusModel, synopsisTableModel } from '../../src/site/view/synopsis-model.ts';
import { siteSynopsis } from '../../src/site/view/synopsis-of.ts';
import { allPairs, collationOf } from '../../src/site/view/witness.ts';
import { buildSite, ROOT } from '../support/build-site.ts';
import { contentWithCaptures, everyNth, heldoutCaptures } from '../support/heldout-reposts.ts';
import { formatBytes, PAGE_BUDGET, pageWeights, printTable } from './pages.ts';

/** The kind of a page, from its path: every compare page of a pair is "/compare/<pair>/", one row per kind. */
export function pageKind(path: string): string {
  return path
    .replace(/^\/compare\/[^/]+\/inline\//, '/compare/*/inline/')
    .replace(/^\/compare\/[^/]+\/(\d+\/)?$/, (_, part) => (part ? '/compare/*/N/' : '/compare/*/'))
    .replace(/^\/reposts\/[^/]+\//, '/reposts/*/')
    .replace(/^\/(synopsis(?:\/apparatus)?)\/\d+\/$/, '/$1/N/');
}

/** Imports (or reuses) the content, builds, and prints the pages over budget by kind. */
export function benchRealPages(options: { count: number; step: number; content?: string }): void {
  let content = options.content;
  if (!content) {
    const imported = contentWithCaptures(everyNth(heldoutCaptures(), options.step, options.count));
    content = imported.content;
    console.log(`Imported ${imported.imported.length} captures into ${content}`);
    for (const refusal of imported.refused) console.log(`  refused: ${refusal}`);
  }
  const build = buildSite({ content, label: 'real-pages' });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
  const weights = pageWeights(build.outDir);
  const kinds = Map.groupBy(weights, (w) => pageKind(w.path));
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  console.log(`\n## Page weight with real reposts (${weights.length} pages, ${build.outDir})\n`);
  printTable(
    ['kind', 'pages', `over ${formatBytes(PAGE_BUDGET)}`, 'median gz', 'max gz', 'largest'],
    [...kinds].map(([kind, pages]) => {
      const largest = pages.reduce((x, y) => (y.total.gzip > x.total.gzip ? y : x));
      return [
        kind,
        String(pages.length),
        String(pages.filter((w) => w.total.gzip > PAGE_BUDGET).length),
        formatBytes(median(pages.map((w) => w.total.gzip))),
        formatBytes(largest.total.gzip),
        largest.path,
      ];
    }),
  );
  const estimates = partEstimates(content);
  const errors = Map.groupBy(
    weights.filter((w) => estimates.has(w.path)),
    (w) => pageKind(w.path).replace('/N/', '/'),
  );
  console.log('\nPaged views, the split’s estimate against the built page (actual gz − estimate; above 0 the estimate was low):');
  for (const [kind, pages] of errors) {
    const diffs = pages.map((w) => w.total.gzip - estimates.get(w.path)!);
    console.log(`  ${kind}: max ${Math.max(...diffs)} B, median ${median(diffs)} B, min ${Math.min(...diffs)} B`);
  }
  const over = weights.filter((w) => w.total.gzip > PAGE_BUDGET);
  const largest = weights.reduce((x, y) => (y.total.gzip > x.total.gzip ? y : x));
  console.log(
    `\nPages over budget: ${over.length} of ${weights.length}; largest ${largest.path} ${formatBytes(largest.total.gzip)} (${largest.total.gzip} B)`,
  );
}

/** The estimated weight of every part of the paged views, by page path, as the view models make them. */
function partEstimates(content: string): Map<string, number> {
  const reposts = loadReposts(content, ROOT);
  const href = (p: string) => p;
  const site = siteSynopsis(reposts);
  const estimates = new Map<string, number>();
  for (const part of synopsisTableModel(site, href).parts) estimates.set(part.href, part.estimate);
  for (const part of apparatusModel(site, href).parts) estimates.set(part.href, part.estimate);
  for (const pair of allPairs(reposts)) {
    const collation = collationOf(pair);
    const model = compareModel(pair, collation, href);
    for (const part of model.parts) estimates.set(part.href, part.estimate);
    for (const part of inlineModel(pair, collation, model.partOf, href)) estimates.set(part.href, part.estimate);
  }
  return estimates;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '30' }, step: { type: 'string', default: '3' }, content: { type: 'string' } },
  });
  benchRealPages({ count: Number(values.count), step: Number(values.step), ...(values.content ? { content: values.content } : {}) });
}
