import { type BoilerplateCategory, type LineRole, METADATA_FIELDS, type MetadataField } from '../../corpus/ledger/taxonomy.ts';
import { untaggedValue } from '../../corpus/repost/load-repost.ts';
import { withBoxes } from './box-contents.ts';
import { categoryName, weakSignal, type LineSignal } from './classify-line.ts';
import { classifySurroundings } from './classify-surroundings.ts';
import { essaySpan } from './essay-span.ts';
import { nonBlank, type Span } from './span.ts';
import { withinKnownEssay } from './known-extent.ts';
import { lineClues, withEmojiBullets, type LineClues } from './line-clues.ts';
import { withSplitDates } from './split-dates.ts';
import { HANDLE_LINE, HANDLE_SIGN, knownAuthorIn, labelledName, nameBeforeTagline, readHeader, withSignature } from './read-header.ts';
import { NO_EVIDENCE, type Evidence } from './evidence.ts';
import { captureProfile, ESSAY_EVIDENCE, lineEvidence } from './line-evidence.ts';
import { sparseInStopwords } from './stopword-density.ts';
import { sharedNames } from './shared-names.ts';
import { type FrontMatterField, readFrontMatter } from './front-matter.ts';

/** The verdict on one capture line. */
export interface DetectedLine {
  /** 1-based line number in the capture. */
  line: number;
  /** Essay body, metadata, boilerplate or blank. */
  role: LineRole;
  /** For boilerplate: its category. */
  category?: BoilerplateCategory;
  /** For metadata: the frontmatter fields it supplies (a byline may date the essay too). */
  fields?: MetadataField[];
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
 * Labels every line of a raw capture as essay body, metadata (title, author, date), boilerplate
 * (with a category and a reason) or blank. The essay is the run of prose the known reposts point
 * to (or, without them, the heaviest, headed one), widened across inline widgets and boxes; its
 * header gives the metadata; every other line is classified by its signals and its block. Linear.
 */
export function detectLines(captured: readonly string[], known: Evidence = NO_EVIDENCE): Detection {
  // Each line is read by its opening: a longer line is no paragraph, and the patterns that read lines overflow V8's
  // stack on a run of millions of letters of one script. Its verdict still covers all of it.
  const lines = captured.map((text) => (text.length > MAX_READ_CHARS ? text.slice(0, MAX_READ_CHARS) : text));
  // Long captures repeat lines (blank lines, widget labels): each distinct line is read once.
  const read = new Map<string, LineClues>();
  const profile = captureProfile(lines);
  const evidence = lineEvidence(lines, known, profile);
  const sparse = sparseInStopwords(lines, profile);
  // Reposts in another language: the essay's names and codes (DeepSeek, L2, TVL) still say which run it is.
  const names = evidence ? undefined : sharedNames(lines, known);
  const clues = withSplitDates(
    withEmojiBullets(
      withBoxes(
        lines.map((text, i) => {
          let c = read.get(text) ?? read.set(text, lineClues(text)).get(text)!;
          // Shape says prose, function words say otherwise: a headline row or a list of names (jusText).
          if (c.features.prose && sparse[i]) c = { ...c, features: { ...c.features, prose: false } };
          // Evidence beats phrases: prose the known reposts share is the essay whatever words it uses.
          return c.signal && c.features.prose && evidence && evidence.scores[i]! >= ESSAY_EVIDENCE ? { ...c, signal: undefined } : c;
        }),
        (i) => evidence !== undefined && evidence.scores[i]! >= ESSAY_EVIDENCE,
        (i) => (names?.[i] ?? 0) >= HELD_NAMES,
      ),
    ),
  );
  const found = essaySpan(clues, evidence, profile, names);
  const { asides, isAbout } = found;
  // When the capture is this essay by its words or names, the known essays say where it begins and ends.
  const kept = nonBlank(clues, found.essay).filter((i) => !asides.has(i));
  const within = evidence || names ? withinKnownEssay(lines, found.essay, kept, known.essays, profile.language) : found.essay;
  // The known reposts' author names a byline in any wording ("Autorius Haotian").
  const above = readHeader(clues, within.start, evidence, within.end, known.authors, found);
  const author = above.author === undefined ? undefined : metadataValue(clues[above.author]!, 'author', known);
  const essay = withoutAuthorBio(clues, within, asides, author);
  const { titleRest, titleOriginal, ...header } = withSignature(clues, essay.end, above, known.authors, evidence, found.namesTopic);
  const metadataLines = new Map<number, MetadataField[]>();
  // A Markdown front matter's fields, by the line that gives each value (a list's key gives none).
  const given = new Map<number, string | undefined>();
  const front = readFrontMatter(lines);
  if (front) {
    // Its lines are read only by their keys ("created:" dates the clipping); the page's own header comes first.
    for (const field of METADATA_FIELDS) if ((header[field] ?? Infinity) <= front.end) delete header[field];
    for (const [field, got] of Object.entries(front.fields) as [MetadataField, FrontMatterField][]) {
      if (header[field] !== undefined) continue;
      got.lines.forEach((line, k) => {
        metadataLines.set(line, [field]);
        given.set(line, k === got.lines.length - 1 ? got.value : undefined);
      });
    }
  }
  // A date a widget printed over several lines is all of them, its value their parts joined.
  for (const [field, line] of Object.entries(header))
    for (const part of clues[line]!.dateParts ?? [line])
      metadataLines.set(part, [...(metadataLines.get(part) ?? []), field as MetadataField]);
  if (titleRest !== undefined) metadataLines.set(titleRest, ['title']);
  const surroundings = classifySurroundings(clues, { essay, asides, isAbout }, new Set(metadataLines.keys()));
  const metadata: Detection['metadata'] = {};
  const detected = captured.map((text, i): DetectedLine => {
    const line = i + 1;
    const c = clues[i]!;
    if (c.features.blank) return { line, role: 'blank', text, reason: 'blank line' };
    // The original's title quoted over the translation is the title's line, but not its value.
    if (i === titleOriginal) return { line, role: 'metadata', fields: ['title'], text, reason: ORIGINAL_TITLE_REASON };
    const fields = metadataLines.get(i);
    if (fields) {
      if (given.has(i)) {
        const value = given.get(i);
        if (value !== undefined) metadata[fields[0]!] = value;
      } else {
        // A title over two lines is their values joined by a space.
        for (const field of fields)
          metadata[field] =
            metadata[field] === undefined ? metadataValue(c, field, known) : `${metadata[field]} ${metadataValue(c, field, known)}`;
      }
      const field = fields[0]!;
      const reason = given.has(i)
        ? `the ${field} in the Markdown front matter`
        : i > essay.end
          ? `${field === 'author' ? 'byline' : 'dateline'} signing the essay, after it`
          : METADATA_REASONS[field];
      return { line, role: 'metadata', fields, text, reason };
    }
    if (i >= essay.start && i <= essay.end && !asides.has(i)) {
      const stray = strayWidgetLine(clues, i, evidence?.scores);
      return essayLine(stray ? { ...c, signal: stray } : c, line, text);
    }
    const signal = surroundings[i]!;
    return { line, role: 'boilerplate', category: signal.category, text, reason: signal.reason };
  });
  return { lines: detected, metadata };
}

/**
 * The essay less its last paragraph when that paragraph opens with the name of the author its byline gives ("Haotian is an
 * independent researcher …", "Haotian ist unabhängiger …"): the author's bio, which the page adds. An essay does not
 * speak of its author by name in its last paragraph.
 */
function withoutAuthorBio(clues: readonly LineClues[], essay: Span, asides: ReadonlySet<number>, author: string | undefined): Span {
  const name = author?.split(/\s/u)[0];
  if (name === undefined || name.length < MIN_NAME_CHARS) return essay;
  const own = nonBlank(clues, essay).filter((i) => !asides.has(i));
  const last = own.at(-1);
  if (last === undefined || own.length < 2 || !clues[last]!.features.prose) return essay;
  const text = clues[last]!.features.trimmed;
  return text.startsWith(name) && endsWord(name, text.slice(name.length)) ? { start: essay.start, end: own.at(-2)! } : essay;
}

/**
 * True when `rest`, the text after `word`, does not go on with the word: it opens with no letter or digit ("Haotian is",
 * "Haotian, a researcher", "Haotian，獨立研究員"), or with a letter of another script ("Haotian是"). "Haotians" goes on.
 */
function endsWord(word: string, rest: string): boolean {
  const next = rest.codePointAt(0);
  if (next === undefined) return true;
  const char = String.fromCodePoint(next);
  if (!/[\p{L}\p{N}\p{M}]/u.test(char)) return true;
  const latin = /\p{Script=Latin}/u;
  return latin.test(word.at(-1)!) !== latin.test(char);
}

/** A name shorter than this ("Al") may open a sentence as another word. */
const MIN_NAME_CHARS = 3;

/** Characters of a line that are read: some twenty long paragraphs, more than this essay pasted as one line. Reading costs
 * some tens of microseconds a character (every phrase list is tried at each), so a longer line only costs time. */
const MAX_READ_CHARS = 20_000;

/** Distinct names of the essay (in reposts of another language) that hold a line as the essay's: one may be an advert's. */
const HELD_NAMES = 2;

const ORIGINAL_TITLE_REASON = 'the original’s title, quoted in another script above the translated one';

const METADATA_REASONS: Record<MetadataField, string> = {
  title: 'title-shaped line in the header above the essay',
  author: 'byline in the header above the essay',
  date: 'dateline in the header above the essay',
};

function essayLine(c: LineClues, line: number, text: string): DetectedLine {
  // Only a bridged gap can hold a signalled line inside the essay's span (a thread post's header is an aside): it stays boilerplate.
  const { signal } = c;
  if (signal) return { line, role: 'boilerplate', category: signal.category, text, reason: `${signal.reason}, inside the essay` };
  const reason = c.features.prose
    ? 'prose in the essay’s main run'
    : c.features.numberedLead
      ? 'numbered section lead inside the essay'
      : 'short line inside the essay';
  return { line, role: 'body', text, reason };
}

/**
 * A short line between essay paragraphs that is glued (no blank line between) to a boilerplate line
 * and is not the essay's continues that widget ("Trade now" under a price ticker) and takes its
 * category. Not the essay's: with evidence, it shares nothing with the known essay; without, it
 * is worded like chrome (campaign or notice vocabulary, a button's label).
 */
function strayWidgetLine(clues: readonly LineClues[], i: number, scores: readonly number[] | undefined): LineSignal | undefined {
  const c = clues[i]!;
  if (c.signal || c.features.prose || c.features.numberedLead) return undefined;
  // Right under a box's title ("ADVERTISEMENT" / "Tap to load"), a short line is the box's, whatever its words.
  const title = clues[i - 1]?.signal;
  if (title?.boxTitle) return { category: title.category, reason: `under a ${categoryName(title.category)} box's title` };
  const foreign = scores ? scores[i]! === 0 : weakSignal(c.features) !== undefined;
  if (!foreign) return undefined;
  // Blank lines carry no signal: a signalled neighbour is glued to the line.
  const glued = [clues[i - 1], clues[i + 1]].find((n) => n?.signal !== undefined)?.signal;
  const why = scores ? 'sharing nothing with the essay' : 'worded like page chrome';
  return glued && { category: glued.category, reason: `beside a ${categoryName(glued.category)} line, ${why}` };
}

/** The frontmatter value of a metadata line: it must occur verbatim in the line. */
function metadataValue(c: LineClues, field: MetadataField, known: Evidence): string {
  const t = c.features.trimmed;
  if (field === 'author')
    // A handle stands as written ("@haotian_cx"); a forum's "u/" is its interface's.
    return (
      c.author ??
      knownAuthorIn(t, known.authors) ??
      labelledName(t) ??
      nameBeforeTagline(t) ??
      (HANDLE_LINE.test(t) ? t : t.replace(HANDLE_SIGN, ''))
    );
  if (field === 'date') return c.date!.value;
  return untaggedValue(c.features.trimmed);
}
