import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { decodeCapture } from '../capture/decode-capture.ts';
import { readInput } from '../capture/read-input.ts';
import { splitLines } from '../capture/split-lines.ts';
import { ContentError } from '../content-error.ts';
import { blockIds } from '../essay/block-ids.ts';
import { checkBody } from '../essay/check-body.ts';
import { parseEssay } from '../essay/parse-essay.ts';
import { splitFrontmatter } from '../essay/split-frontmatter.ts';
import { accountLines, quote, type AccountedLine } from '../ledger/account-lines.ts';
import { captureHash } from '../ledger/capture-hash.ts';
import { ledgerSchema, type Ledger } from '../ledger/ledger-schema.ts';
import { METADATA_FIELDS } from '../ledger/taxonomy.ts';
import { detectLanguage } from '../../engine/text/language.ts';
import { countWords } from '../../engine/text/segment.ts';
import {
  essaySchema,
  frontmatterSchema,
  repostIdSchema,
  type Essay,
  type Frontmatter,
  type Repost,
  type RepostBlock,
} from './repost-schema.ts';
import { COLONS } from '../../engine/text/colon.ts';

/** The three files that make a repost, inside `content/reposts/<id>/`. */
export const REPOST_FILES = { capture: 'capture.txt', essay: 'essay.md', ledger: 'ledger.json' } as const;

/** Words per minute for the reading-time estimate (a common figure for adult silent reading). */
const WORDS_PER_MINUTE = 230;

/** Reads and checks one repost folder. `root` only shortens the paths in messages. */
export function loadRepost(dir: string, root = process.cwd()): Repost {
  const id = dir.split(/[\\/]/).filter(Boolean).at(-1) ?? dir;
  const files = {
    capture: relative(root, join(dir, REPOST_FILES.capture)) || REPOST_FILES.capture,
    essay: relative(root, join(dir, REPOST_FILES.essay)) || REPOST_FILES.essay,
    ledger: relative(root, join(dir, REPOST_FILES.ledger)) || REPOST_FILES.ledger,
  };
  const parsedId = repostIdSchema.safeParse(id);
  if (!parsedId.success) throw new ContentError(relative(root, dir) || dir, parsedId.error.issues[0]?.message ?? 'bad folder name');

  const captureBytes = readInput(join(dir, REPOST_FILES.capture), files.capture);
  const capture = decodeCapture(captureBytes, files.capture);
  const captureLines = splitLines(capture);

  const ledgerText = decodeCapture(readInput(join(dir, REPOST_FILES.ledger), files.ledger), files.ledger);
  const ledger = parseLedger(ledgerText, files.ledger);
  checkHash(captureBytes, ledger, ledgerText, files);
  const blockLine = (index: number) => lineAt(ledgerText, nthKeyOffset(ledgerText, 'lines', index, 0));
  const lines = accountLines(captureLines, ledger, files.ledger, blockLine);

  const essaySource = decodeCapture(readInput(join(dir, REPOST_FILES.essay), files.essay), files.essay);
  const { data, body, bodyLineOffset, keyLine } = splitFrontmatter(essaySource, files.essay);
  const frontmatter = parseWith(frontmatterSchema, data, files.essay, (path) => (typeof path[0] === 'string' ? keyLine(path[0]) : 1) ?? 1);
  checkMetadata(frontmatter, lines, files.essay, files.ledger, keyLine);

  const essayBlocks = parseEssay(body, files.essay, bodyLineOffset);
  checkBody(essayBlocks, lines, files.essay, files.capture);
  const ids = blockIds(essayBlocks);
  const bodyLines = lines.filter((l) => l.role === 'body');
  const blocks = essayBlocks.map(
    (b, i): RepostBlock => ({
      id: ids[i]!,
      kind: b.kind,
      ...(b.depth === undefined ? {} : { depth: b.depth }),
      text: b.text,
      captureLine: bodyLines[i]!.line,
    }),
  );
  // Declared, else detected: pages mark the text with it (WCAG 3.1.2), words are counted and the
  // engine reads by it.
  const language = frontmatter.language ?? detectLanguage(blocks.map((b) => b.text).join('\n'));
  const wordCount = blocks.reduce((n, b) => n + countWords(b.text, language), 0);

  return {
    id,
    ...frontmatter,
    files,
    capture,
    ledger,
    lines,
    markdown: body,
    blocks,
    wordCount,
    language,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
  };
}

/** Reads every repost under `<contentDir>/reposts/`, sorted by id, and checks that ids and sigla are unique. */
export function loadReposts(contentDir: string, root = process.cwd()): Repost[] {
  const repostsDir = join(contentDir, 'reposts');
  let names: string[];
  try {
    names = readdirSync(repostsDir).filter((name) => statSync(join(repostsDir, name)).isDirectory());
  } catch {
    throw new ContentError(relative(root, repostsDir) || repostsDir, 'the reposts folder is missing or unreadable');
  }
  if (names.length === 0) {
    throw new ContentError(
      relative(root, repostsDir) || repostsDir,
      'there are no reposts: add one with `npm run import -- <capture.txt> --id <id>`, or copy a folder holding capture.txt, ledger.json and essay.md (see the README)',
    );
  }
  const reposts = names.sort().map((name) => loadRepost(join(repostsDir, name), root));
  const seen = new Map<string, Repost>();
  for (const r of reposts) {
    const other = seen.get(r.sigil);
    if (other) {
      // Either file may be the one just edited: name both, each at its sigil line.
      throw new ContentError(
        r.files.essay,
        `sigil "${r.sigil}" is used twice, here and in ${other.files.essay}:${sigilLine(repostsDir, other)}: give one of the two reposts another sigil`,
        sigilLine(repostsDir, r),
      );
    }
    seen.set(r.sigil, r);
  }
  return reposts;
}

/** The line of a loaded repost's `sigil` key, read again from its (already checked) essay file. */
function sigilLine(repostsDir: string, repost: Repost): number {
  const source = readFileSync(join(repostsDir, repost.id, REPOST_FILES.essay), 'utf8');
  return splitFrontmatter(source, repost.files.essay).keyLine('sigil') ?? 1;
}

/** Reads `<contentDir>/essay.json`, the record of the essay itself. */
export function loadEssay(contentDir: string, root = process.cwd()): Essay {
  const path = join(contentDir, 'essay.json');
  const file = relative(root, path) || path;
  const text = decodeCapture(readInput(path, file), file);
  return parseWith(essaySchema, parseJson(text, file), file, () => undefined);
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    throw new ContentError(file, `invalid JSON: ${message}`, line);
  }
}

/** Parses a ledger file; a schema problem names the ledger line of the offending key. */
function parseLedger(text: string, file: string): Ledger {
  const raw = parseJson(text, file);
  return parseWith(ledgerSchema, raw, file, (path) => {
    if (path[0] !== 'blocks' || typeof path[1] !== 'number') return undefined;
    // Every block has exactly one "lines" key (the schema is strict), so its n-th occurrence
    // starts block n; the offending key, if named, is the next occurrence of that key after it.
    const start = nthKeyOffset(text, 'lines', path[1], 0);
    if (start === undefined) return undefined;
    const key = typeof path[2] === 'string' ? nthKeyOffset(text, path[2], 0, start) : undefined;
    return lineAt(text, key ?? start);
  });
}

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number | undefined): number | undefined {
  return offset === undefined ? undefined : text.slice(0, offset).split('\n').length;
}

/**
 * The capture must be the very bytes the ledger was written for: a changed byte anywhere, even
 * in boilerplate no other check reads, fails here with both hashes and the way out.
 */
function checkHash(bytes: Uint8Array, ledger: Ledger, ledgerText: string, files: Repost['files']): void {
  const actual = captureHash(bytes);
  if (ledger.sha256 === undefined) {
    throw new ContentError(
      files.ledger,
      `the ledger does not pin its capture: add "sha256": "${actual}" (the SHA-256 of ${files.capture}) after checking that file is the capture as taken`,
      2,
    );
  }
  if (ledger.sha256 !== actual) {
    throw new ContentError(
      files.capture,
      `the capture changed: its SHA-256 is ${actual}, but ${files.ledger}:${lineAt(ledgerText, nthKeyOffset(ledgerText, 'sha256', 0, 0))} pins ${ledger.sha256}. ` +
        'Captures are kept byte for byte: restore the file (e.g. git checkout), or import the new capture with npm run import',
    );
  }
}

/** Offset of the n-th (0-based) occurrence of a JSON key at or after `from`. */
function nthKeyOffset(text: string, key: string, n: number, from: number): number | undefined {
  const pattern = new RegExp(`"${key.replace(/[^\w-]/g, '')}"\\s*:`, 'g');
  pattern.lastIndex = from;
  let match: RegExpExecArray | null;
  let seen = 0;
  while ((match = pattern.exec(text))) {
    if (seen++ === n) return match.index;
  }
  return undefined;
}

function parseWith<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  lineOf: (path: PropertyKey[]) => number | undefined,
): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.length
    ? `${issue.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '')}: `
    : '';
  // An unknown key is on its own line, not on its object's.
  const at = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path;
  throw new ContentError(file, `${where}${issue.message}`, lineOf(at));
}

/**
 * Frontmatter title, author and date must come from the capture: each one present must equal a
 * line the ledger marks as that field — the whole line, or what follows a label such as
 * "Author:" — and each such line must be reflected in the frontmatter. A title must equal its
 * line's value, not be contained in it: `title: "C"` would otherwise pass for any title holding a C.
 * An author or a date is a name or a date inside a line the page wrote around it ("✍️ Yazar: Haotian
 * (@tmel0211)", "Kripto Gündem, [17.06.2025 14:32]"), so it must be a part of its line in whole
 * words, as each value is on a line that gives several fields ("Posted on 17 June 2025 by Haotian").
 * A title wrapped over consecutive lines is their whole texts joined by a space.
 */
function checkMetadata(
  frontmatter: Frontmatter,
  lines: readonly AccountedLine[],
  essayFile: string,
  ledgerFile: string,
  keyLine: (key: string) => number | undefined,
): void {
  for (const field of METADATA_FIELDS) {
    const value = frontmatter[field];
    const sources = lines.filter((l) => l.role === 'metadata' && l.fields?.includes(field));
    if (value === undefined) {
      const first = sources[0];
      if (first)
        throw new ContentError(
          essayFile,
          `the ledger marks capture line ${first.line} as the ${field} (${quote(first.text)}) but the frontmatter has no ${field}`,
          1,
        );
      continue;
    }
    if (sources.length === 0) {
      throw new ContentError(
        essayFile,
        `frontmatter ${field} "${value}" does not come from the capture: ${ledgerFile} marks no line as metadata ${field}`,
        keyLine(field) ?? 1,
      );
    }
    const gives = (l: AccountedLine) =>
      l.fields!.length > 1 || field !== 'title' ? holdsPart(l.text, value) : metadataValues(l.text).includes(value.trim());
    // A headline wrapped over consecutive lines gives their whole texts joined by a space.
    const wrapped =
      sources.length > 1 && sources.every((l, k) => l.fields!.length === 1 && (k === 0 || l.line === sources[k - 1]!.line + 1));
    const joined = wrapped && [wholeValue, untaggedValue].some((v) => sources.map((l) => v(l.text)).join(' ') === value.trim());
    if (!joined && !sources.some(gives)) {
      const expected = metadataValues(sources[0]!.text);
      throw new ContentError(
        essayFile,
        `frontmatter ${field} "${value}" is not the value of capture line ${sources.map((l) => l.line).join(', ')} (${quote(sources[0]!.text)}): ` +
          `write ${expected.map((v) => JSON.stringify(v)).join(' or ')}`,
        keyLine(field) ?? 1,
      );
    }
  }
}

/** True when the text holds the value (trimmed, not empty) with no letter or digit right beside it. */
function holdsPart(text: string, value: string): boolean {
  const part = value.trim();
  const wordy = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let at = part === '' ? -1 : text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1))
    if (!wordy(text[at - 1]) && !wordy(text[at + part.length])) return true;
  return false;
}

/**
 * A label before a metadata value: a few words and a colon ("Author:", "作者：", "Published on:"),
 * or a byline word ("By Haotian", "Par …", "Von …", "Por …", "Di …"), or a signature's dash ("— Haotian"). Only a label may be cut off, never an
 * arbitrary part of the line.
 */
const LABEL = new RegExp(`^(?:[\\p{L}\\p{M} ]{1,24}[${COLONS}]|(?:by|par|von|por|di)\\s|[—–―])\\s*`, 'iu');
/** The marks of a Markdown heading or bold text, which a copy of a Markdown page keeps ("# Title", "**Author:**"): markup, not words. */
export const MARKDOWN_MARKS = /^#{1,6}\s+|\*\*/gu;

/**
 * What a page sets around a headline that is not the headline's: tags in brackets before it ("【譯文】",
 * "[FR]"), a vote arrow, emoji before it ("🔥 [BÀI DỊCH] …"; those after it: `withoutClosingEmoji`), and the linked site's domain after it ("(x.com/tmel0211)").
 */
const TITLE_TAGS =
  /^(?:(?:【[^】]*】|\[[^\]]*\]|[▲△►▶■◆]|\p{Extended_Pictographic}\uFE0F?)\s*)+|\s*\((?:[\w-]+\.)+[a-z]{2,}(?:\/\S*)?\)$/gu;

const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;

/**
 * A text without the emoji (and the spaces between them) that close it. Read backwards one code point
 * at a time: a pattern anchored at the end would be tried again from every emoji inside the text,
 * quadratic on a line of thousands of them.
 */
export function withoutClosingEmoji(text: string): string {
  let kept = text.length;
  for (;;) {
    let k = kept;
    while (k > 0 && /\s/u.test(text[k - 1]!)) k--;
    if (k > 0 && text[k - 1] === '\uFE0F') k--;
    const low = text.charCodeAt(k - 1);
    const size = k >= 2 && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
    if (k === 0 || !PICTOGRAPHIC.test(text.slice(k - size, k))) return text.slice(0, kept);
    kept = k - size;
  }
}

/**
 * What a metadata line may give as its value: the whole line, the part after its label (without the quotes
 * around it), or the line without a headline's tags, read without Markdown's heading and bold marks.
 */
export function metadataValues(line: string): string[] {
  const whole = wholeValue(line);
  const label = LABEL.exec(whole);
  const rest = label ? whole.slice(label[0].length).trim() : '';
  // A front matter quotes its values (`title: "…"`).
  return [...new Set([rest, withoutQuotes(rest), whole, untaggedValue(line)].filter((v) => v !== ''))];
}

/** A value without the straight quotes around it, as a front matter writes it (`"…"`, `'…'`); else the value. */
export const withoutQuotes = (value: string): string => /^(["'])(.*)\1$/u.exec(value)?.[2]?.trim() ?? value;

/** A metadata line's whole text, without Markdown's heading and bold marks. */
const wholeValue = (line: string): string => line.replace(MARKDOWN_MARKS, '').trim();

/** A headline's line without Markdown's marks and the tags a page sets around it (`TITLE_TAGS`). */
export const untaggedValue = (line: string): string => withoutClosingEmoji(wholeValue(line).replace(TITLE_TAGS, '')).trim();
