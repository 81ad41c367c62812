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

/**
 * `npm run import -- <capture.txt> --id <id> [--outlet NAME] [--sigil S] [--content DIR] [--force]`
 * imports a raw capture as a repost; `npm run import -- <capture.txt> --json` only prints what
 * detection makes of it. Errors are one line on stderr and a non-zero exit: 1 for a bad input
 * file or content folder, 2 for bad arguments.
 */
const USAGE =
  'usage: npm run import -- <capture.txt> --id <id> [--outlet NAME] [--sigil S] [--content DIR] [--force]\n' +
  '       npm run import -- <capture.txt> --json';

const OPTIONS = {
  id: { type: 'string' },
  outlet: { type: 'string' },
  sigil: { type: 'string' },
  content: { type: 'string', default: 'content' },
  force: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

class UsageError extends Error {}

function main(argv: readonly string[]): number {
  try {
    run(argv);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`import: ${error.message} (see --help)\n`);
      return 2;
    }
    // One line, never a stack trace: a content error already names file and line.
    const message = error instanceof ContentError ? error.message : `import: ${firstLine(error)}`;
    process.stderr.write(`${message}\n`);
    return 1;
  }
}

function run(argv: readonly string[]): void {
  const parsed = (() => {
    try {
      return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(firstLine(error));
    }
  })();
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1)
    throw new UsageError(positionals.length === 0 ? 'name one capture file' : `name one capture file, not ${positionals.length}`);
  const file = positionals[0]!;

  const options: ImportOptions | undefined =
    values.id === undefined
      ? undefined
      : {
          id: values.id,
          ...(values.outlet === undefined ? {} : { outlet: values.outlet }),
          ...(values.sigil === undefined ? {} : { sigil: values.sigil }),
          contentDir: values.content,
          force: values.force,
        };
  if (values.json) {
    const report = reportCapture(
      readCaptureFile(file),
      file,
      options && repostNaming(file, options),
      knownEvidence(values.content, values.id),
    );
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  if (!options) throw new UsageError(`${file}: --id is required to import (or pass --json to only look)`);
  const repost = importCapture(file, options);
  const boilerplate = repost.lines.filter((l) => l.role === 'boilerplate').length;
  process.stdout.write(
    `${repost.files.essay}: imported "${repost.title ?? repost.id}" as ${repost.sigil} — ${repost.blocks.length} essay blocks, ` +
      `${boilerplate} boilerplate lines in ${repost.ledger.blocks.filter((b) => b.role === 'boilerplate').length} ledger blocks\n`,
  );
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

process.exitCode = main(process.argv.slice(2));
