import type { BoilerplateCategory, LineRole, MetadataField } from '../ledger/taxonomy.ts';
import { weakSignal } from './classify-line.ts';
import { classifySurroundings } from './classify-surroundings.ts';
import { vocabularyOf } from './essay-vocabulary.ts';
import { groupRuns, heaviestRun, proseRuns, type Gap, type ProseRun, type Span } from './find-essay-run.ts';
import { isDateline, isMetadataShaped, lineClues, type LineClues } from './line-clues.ts';
import { isTitleShaped, readHeader, type HeaderFields } from './read-header.ts';
import { guessLanguage } from './guess-language.ts';
import { essayEcho } from './repeated-text.ts';

/** The verdict on one capture line. */
export interface DetectedLine {
  /** 1-based line number in the capture. */
  line: number;
  /** Essay body, metadata, boilerplate or blank. */
  role: LineRole;
  /** For boilerplate: its category. */
  category?: BoilerplateCategory;
  /** For metadata: the frontmatter field it supplies. */
  field?: MetadataField;
  /** The line as captured, without its line ending. */
  text: string;
  /** Which rule or signal decided, in a few words. */
  reason: string;
}

/** The verdict on a whole capture. */
export interface Detection {
  /** One verdict per capture line, in order. */
  lines: DetectedLine[];
  /** Title, author and date as the capture writes them, for the frontmatter. */
  metadata: Partial<Record<MetadataField, string>>;
}

/**
 * Share of a paragraph's content terms that must occur in the essay for a paragraph outside it to
 * read as a summary of it rather than as unrelated promotion. It only chooses between two kinds
 * of boilerplate; it never decides what is essay.
 */
const ON_TOPIC = 0.3;
/** A gap between two runs of the essay holds at most this many non-blank lines. */
const MAX_GAP_LINES = 4;
/** A box (AI summary, sponsored item) holds at most this many lines under its title. */
const MAX_BOX_LINES = 4;
/**
 * Inline widgets that pages drop between paragraphs: prose beyond one of these can still be the
 * essay's. A notice, a related list, an advert, share buttons or a byline end the article.
 */
const BRIDGEABLE: ReadonlySet<BoilerplateCategory> = new Set(['price-ticker', 'promo-banner', 'site-navigation', 'stray-timestamp', 'reading-time']);
/** Boilerplate whose block a paragraph glued to it (no blank line between) continues. */
const BLOCK_CATEGORIES: ReadonlySet<BoilerplateCategory> = new Set(['promo-banner', 'spam-advert', 'disclaimer', 'related-links', 'ai-summary']);

/**
 * Labels every line of a raw capture as essay body, metadata (title, author, date), boilerplate
 * (with a taxonomy category and a reason) or blank.
 *
 * The essay is found by structure first: runs of prose-shaped lines are grouped across inline
 * widgets, and the heaviest group is the essay. Lines with a strong boilerplate signal never join
 * it. The header above it gives the title, author and date; everything else around it is
 * boilerplate, classified by its own signals, by repetition of the essay's text, and by the block
 * it stands in. Linear in the size of the capture.
 */
export function detectLines(lines: readonly string[]): Detection {
  // Long captures repeat lines (blank lines, widget labels): each distinct line is read once.
  const read = new Map<string, LineClues>();
  const clues = withBoxes(lines.map((text) => read.get(text) ?? read.set(text, lineClues(text)).get(text)!));
  const hard = clues.map((c) => c.signal !== undefined || isMetadataShaped(c));
  const runs = proseRuns(clues.map((c) => c.features), hard);
  const main = heaviestRun(groupRuns(runs, { gap: (span) => gapKind(clues, span), tainted: (run) => isTainted(clues, run) }));

  let essay: Span = main ? { start: main.start, end: main.end } : { start: lines.length, end: lines.length - 1 };
  if (main) essay = withoutBannerEdges(clues, essay);
  const language = essayLanguage(clues, essay);
  if (main) essay = withoutForeignEdges(clues, essay, language);
  const script = essayScript(clues, nonBlank(clues, essay));
  if (main) essay.end = withTrailingFragment(clues, hard, essay.end, script, language);
  let header = readHeader(clues, essay.start, script);
  const firstLine = nonBlank(clues, essay)[0];
  if (header.title === undefined && firstLine !== undefined && isPeelableTitle(clues, essay, firstLine, script)) {
    essay = { start: firstLine + 1, end: essay.end };
    header = readHeader(clues, essay.start, script);
  }

  const body = nonBlank(clues, essay).map((i) => clues[i]!.features.trimmed);
  const metadataLines = metadataOf(header);
  const surroundings = classifySurroundings({
    clues,
    essay,
    metadata: new Set(metadataLines.keys()),
    echo: essayEcho(body),
    vocabulary: vocabularyOf(body),
    onTopic: ON_TOPIC,
  });
  const metadata: Detection['metadata'] = {};
  const detected = lines.map((text, i): DetectedLine => {
    const line = i + 1;
    const c = clues[i]!;
    if (c.features.blank) return { line, role: 'blank', text, reason: 'blank line' };
    const field = metadataLines.get(i);
    if (field) {
      metadata[field] = metadataValue(c, field);
      return { line, role: 'metadata', field, text, reason: METADATA_REASONS[field] };
    }
    if (i >= essay.start && i <= essay.end) return essayLine(c, line, text, i === essay.end && !c.features.prose);
    const signal = surroundings[i]!;
    return { line, role: 'boilerplate', category: signal.category, text, reason: signal.reason };
  });
  return { lines: detected, metadata };
}

const METADATA_REASONS: Record<MetadataField, string> = {
  title: 'title-shaped line in the header above the essay',
  author: 'byline in the header above the essay',
  date: 'dateline in the header above the essay',
};

function essayLine(c: LineClues, line: number, text: string, fragment: boolean): DetectedLine {
  // Only a bridged gap can hold a signalled line inside the essay's span: it stays boilerplate.
  const signal = c.signal ?? (isDateline(c) ? { category: 'stray-timestamp' as const, reason: 'a date between paragraphs' } : undefined);
  if (signal) return { line, role: 'boilerplate', category: signal.category, text, reason: `${signal.reason}, inside the essay` };
  const reason = c.features.prose
    ? 'prose in the essay’s main run'
    : c.features.numberedLead
      ? 'numbered section lead inside the essay'
      : fragment
        ? 'sentence cut off at the end of the capture'
        : 'short line between essay paragraphs';
  return { line, role: 'body', text, reason };
}

/**
 * Lines under a box title ("AI summary", "Sponsored", "You may also like") get the box's signal
 * when the box is small and has no blank line inside: the text of an AI summary is prose and would
 * otherwise read as the essay's first paragraph.
 */
function withBoxes(clues: LineClues[]): LineClues[] {
  clues.forEach((c, i) => {
    if (!c.signal?.boxTitle) return;
    let end = i + 1;
    while (end < clues.length && !clues[end]!.features.blank && end - i <= MAX_BOX_LINES + 1) end++;
    if (end - i - 1 > MAX_BOX_LINES) return;
    for (let j = i + 1; j < end; j++) {
      const inner = clues[j]!;
      if (inner.signal || isMetadataShaped(inner)) break;
      clues[j] = { features: inner.features, signal: { category: c.signal.category, reason: `inside the box titled ${JSON.stringify(c.features.trimmed)}` } };
    }
  });
  return clues;
}

/** How the lines between two runs of prose may be crossed (see `Gap`). */
function gapKind(clues: readonly LineClues[], gap: Span): Gap {
  let lines = 0;
  let kind: Gap = 'open';
  for (let i = gap.start; i <= gap.end; i++) {
    const c = clues[i]!;
    if (c.features.blank) continue;
    if (++lines > MAX_GAP_LINES || c.author !== undefined) return 'closed';
    const category = c.signal?.category ?? (isDateline(c) ? 'stray-timestamp' : undefined);
    if (category !== undefined && !BRIDGEABLE.has(category)) return 'closed';
    if (category === undefined && isTitleShaped(c, c.features.script)) kind = 'titled';
  }
  return kind;
}

/**
 * A run that must not be joined to others: a line of it uses boilerplate vocabulary, or it is
 * glued (no blank line between) to a banner, advert or notice line, whose block it continues.
 */
function isTainted(clues: readonly LineClues[], run: ProseRun): boolean {
  for (let i = run.start; i <= run.end; i++) if (!clues[i]!.features.blank && weakSignal(clues[i]!.features)) return true;
  return [clues[run.start - 1], clues[run.end + 1]].some((c) => c?.signal !== undefined && BLOCK_CATEGORIES.has(c.signal.category));
}

/** Categories of the blocks a glued paragraph can continue (see `withoutBannerEdges`). */
const BANNERS: ReadonlySet<BoilerplateCategory> = new Set(['promo-banner', 'spam-advert']);

/**
 * Drops an end line of the essay that continues a banner or advert it is glued to (no blank line
 * between) when it reads as part of it: an item of the banner's numbered list ("1.Publish original
 * content…") or campaign wording. Without a title between them, the last line of Gate's banner
 * would otherwise open the essay.
 */
function withoutBannerEdges(clues: readonly LineClues[], span: Span): Span {
  const continues = (i: number, neighbour: LineClues | undefined) =>
    neighbour?.signal !== undefined && BANNERS.has(neighbour.signal.category) && (clues[i]!.features.numberedLead || weakSignal(clues[i]!.features) !== undefined);
  const lines = nonBlank(clues, span);
  let first = 0;
  let last = lines.length - 1;
  while (first < last && continues(lines[first]!, clues[lines[first]! - 1])) first++;
  while (last > first && continues(lines[last]!, clues[lines[last]! + 1])) last--;
  return { start: lines[first]!, end: lines[last]! };
}

/** How many of the essay's lines are enough to tell its language. */
const LANGUAGE_SAMPLE = 40;

/** The language of a line (see `guessLanguage`). */
function lineLanguage(c: LineClues): string | undefined {
  return guessLanguage(c.features.trimmed, c.features.script);
}

/** The language most of the essay's first lines are written in, by characters. */
function essayLanguage(clues: readonly LineClues[], span: Span): string | undefined {
  const votes = new Map<string, number>();
  for (const i of nonBlank(clues, span).slice(0, LANGUAGE_SAMPLE)) {
    const language = lineLanguage(clues[i]!);
    if (language) votes.set(language, (votes.get(language) ?? 0) + clues[i]!.features.chars);
  }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** True when the line is known to be written in another language than the essay. */
function isForeign(c: LineClues, essay: string | undefined): boolean {
  const language = lineLanguage(c);
  return essay !== undefined && language !== undefined && language !== essay;
}

/**
 * Drops prose at either end of the essay that is written in another language than the essay: a
 * site localised into Italian or Korean puts its notices in that language, the essay keeps its
 * own. Lines whose language cannot be told are kept.
 */
function withoutForeignEdges(clues: readonly LineClues[], span: Span, language: string | undefined): Span {
  const lines = nonBlank(clues, span);
  let first = 0;
  let last = lines.length - 1;
  while (first < last && isForeign(clues[lines[first]!]!, language)) first++;
  while (last > first && isForeign(clues[lines[last]!]!, language)) last--;
  return { start: lines[first]!, end: lines[last]! };
}

/**
 * A capture cut off mid-sentence can end on a line too short to look like prose. Such a last line
 * right after the essay, in its script and language and written as a sentence (mostly lower-case words, unlike
 * a tag list or a button row), is the essay's.
 */
function withTrailingFragment(clues: readonly LineClues[], hard: readonly boolean[], end: number, script: string, language: string | undefined): number {
  let next = end + 1;
  while (next < clues.length && clues[next]!.features.blank) next++;
  if (next >= clues.length || hard[next]) return end;
  for (let i = next + 1; i < clues.length; i++) if (!clues[i]!.features.blank) return end;
  const f = clues[next]!.features;
  if (f.script !== script || isForeign(clues[next]!, language)) return end;
  if (f.cjkChars >= 8) return next;
  const words = f.trimmed.split(/\s+/).slice(1);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return words.length >= 2 && lower * 2 >= words.length ? next : end;
}

/**
 * Without a title above the essay, a short first line directly on top of it (no full stop, one
 * phrase) is taken as the title rather than as the first paragraph.
 */
function isPeelableTitle(clues: readonly LineClues[], essay: Span, first: number, script: string): boolean {
  const c = clues[first]!;
  if (!isTitleShaped(c, script) || c.features.chars > 120) return false;
  for (let i = first + 1; i <= essay.end; i++) if (clues[i]!.features.prose) return true;
  return false;
}

function metadataOf(header: HeaderFields): Map<number, MetadataField> {
  const out = new Map<number, MetadataField>();
  if (header.title !== undefined) out.set(header.title, 'title');
  if (header.author !== undefined) out.set(header.author, 'author');
  if (header.date !== undefined) out.set(header.date, 'date');
  return out;
}

/** The frontmatter value of a metadata line: it must occur verbatim in the line. */
function metadataValue(c: LineClues, field: MetadataField): string {
  if (field === 'author') return c.author!;
  if (field === 'date') return c.date!.value;
  return c.features.trimmed;
}

/** The script most of the essay is written in. */
function essayScript(clues: readonly LineClues[], essayLines: readonly number[]): string {
  const weight = new Map<string, number>();
  for (const i of essayLines) {
    const f = clues[i]!.features;
    weight.set(f.script, (weight.get(f.script) ?? 0) + f.chars);
  }
  let best = 'Latin';
  let max = 0;
  for (const [script, w] of weight) if (w > max) [best, max] = [script, w];
  return best;
}

function nonBlank(clues: readonly LineClues[], span: Span): number[] {
  const out: number[] = [];
  for (let i = span.start; i <= span.end; i++) if (!clues[i]!.features.blank) out.push(i);
  return out;
}
