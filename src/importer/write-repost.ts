import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError } from '../corpus/content-error.ts';
import { loadRepost, REPOST_FILES } from '../corpus/repost/load-repost.ts';
import type { Repost } from '../corpus/repost/repost-schema.ts';

/** The three files of a repost, ready to be written. */
export interface RepostContent {
  /** The raw capture, byte for byte as read. */
  capture: Uint8Array;
  /** The Markdown copy with its frontmatter. */
  essay: string;
  /** The ledger as JSON text. */
  ledger: string;
}

/** Where and how to write a repost. */
export interface WriteOptions {
  /** The content folder that holds `reposts/`. */
  contentDir: string;
  /** The repost's folder name. */
  id: string;
  /** Replace an existing folder of that name. */
  force?: boolean;
  /** Paths in messages are relative to this folder. */
  root?: string;
}

/**
 * Writes a repost folder so that it is either complete and valid or not there at all.
 *
 * The files go to a staging folder beside `reposts/` first (on the same file system, so the final
 * move is a rename, and outside `reposts/`, so a build running meanwhile never sees it), where
 * `loadRepost` checks them with every rule the site build applies. Only files that pass reach
 * `reposts/<id>`; on any error the staging folder is removed and an existing repost is left as it
 * was. Replacing (`force`) overwrites the three repost files and never deletes any other file.
 */
export function writeRepost(content: RepostContent, options: WriteOptions): Repost {
  const root = options.root ?? process.cwd();
  const repostsDir = join(options.contentDir, 'reposts');
  const show = (path: string) => relative(root, path) || path;
  if (!isFolder(repostsDir)) throw new ContentError(show(repostsDir), 'the reposts folder does not exist (is --content right?)');
  const target = join(repostsDir, options.id);
  if (existsSync(target) && !options.force) {
    throw new ContentError(show(target), 'a repost with this id already exists; pass --force to replace it');
  }

  const staging = mkdtempSync(join(options.contentDir, '.import-'));
  try {
    const staged = join(staging, options.id);
    mkdirSync(staged);
    writeFileSync(join(staged, REPOST_FILES.capture), content.capture);
    writeFileSync(join(staged, REPOST_FILES.essay), content.essay);
    writeFileSync(join(staged, REPOST_FILES.ledger), content.ledger);
    const checked = loadRepost(staged, root);
    const repost: Repost = {
      ...checked,
      files: {
        capture: show(join(target, REPOST_FILES.capture)),
        essay: show(join(target, REPOST_FILES.essay)),
        ledger: show(join(target, REPOST_FILES.ledger)),
      },
    };

    if (!existsSync(target)) renameSync(staged, target);
    else {
      // Replace only the three files this writes, each by a rename (atomic on one file system):
      // anything else a person keeps in the folder (notes, sources, images) stays.
      for (const name of Object.values(REPOST_FILES)) renameSync(join(staged, name), join(target, name));
    }
    return repost;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
