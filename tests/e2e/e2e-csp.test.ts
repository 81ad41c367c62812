import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, newPage, watchProblems } from '../support/browser.ts';
import { buildSite, ROOT } from '../support/build-site.ts';
import { copyContent, editFile } from '../support/content-copy.ts';
import { builtPages, listFiles, serve, type StaticServer } from '../support/serve.ts';

const siteDir = inject('siteDir');
const pages = builtPages(siteDir);
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serve(siteDir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The policy of a built page, directive name → sources. */
function policy(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('Content-Security-Policy', () => {
  test.each(pages)('$path carries a strict policy: self only, scripts and styles by hash', ({ file }) => {
    const html = readFileSync(join(siteDir, file), 'utf8');
    const csp = policy(html);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    for (const directive of ['script-src', 'style-src']) {
      const sources = csp.get(directive) ?? [];
      expect(sources[0]).toBe("'self'");
      for (const source of sources.slice(1)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    }
    expect([...csp.values()].flat().join(' ')).not.toMatch(/unsafe-|https?:|\*/);
    expect(html).not.toMatch(/<[^>]+\son[a-z]+=/i); // no inline event handlers
    expect(html).not.toMatch(/<[^>]+\sstyle=/i); // no style attributes: the policy would block them
  });

  test.each(pages)('$path works under it in Chromium, and an injected inline script is blocked and reported', async ({ path }) => {
    const page = await newPage(browser);
    const problems = await watchProblems(page.context());
    await page.goto(server.url(path), { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    expect(problems.list).toEqual([]); // a refused script or style would be a console error here
    const result = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; violations: string[] }>((resolve) => {
          const violations: string[] = [];
          document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
          const script = document.createElement('script');
          script.textContent = 'window.__injected = true;';
          document.body.append(script);
          const img = document.createElement('div');
          img.innerHTML = '<img src="data:," onerror="window.__injected = true">';
          document.body.append(img);
          setTimeout(() => resolve({ ran: (window as { __injected?: boolean }).__injected === true, violations }), 200);
        }),
    );
    expect(result.ran).toBe(false);
    expect(result.violations).toContain('script-src-elem');
    expect(result.violations).toContain('script-src-attr');
    await page.context().close();
  });
});

describe('control characters in a capture', () => {
  test('are shown as control pictures, and no page holds a code point HTML forbids (W3C checker)', () => {
    const content = copyContent();
    const capture = join(content, 'reposts/gate/capture.txt');
    // ESC, an OSC title sequence ending in BEL, a C1 CSI and a right-to-left override, in boilerplate line 1.
    editFile(capture, (t) => t.replace(/^/, '\x1b[2J\x1b]0;pwned\x07\x9b31m\u202e'));
    const hash = createHash('sha256').update(readFileSync(capture)).digest('hex');
    editFile(join(content, 'reposts/gate/ledger.json'), (t) => t.replace(/"sha256": "[0-9a-f]+"/, `"sha256": "${hash}"`));
    const build = buildSite({ content, label: 'controls' });
    expect(build.status, build.output).toBe(0);
    const html = listFiles(build.outDir).filter((f) => f.endsWith('.html'));
    for (const file of html) {
      expect(readFileSync(join(build.outDir, file), 'utf8'), file).not.toMatch(
        /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\p{Noncharacter_Code_Point}]/u,
      );
    }
    const page = readFileSync(join(build.outDir, 'reposts/gate/capture/index.html'), 'utf8');
    expect(page).toContain('\u241b[2J\u241b]0;pwned\u2407⟨U+009B⟩31m');
    const vnu = spawnSync(
      'java',
      [
        '-jar',
        join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar'),
        '--errors-only',
        join(build.outDir, 'reposts/gate/capture/index.html'),
      ],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(vnu.stderr.trim()).toBe('');
    expect(vnu.status).toBe(0);
  });
});
