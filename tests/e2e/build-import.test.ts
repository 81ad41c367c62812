import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, ROOT } from '../support/build-site.ts';
import { copyContent } from '../support/content-copy.ts';
import { readPage, readParts, textOf } from '../support/html.ts';

describe('a capture imported with `npm run import`', () => {
  it('appears on the built site with its reader page, its compare pages and its boilerplate panel', () => {
    const content = copyContent();
    const capture = join(ROOT, 'tests/fixtures/captures/teaser-disclaimer-spam/capture.txt');
    const run = spawnSync(
      join(ROOT, 'node_modules/.bin/node'),
      ['src/cli/import.ts', capture, '--id', 'mirror', '--outlet', 'Mirror News', '--content', content],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(content, 'reposts/mirror/capture.txt'))).toEqual(readFileSync(capture));

    const build = buildSite({ content, label: 'imported' });
    expect(build.status, build.output).toBe(0);
    const reader = readPage(build.outDir, '/reposts/mirror/');
    expect(reader.text('.lede')).toContain('Mirror News');
    expect(reader.all('.essay p.block[id]').length).toBeGreaterThan(3);
    for (const slug of ['gate-mirror', 'mexc-mirror']) {
      // The comparison's parts read as one: its last part closes with the panels.
      const compare = readParts(build.outDir, `/compare/${slug}/`);
      expect(compare.all('[data-row]').length, slug).toBeGreaterThan(3);
      const panel = compare.one('[data-boilerplate-panel="mirror"]');
      expect(panel, slug).toBeDefined();
      expect(compare.all('[data-boilerplate-panel="mirror"] ol.stripped > li').length).toBeGreaterThan(0);
      expect(textOf(panel!)).toMatch(/Disclaimer|Spam advert|Duplicated teaser/);
    }
    expect(readPage(build.outDir, '/').one('a[href="/reposts/mirror/"]')).toBeDefined();
  });
});
