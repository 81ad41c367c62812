import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { addFixtureRepost, copyContent, editFile } from '../support/content-copy.ts';

describe('building from content', () => {
  it('fails on a changed essay word, naming the file and line', () => {
    const content = copyContent();
    editFile(join(content, 'reposts/mexc/essay.md'), (t) => t.replace('mental massage on the weekend', 'mental massage on a weekend'));
    const build = buildSite({ content, label: 'broken' });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      /content\/reposts\/mexc\/essay\.md:\d+: paragraph text differs from \S*content\/reposts\/mexc\/capture\.txt line 27/,
    );
  });

  it('fails on a javascript: link in an essay, naming the file and line, with a hint', () => {
    const content = copyContent();
    editFile(join(content, 'reposts/gate/essay.md'), (t) =>
      t.replace('Recently, there', '[Recently](javascript:alert(document.domain)), there'),
    );
    const build = buildSite({ content, label: 'hostile' });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      /content\/reposts\/gate\/essay\.md:\d+: links and autolinks are not allowed in the essay copy: .*put a backslash before the "\[" or "<"/,
    );
    expect(existsSync(join(build.outDir, 'reposts/gate/index.html'))).toBe(false);
  });

  it('fails on an empty reposts folder, saying how to add a repost', () => {
    const content = copyContent();
    rmSync(join(content, 'reposts'), { recursive: true });
    mkdirSync(join(content, 'reposts'));
    const build = buildSite({ content, label: 'empty' });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content\/reposts: there are no reposts: add one with `npm run import -- <capture\.txt> --id <id>`/);
  });

  it('builds a third repost added as files under content/, with its reader page', () => {
    const content = copyContent();
    addFixtureRepost(content, 'mirror');
    const build = buildSite({ content, label: 'third' });
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(build.outDir, 'reposts/mirror/index.html'))).toBe(true);
  });
});
