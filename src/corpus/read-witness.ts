import { basename, extname } from 'node:path';
import type { Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { decodeCapture } from './capture/decode-capture.ts';
import { readInput } from './capture/read-input.ts';
import { isBlank, splitLines } from './capture/split-lines.ts';
import { ContentError } from './content-error.ts';
import { blockIds } from './essay/block-ids.ts';
import { parseAnyMarkdown } from './essay/markdown.ts';
import { hasFrontmatter, splitFrontmatter } from './essay/split-frontmatter.ts';
import { frontmatterSchema } from './repost/repost-schema.ts';
import { endsSentence } from '../engine/text/segment.ts';
import type { Witness } from '../engine/tokens/tokenize.ts';

/** A witness read from a file, with the sigil its frontmatter asks for, if any. */
export interface WitnessFile {
  /** The witness, with the positional sigil ("A" or "B"). */
  witness: Witness;
  /** A valid `sigil` from the file's frontmatter, e.g. "G" for a repost's essay.md. */
  declaredSigil?: string;
}

/** A block before it gets its id: the kind only matters to `blockIds` (headings get slugs). */
interface RawBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

/** Lines at most this wide are what hard-wrapping produces (72–80 usually; slack for long words). */
const WRAPPED_LINE_MAX = 100;
/** Share of inner lines that must be narrow for a text to count as hard-wrapped. */
const WRAPPED_NARROW_SHARE = 0.9;
/** Hard wrapping breaks lines mid-sentence; above this share of inner lines ending a sentence, lines are units. */
const WRAPPED_SENTENCE_END_SHARE = 0.5;

/**
 * Reads two files as the witnesses A and B. Sigils are "A" and "B" by position, unless both files
 * declare a sigil in their frontmatter (as a repost's essay.md does) and the two differ: then row
 * ids read like the site's ("G5-M5").
 */
export function readWitnessPair(fileA: string, fileB: string, resolve: (file: string) => string = (f) => f): [Witness, Witness] {
  const a = readWitness(fileA, 'A', resolve(fileA));
  const b = readWitness(fileB, 'B', resolve(fileB));
  const [sa, sb] = [a.declaredSigil, b.declaredSigil];
  if (sa && sb && sa !== sb)
    return [
      { ...a.witness, sigil: sa },
      { ...b.witness, sigil: sb },
    ];
  return [a.witness, b.witness];
}

/**
 * Reads one file as a witness. `file` is the path as the user wrote it (used in messages and as
 * the label); `path` is where to read it. Missing, unreadable, empty, binary and non-UTF-8 files
 * throw a `ContentError` naming `file`.
 */
export function readWitness(file: string, sigil: string, path = file): WitnessFile {
  return witnessFromText(decodeCapture(readInput(path, file), file), file, sigil);
}

/**
 * Turns the text of a file into a witness: id = the file's base name, label = the frontmatter
 * `outlet` or else the file as named. Markdown (by extension, or because the text opens with a
 * `---` frontmatter fence) is read with `markdownBlocks`, anything else with `plainTextBlocks`.
 */
export function witnessFromText(text: string, file: string, sigil: string): WitnessFile {
  let body = text;
  let data: unknown;
  const markdown = /\.(md|markdown)$/i.test(extname(file)) || hasFrontmatter(text);
  if (hasFrontmatter(text)) ({ data, body } = splitFrontmatter(text, file));
  const raw = markdown ? markdownBlocks(body) : plainTextBlocks(body).map((t): RawBlock => ({ kind: 'paragraph', text: t }));
  if (raw.length === 0) throw new ContentError(file, 'the file has no text to compare');
  const ids = blockIds(raw);
  const fields = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const outlet = frontmatterSchema.shape.outlet.safeParse(fields.outlet);
  const declared = frontmatterSchema.shape.sigil.safeParse(fields.sigil);
  const language = frontmatterSchema.shape.language.safeParse(fields.language);
  return {
    witness: {
      id: basename(file),
      sigil,
      label: outlet.success ? outlet.data : file,
      blocks: raw.map((b, i) => ({ id: ids[i]!, text: b.text })),
      ...(language.success && language.data ? { language: language.data } : {}),
    },
    ...(declared.success ? { declaredSigil: declared.data } : {}),
  };
}

/**
 * The blocks of a Markdown body, leniently: unlike `parseEssay`, any Markdown is welcome. Each
 * leaf block — paragraph, heading, list item's paragraph, table row, code block — becomes one
 * block of plain text (markup removed, line breaks read as spaces); lists, block quotes and
 * footnotes are opened up so that their items stay separate blocks, as they are on the page.
 * HTML, thematic breaks and link definitions hold no prose and are left out.
 */
export function markdownBlocks(body: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  const visit = (node: RootContent): void => {
    switch (node.type) {
      case 'list':
      case 'listItem':
      case 'blockquote':
      case 'footnoteDefinition':
      case 'table':
        node.children.forEach(visit);
        return;
      case 'html':
      case 'thematicBreak':
      case 'definition':
        return;
      default:
        pushText(blocks, node.type === 'heading' ? 'heading' : 'paragraph', node);
    }
  };
  parseAnyMarkdown(body).children.forEach(visit);
  return blocks;
}

function pushText(blocks: RawBlock[], kind: RawBlock['kind'], node: Nodes): void {
  const raw = node.type === 'tableRow' ? node.children.map((cell) => toString(cell)).join(' | ') : toString(node, { includeHtml: false });
  const text = raw.replace(/\s*\n\s*/g, ' ').trim();
  if (text) blocks.push({ kind, text });
}

/**
 * The blocks of a plain text. Blank lines separate paragraphs. Inside a paragraph, lines are
 * joined with a space when the text looks hard-wrapped, and are blocks of their own otherwise
 * (a capture or a copy-paste has one paragraph per line, often with no blank line between).
 *
 * The rule: take the inner lines — every line of a multi-line paragraph but its last. The text
 * looks hard-wrapped when there are some, at least 90% of them are at most 100 characters wide,
 * and no more than half of them end with sentence-final punctuation: wrapping cuts lines at a
 * width, mostly mid-sentence, while one-paragraph-per-line text has long lines that end sentences.
 */
export function plainTextBlocks(text: string): string[] {
  const paragraphs: string[][] = [[]];
  for (const line of splitLines(text)) {
    if (isBlank(line)) {
      if (paragraphs.at(-1)!.length) paragraphs.push([]);
    } else paragraphs.at(-1)!.push(line.trim());
  }
  const nonEmpty = paragraphs.filter((p) => p.length > 0);
  return looksHardWrapped(nonEmpty) ? nonEmpty.map((p) => p.join(' ')) : nonEmpty.flat();
}

/** See `plainTextBlocks` for the rule. */
export function looksHardWrapped(paragraphs: readonly (readonly string[])[]): boolean {
  const inner = paragraphs.flatMap((p) => p.slice(0, -1));
  if (inner.length === 0) return false;
  const narrow = inner.filter((line) => [...line].length <= WRAPPED_LINE_MAX).length;
  const endings = inner.filter((line) => endsSentence(line)).length;
  return narrow >= WRAPPED_NARROW_SHARE * inner.length && endings <= WRAPPED_SENTENCE_END_SHARE * inner.length;
}
