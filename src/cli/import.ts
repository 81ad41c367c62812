import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ContentError } from '../corpus/content-error.ts';
import {
  importCapture,
  knownEvidence,
  readCaptureFile,
  reportCapture,
  repostNaming,
  type ImportOptions,
} from '../importer/import-capture.ts';
import { type CliIo, isEntry, jsonForTerminal, oneLine, resolvePath, runAsProcess } from './io.ts';

/**
 * `npm run import -- <capture.txt> --id <id> [--outlet NAME] [--sigil S] [--content DIR] [--force [--new-notes]]`
 * imports a raw capture as a repost; `npm run --silent import -- <capture.txt> --json` only prints
 * what detection makes of it. Paths are the caller's: relative to the folder the command was typed
 * in. Errors are one line on stderr and a non-zero exit: 1 for a bad input file or content folder,
 * 2 for bad arguments.
 */
const USAGE =
  'usage: npm run import -- <capture.txt> --id <id> [--outlet NAME] [--sigil S] [--content DIR] [--force [--new-notes]]\n' +
  '       npm run --silent import -- <capture.txt> --json\n' +
  '--force replaces the repost of that id, keeping its outlet, sigil, hand-written notes and any other file\n' +
  '(--outlet and --sigil change them; --new-notes takes the detector’s notes).';

/** The project's own content folder, the default for --content wherever the command is typed. */
const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));

const OPTIONS = {
  id: { type: 'string' },
  outlet: { type: 'string' },
  sigil: { type: 'string' },
  content: { type: 'string' },
  force: { type: 'boolean', default: false },
  'new-notes': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

class UsageError extends Error {}

/** Runs the command with `argv` (the arguments after the script name); returns the exit code. */
export function main(argv: readonly string[], io: CliIo): number {
  try {
    run(argv, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`import: ${oneLine(error.message)} (see --help)\n`);
      return 2;
    }
    // One line, never a stack trace: a content error already names file and line.
    const message = error instanceof ContentError ? error.message : `import: ${firstLine(error)}`;
    io.stderr(`${oneLine(message)}\n`);
    return 1;
  }
}

function run(argv: readonly string[], io: CliIo): void {
  const parsed = (() => {
    try {
      return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(firstLine(error));
    }
  })();
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1)
    throw new UsageError(positionals.length === 0 ? 'name one capture file' : `name one capture file, not ${positionals.length}`);
  if (values['new-notes'] && !values.force) throw new UsageError('--new-notes only applies with --force');
  const file = positionals[0]!;
  const path = resolvePath(io, file);

  const options: ImportOptions | undefined =
    values.id === undefined
      ? undefined
      : {
          id: values.id,
          ...(values.outlet === undefined ? {} : { outlet: values.outlet }),
          ...(values.sigil === undefined ? {} : { sigil: values.sigil }),
          contentDir: values.content === undefined ? CONTENT : resolvePath(io, values.content),
          force: values.force,
          newNotes: values['new-notes'],
          root: io.cwd,
        };
  if (values.json) {
    const report = reportCapture(
      readCaptureFile(path, file),
      file,
      options && repostNaming(file, options),
      knownEvidence(options?.contentDir ?? CONTENT, values.id),
    );
    io.stdout(`${jsonForTerminal(report)}\n`);
    return;
  }
  if (!options) throw new UsageError(`${file}: --id is required to import (or pass --json to only look)`);
  const repost = importCapture(path, options, file);
  const boilerplate = repost.lines.filter((l) => l.role === 'boilerplate').length;
  io.stdout(
    `${oneLine(
      `${repost.files.essay}: imported "${repost.title ?? repost.id}" as ${repost.sigil} — ${repost.blocks.length} essay blocks, ` +
        `${boilerplate} boilerplate lines in ${repost.ledger.blocks.filter((b) => b.role === 'boilerplate').length} ledger blocks`,
    )}\n`,
  );
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

if (isEntry(import.meta.url)) runAsProcess('import', main);
