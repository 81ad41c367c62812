import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { ROOT } from '../support/build-site.ts';
import { builtPages, listFiles } from '../support/serve.ts';

/** One message of the Nu HTML Checker's JSON output. */
interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const VNU = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

test('the W3C Nu HTML Checker finds no errors in any HTML file of either build', () => {
  const files = [inject('siteDir'), inject('baseSiteDir')].flatMap((dir) =>
    listFiles(dir)
      .filter((file) => file.endsWith('.html'))
      .map((file) => join(dir, file)),
  );
  // Every page, not only the ones some other check happens to visit.
  expect(files.length).toBeGreaterThanOrEqual(2 * builtPages(inject('siteDir')).length);
  const run = spawnSync('java', ['-jar', VNU, '--format', 'json', '--stdout', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  expect(run.error, String(run.error)).toBeUndefined();
  const messages = (JSON.parse(run.stdout) as { messages: NuMessage[] }).messages;
  const errors = messages
    .filter((m) => m.type !== 'info')
    .map((m) => `${m.url?.replace(/^file:/, '')}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` — ${m.extract.trim()}` : ''}`);
  expect(errors).toEqual([]);
});
