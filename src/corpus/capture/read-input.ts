import { readFileSync } from 'node:fs';
import { ContentError } from '../content-error.ts';

const PROBLEMS: Record<string, string> = {
  ENOENT: 'the file does not exist',
  EISDIR: 'this is a folder, not a file',
  EACCES: 'permission denied',
};

/**
 * Reads a file's bytes for any stage that takes files (content loader, importer, collate CLI): a
 * missing file, a folder or an unreadable file is a one-line `ContentError` naming `file` (the
 * path as the user gave it), never a bare stack trace.
 */
export function readInput(path: string, file = path): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new ContentError(file, PROBLEMS[code] ?? `cannot read the file (${code || String(error)})`);
  }
}
