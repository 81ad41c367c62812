import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCapture } from '../corpus/capture/decode-capture.ts';
import { readInput } from '../corpus/capture/read-input.ts';
import { splitLines } from '../corpus/capture/split-lines.ts';
import { ContentError } from '../corpus/content-error.ts';
import type { MetadataField } from '../corpus/ledger/taxonomy.ts';
import { detectLines, type DetectedLine } from './detect/detect-lines.ts';
import { evidenceOf, NO_EVIDENCE, type Evidence } from './detect/evidence.ts';
import { loadReposts, metadataValues } from '../corpus/repost/load-repost.ts';
import { toLedger } from './to-ledger.ts';
import { captureHash } from '../corpus/ledger/capture-hash.ts';
import { ledgerSchema, type Ledger } from '../corpus/ledger/ledger-schema.ts';
import { splitFrontmatter } from '../corpus/essay/split-frontmatter.ts';
import { REPOST_FILES } from '../corpus/repost/load-repost.ts';
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
  /**
   * Replace an existing repost of that id: its three files are rewritten, its outlet, sigil and
   * the notes of boilerplate blocks whose lines are unchanged are kept, other files stay.
   */
  force?: boolean;
  /** With `force`, take the detector's notes instead of keeping the hand-written ones. */
  newNotes?: boolean;
  /** Paths in messages are relative to this folder. */
  root?: string;
}

/** Reads a capture file's bytes; a missing or unreadable file is a `ContentError` naming it as `file`. */
export const readCaptureFile = (path: string, file = path): Uint8Array => readInput(path, file);

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
  // The ledger pins the bytes it accounts for, so a later change to the capture fails the build.
  const ledger = { sha256: captureHash(bytes), ...toLedger(detection.lines) };
  return { lines: detection.lines, frontmatter: { ...frontmatterOf(detection.lines, detection.metadata), ...naming }, ledger };
}

/**
 * The frontmatter the detected metadata makes. Detection reads a field's value out of its line
 * ("June 17, 2025" out of "June 17, 2025 · 4 min read"), but a repost's frontmatter must be a value
 * the content checks accept of that line: a title is one of `metadataValues` (the whole line, or
 * what follows its label), the shortest that holds the detected title, so the proposal always
 * loads; an author or a date, and each field of a line that gives several, is the detected value,
 * a part of the line.
 */
function frontmatterOf(lines: readonly DetectedLine[], metadata: Partial<Record<MetadataField, string>>): Partial<Frontmatter> {
  const frontmatter: Partial<Frontmatter> = {};
  for (const line of lines) {
    for (const field of line.fields ?? []) {
      const value = metadata[field];
      if (value === undefined) continue;
      const accepted = line.fields!.length > 1 || field !== 'title' ? [] : metadataValues(line.text);
      frontmatter[field] = accepted.find((v) => v === value) ?? accepted.find((v) => v.includes(value)) ?? value;
    }
  }
  return frontmatter;
}

/**
 * Imports a raw capture as `<contentDir>/reposts/<id>/`: the capture byte for byte, the ledger
 * detection made, and the Markdown copy of the body lines, checked by `loadRepost` before they
 * replace anything. Returns the checked repost. `file` is the capture as the user named it, for messages.
 */
export function importCapture(path: string, options: ImportOptions, file = path): Repost {
  const previous = options.force ? readPrevious(options) : undefined;
  const outlet = options.outlet ?? previous?.outlet;
  const sigil = options.sigil ?? previous?.sigil;
  const naming = repostNaming(file, {
    ...options,
    ...(outlet === undefined ? {} : { outlet }),
    ...(sigil === undefined ? {} : { sigil }),
  });
  const bytes = readCaptureFile(path, file);
  const report = reportCapture(bytes, file, naming, knownEvidence(options.contentDir, options.id));
  const body = report.lines.filter((l) => l.role === 'body').map((l) => l.text);
  if (body.length === 0) throw new ContentError(file, 'no essay text found: no run of prose lines to keep as the body');
  const ledger = previous && !options.newNotes ? keepNotes(report.ledger, report.lines, previous) : report.ledger;
  return writeRepost(
    {
      capture: bytes,
      essay: toMarkdown(frontmatterSchema.parse(report.frontmatter), body),
      ledger: `${JSON.stringify(ledger, null, 2)}\n`,
    },
    options,
  );
}

/** What a re-import keeps of the repost it replaces. */
interface Previous {
  outlet?: string;
  sigil?: string;
  /** Hand-written notes by the text of the boilerplate block they describe (category + lines). */
  notes: Map<string, string>;
}

/**
 * Reads the outlet, sigil and boilerplate notes of the repost a forced import replaces. Each part
 * is read on its own and leniently: a broken repost is exactly what one re-imports, so whatever
 * cannot be read is simply not kept.
 */
function readPrevious(options: ImportOptions): Previous | undefined {
  const dir = join(options.contentDir, 'reposts', options.id);
  if (!existsSync(dir)) return undefined;
  const previous: Previous = { notes: new Map() };
  try {
    const essay = join(dir, REPOST_FILES.essay);
    const data = splitFrontmatter(readFileSync(essay, 'utf8'), essay).data as Record<string, unknown> | null;
    const outlet = frontmatterSchema.shape.outlet.safeParse(data?.outlet);
    const sigil = frontmatterSchema.shape.sigil.safeParse(data?.sigil);
    if (outlet.success) previous.outlet = outlet.data;
    if (sigil.success) previous.sigil = sigil.data;
  } catch {
    // No readable frontmatter: outlet and sigil come from the options or the id.
  }
  try {
    const capture = join(dir, REPOST_FILES.capture);
    const lines = splitLines(decodeCapture(readFileSync(capture), capture));
    const ledger = ledgerSchema.parse(JSON.parse(readFileSync(join(dir, REPOST_FILES.ledger), 'utf8')));
    for (const block of ledger.blocks) {
      if (block.role !== 'boilerplate') continue;
      previous.notes.set(blockKey(block.category, lines.slice(block.lines[0] - 1, block.lines[1])), block.note);
    }
  } catch {
    // No readable ledger: the detector's notes are used.
  }
  return previous;
}

/** A boilerplate block keeps the old note when the old ledger had a block of the same category over the same text. */
function keepNotes(ledger: Ledger, lines: readonly DetectedLine[], previous: Previous): Ledger {
  const texts = lines.map((l) => l.text);
  return {
    ...ledger,
    blocks: ledger.blocks.map((block) => {
      if (block.role !== 'boilerplate') return block;
      const note = previous.notes.get(blockKey(block.category, texts.slice(block.lines[0] - 1, block.lines[1])));
      return note === undefined ? block : { ...block, note };
    }),
  };
}

function blockKey(category: string, lines: readonly string[]): string {
  return JSON.stringify([category, lines.map((l) => l.trim()).filter(Boolean)]);
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
  if (!id.success) {
    const shown = options.id.length > 40 ? `${options.id.slice(0, 20)}…" (${options.id.length} characters)` : `${options.id}"`;
    throw new ContentError(path, `--id "${shown}: ${id.error.issues[0]?.message ?? 'not a valid folder name'}`);
  }
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
