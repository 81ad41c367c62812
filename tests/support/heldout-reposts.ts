import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build-site.ts';
import { copyContent } from './content-copy.ts';

/** The held-out sets whose captures may be imported for measuring pages (set15 is blind; set13 and set14 are kept for the importer). */
const SETS = ['set2', 'set3', 'set4', 'set5', 'set6', 'set7', 'set8', 'set9', 'set10', 'set11', 'set12'];

/** A held-out capture: its set, its folder name (e.g. `ru-telegram`) and its file. */
export interface HeldoutCapture {
  set: string;
  name: string;
  file: string;
}

/** Every capture of sets 2 to 12, in set order then by name. */
export function heldoutCaptures(): HeldoutCapture[] {
  return SETS.flatMap((set) =>
    readdirSync(join(ROOT, 'tests/eval/heldout', set), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()
      .map((name) => ({ set, name, file: join(ROOT, 'tests/eval/heldout', set, name, 'capture.txt') })),
  );
}

/** One capture in every `step`, starting with the first, up to `count` of them. */
export function everyNth(captures: readonly HeldoutCapture[], step: number, count: number): HeldoutCapture[] {
  return captures.filter((_, i) => i % step === 0).slice(0, count);
}

/**
 * A copy of the project's content with the given real captures imported the README's way
 * (`npm run import -- <capture.txt> --id <id> --outlet <name> --content <copy>`), one after the
 * other, since the importer scores each capture against the reposts already there. Folder
 * `<set>-<name>` in lower case, outlet the capture's folder name. A capture the importer refuses is reported
 * and left out. Each import takes a few seconds.
 */
export function contentWithCaptures(captures: readonly HeldoutCapture[]): { content: string; imported: string[]; refused: string[] } {
  const content = copyContent();
  const imported: string[] = [];
  const refused: string[] = [];
  for (const capture of captures) {
    const id = `${capture.set}-${capture.name}`.toLowerCase();
    const run = spawnSync(
      join(ROOT, 'node_modules/.bin/node'),
      ['src/cli/import.ts', capture.file, '--id', id, '--outlet', capture.name, '--content', content],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (run.status === 0) imported.push(id);
    else refused.push(`${id}: ${run.stderr.trim()}`);
  }
  return { content, imported, refused };
}
