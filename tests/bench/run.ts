/**
 * `npm run bench`: a report, not a test. Each bench is one exported function, called in turn;
 * add a bench with one import and one call.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { benchAlign } from './align/run.ts';
import { benchCollate } from './collate.ts';
import { benchLighthouse } from './lighthouse.ts';
import { benchBuildTimes, benchPages } from './pages.ts';

const site = await benchPages();
await benchLighthouse(site.outDir);
rmSync(dirname(site.outDir), { recursive: true, force: true });
await benchBuildTimes();
await benchCollate();
await benchAlign();
