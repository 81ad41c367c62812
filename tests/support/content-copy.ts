import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build-site.ts';

/** Copies the project's `content/` to a temporary folder, so a test can break or extend it. */
export function copyContent(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'recension-content-')), 'content');
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  return dir;
}

/** Adds the fixture repost `tests/fixtures/reposts/<name>` to a content folder. */
export function addFixtureRepost(contentDir: string, name: string): void {
  cpSync(join(ROOT, 'tests/fixtures/reposts', name), join(contentDir, 'reposts', name), { recursive: true });
}

/** Rewrites one file of a content folder with a function of its text. */
export function editFile(path: string, edit: (text: string) => string): void {
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
}
