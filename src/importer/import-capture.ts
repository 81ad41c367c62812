import { decodeCapture } from '../corpus/capture/decode-capture.ts';
import { readInput } from '../corpus/capture/read-input.ts';
import { splitLines } from '../corpus/capture/split-lines.ts';
import { ContentError } from '../corpus/content-error.ts';
import { detectLines, type DetectedLine } from './detect/detect-lines.ts';
import { evidenceOf, NO_EVIDENCE, type Evidence } from './detect/evidence.ts';
import { loadReposts } from '../corpus/repost/load-repost.ts';
import { toLedger } from './detect/to-ledger.ts';
import type { Ledger } from '../corpus/ledger/ledger-schema.ts';
import { frontmatterSchema, repostIdSchema, type Frontmatter, type Repost } from '../corpus/repost/repost-schema.ts';
import { chooseSigil, takenSigils } from './choose-sigil.ts';
import { toMarkdown } from './to-markdown.ts';
import { writeRepost } from './write-repost.ts';

/** What detection makes of a capture: the `--json` output of the importer. */
export interface CaptureReport {
  /** One verdict per capture line. */
  lines: DetectedLine[];
  /** Title, author and date from the capture, plus outlet and sigil when an id was given. */
  frontmatter: Partial<Frontmatter>;
  /** The ledger the verdicts make. */
  ledger: Ledger;
}

/** How to name and place an imported repost. */
export interface ImportOptions {
  /** Folder name under `reposts/`: lower-case letters, digits and hyphens. */
  id: string;
  /** The site the repost appeared on; the id when not given. */
  outlet?: string;
  /** The repost's sigil; chosen from the id when not given. */
  sigil?: string;
  /** The content folder (holds `reposts/`). */
  contentDir: string;
  /** Replace an existing repost of that id. */
  force?: boolean;
  /** Paths in messages are relative to this folder. */
  root?: string;
}

/** Reads a capture file's bytes; a missing or unreadable file is a `ContentError` naming it. */
export const readCaptureFile = (path: string): Uint8Array => readInput(path);

/**
 * Decodes a capture and runs detection on it; `naming` adds outlet and sigil to the frontmatter,
 * `evidence` (the reposts already known) lets detection recognise the essay by its text.
 */
export function reportCapture(
  bytes: Uint8Array,
  file: string,
  naming?: Pick<Frontmatter, 'outlet' | 'sigil'>,
  evidence: Evidence = NO_EVIDENCE,
): CaptureReport {
  const detection = detectLines(splitLines(decodeCapture(bytes, file)), evidence);
  return { lines: detection.lines, frontmatter: { ...detection.metadata, ...naming }, ledger: toLedger(detection.lines) };
}

/**
 * Imports a raw capture as `<contentDir>/reposts/<id>/`: the capture byte for byte, the ledger
 * detection made, and the Markdown copy of the body lines, checked by `loadRepost` before they
 * replace anything. Returns the checked repost.
 */
export function importCapture(path: string, options: ImportOptions): Repost {
  const naming = repostNaming(path, options);
  const bytes = readCaptureFile(path);
  const report = reportCapture(bytes, path, naming, knownEvidence(options.contentDir, options.id));
  const body = report.lines.filter((l) => l.role === 'body').map((l) => l.text);
  if (body.length === 0) throw new ContentError(path, 'no essay text found: no run of prose lines to keep as the body');
  return writeRepost(
    {
      capture: bytes,
      essay: toMarkdown(frontmatterSchema.parse(report.frontmatter), body),
      ledger: `${JSON.stringify(report.ledger, null, 2)}\n`,
    },
    options,
  );
}

/**
 * The essay as the reposts already in the content folder give it, less the one being replaced; no
 * evidence when there are none yet (the first import) or the folder does not exist.
 */
export function knownEvidence(contentDir: string, replacing?: string): Evidence {
  let reposts: Repost[];
  try {
    reposts = loadReposts(contentDir);
  } catch {
    return NO_EVIDENCE;
  }
  return evidenceOf(reposts.filter((r) => r.id !== replacing));
}

/**
 * The outlet and sigil a repost of this id gets: the given ones, checked, or the id as outlet and
 * a free sigil chosen from the id. Errors name the capture and the option at fault.
 */
export function repostNaming(path: string, options: ImportOptions): Pick<Frontmatter, 'outlet' | 'sigil'> {
  const id = repostIdSchema.safeParse(options.id);
  if (!id.success) throw new ContentError(path, `--id "${options.id}": ${id.error.issues[0]?.message ?? 'not a valid folder name'}`);
  const taken = takenSigils(options.contentDir, options.force ? options.id : undefined);
  if (options.sigil !== undefined && taken.has(options.sigil)) {
    throw new ContentError(path, `--sigil "${options.sigil}" is already used by another repost`);
  }
  const naming = { outlet: options.outlet ?? options.id, sigil: options.sigil ?? chooseSigil(options.id, taken) };
  const checked = frontmatterSchema.pick({ outlet: true, sigil: true }).safeParse(naming);
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0]!;
  const option = issue.path[0] === 'sigil' ? 'sigil' : 'outlet';
  throw new ContentError(path, `--${option} "${naming[option]}": ${issue.message}`);
}
