import { AUTHOR_LABEL, DATE_LABEL, REACTION_ROW } from './known-phrases.ts';
import type { BoilerplateCategory } from '../../corpus/ledger/taxonomy.ts';
import type { LanguageProfile } from '../../engine/text/profile.ts';
import { contentTerms, isOnTopic, LABELLED_ON_TOPIC, namesTopic, sharesKeyTerms, withInflections } from './content-terms.ts';
import { isMetadataShaped, isPlain, type LineClues } from './line-clues.ts';
import { ESSAY_EVIDENCE, type LineEvidence } from './line-evidence.ts';
import { LEADING_EMOJI, LIST_BULLET } from './line-features.ts';
import { isInOtherLanguage } from './other-language.ts';
import { pageBreaks } from './page-breaks.ts';
import { chromeLabelIn } from './phrase-category.ts';
import { weakSignal } from './classify-line.ts';
import { HANDLE_LINE, isCaption, isPosterLine, isDecoratedHeadline, isTitleShaped, MAX_TITLE_WORDS, readHeader } from './read-header.ts';
import { isNextSection, isSectionAfter, sectionNumber } from './sections.ts';
import { gluedBlocks, nearestLine, nonBlank, type Span } from './span.ts';
import { withFirstSection, withoutFurnitureEdges, withoutHeadline } from './span-edges.ts';

/** A cut-off sentence has a few words at least; a button's label has fewer. */
const MIN_FRAGMENT_WORDS = 4;
/** A line of two content terms or more sharing under a tenth of their weight with the known reposts is not the essay's. */
const MIN_FOREIGN_TERMS = 2;
const FOREIGN = 0.1;
/** A line quoted whole: an opening quotation mark, the quotation, its closing mark (a pull quote). */
const QUOTED = /^["“„«»「『‘][^"“”„«»「」『』]+["”“»«」』’]$/u;
/** Content terms a pull quote holds at least, and the share of them a longer line of the essay must hold. */
const MIN_QUOTED_TERMS = 4;
const QUOTED_SHARE = 0.8;
/** A line drawn across the page: dashes, rules, stars or dots alone. */
const RULE = /^[-–—_=*·•~\u2500-\u257F\s]{3,}$/u;
/** Names of the essay (counted per line) a run must hold to continue it by names alone. */
const MIN_RUN_NAMES = 3;
/** A gap between two runs of the essay holds at most this many non-blank lines. */
const MAX_GAP_LINES = 4;
/** Non-blank lines the run beyond a box's button holds at least, for the essay to go on across it (`isCrossable`). */
const MIN_LINES_PAST_BUTTON = 2;
/** A box set inside an article (a sign-up form, a most-read list, a caption and a "read also" link) holds at most this many. */
const MAX_BOX_LINES = 12;
/** Inline widgets and adverts the essay spans (they stay boilerplate); a banner, a notice, a related list, share buttons or a byline end it. */
const INLINE: ReadonlySet<BoilerplateCategory> = new Set([
  'price-ticker',
  'spam-advert',
  'site-navigation',
  'stray-timestamp',
  'reading-time',
]);
/** The kinds of wording a campaign's line has: the host's own, or a third party's advert. */
const CAMPAIGNS: ReadonlySet<BoilerplateCategory> = new Set(['promo-banner', 'spam-advert']);
/** A run of prose lines (blank lines may sit between them) with its weight in characters of prose. */
interface ProseRun extends Span {
  /** Characters of prose in the run: long paragraphs outweigh many short lines. */
  weight: number;
}

/** Where the essay is. */
export interface EssaySpan {
  /** The essay's lines; empty (start after end) when the capture has no prose. */
  essay: Span;
  /** Lines inside the span that are not the essay's: an inline advert it spans (see `acrossInlineAdverts`). */
  asides: ReadonlySet<number>;
  /** True when a text shares the essay's topic (its content terms). */
  isAbout(text: string): boolean;
  /** True when a phrase of a few words names the essay's topic: half its content terms, two at least (or `least`), are the essay's. */
  namesTopic(text: string, least?: number): boolean;
  /** True when a line is in another language than the essay's (`isInOtherLanguage`): an original's title quoted over it. */
  inOtherLanguage(text: string): boolean;
}

/**
 * Finds the essay's lines: runs of prose-shaped lines without a strong boilerplate signal,
 * grouped across inline widgets; the heaviest group, less a line glued to a chrome block or
 * repeating another paragraph at its ends. A last line cut off mid-sentence counts as prose.
 */
export function essaySpan(
  clues: readonly LineClues[],
  evidence: LineEvidence | undefined,
  profile: LanguageProfile,
  names?: readonly number[],
): EssaySpan {
  // A capture cut off mid-sentence ends on a line too short to look like prose: its last line, of a
  // few words and not ending like a sentence (a notice in the page's language does), counts as prose.
  const last = clues.findLastIndex((c) => !c.features.blank);
  const fragment = (i: number) => i === last && !clues[i]!.features.endsSentence && clues[i]!.features.words >= MIN_FRAGMENT_WORDS;
  // A line of a few words the known reposts hold is the essay's whatever its shape: a slide's bullet point.
  const held = (i: number) =>
    evidence !== undefined && evidence.scores[i]! >= ESSAY_EVIDENCE && clues[i]!.features.words >= MIN_FRAGMENT_WORDS;
  // An item of the list the essay's prose is bulleted in, a few words at least, is the essay's too: a slide's point.
  const listed = listItemOf(clues);
  const headlines = relatedHeadlines(clues);
  const prose = clues.map((c, i) => isPlain(c) && !headlines.has(i) && (c.features.prose || held(i) || fragment(i) || listed(i)));
  // With evidence, a run weighs what it shares with the known essay: an unrelated article outweighs
  // nothing, however long it is. With reposts in other languages only, the lines that name what the
  // essay names weigh.
  const weight = (i: number) => clues[i]!.features.chars * (evidence ? evidence.scores[i]! : names ? Number(names[i]! > 0) : 1);
  const known = evidence !== undefined || names !== undefined;
  // A rule parts runs only where the known reposts can say which side is the essay: without them, it parts sections.
  // A post of a thread continues the essay across the next post's header (its name and date) when a part counter,
  // above it or at either of its ends, says so ("(2/2)", "3/12"): the known reposts may hold a reply's quotation too.
  // So does a header that repeats one above the gap word for word, time and all: a chat app prints a long message it
  // split in two under its channel's name and time again ("Kripto Gündem, [17.06.2025 14:32]"), a social network
  // each post of a thread under its poster's handle ("@kasper@norden.social"; a reply is under another's), a reading
  // app's export each clipping under the title it is from.
  const firstHeader = new Map<string, number>();
  clues.forEach((c, i) => {
    const t = c.features.trimmed;
    if ((isMetadataShaped(c) || HANDLE_LINE.test(t) || isRepeatableTitle(c)) && !firstHeader.has(t)) firstHeader.set(t, i);
  });
  const repeated = (i: number, gap: Span) => (firstHeader.get(clues[i]!.features.trimmed) ?? gap.start) < gap.start;
  // A handle the thread has not shown before is another poster's: a reply heads the later run, whatever date it shares
  // with the thread's posts ("Marco Zürcher" / "@marco@chaos.social" / "17. Juni").
  // (A handle first shown in a gap, with none above it, is the thread's poster's own: the first post had a byline.)
  const firstHandle = clues.findIndex((c) => HANDLE_LINE.test(c.features.trimmed));
  const reply = (gap: Span) =>
    firstHandle >= 0 &&
    firstHandle < gap.start &&
    nonBlank(clues, gap).some((i) => HANDLE_LINE.test(clues[i]!.features.trimmed) && !repeated(i, gap));
  // (`reach` asks `reply` first: a reply's gap is never asked whether it is threaded.)
  const threaded = (run: ProseRun, gap: Span) =>
    nonBlank(clues, gap).some((i) => repeated(i, gap)) ||
    [...nonBlank(clues, gap), run.start, run.end].some((i) => isPartCounted(clues[i]!.features.trimmed));
  // A post quoted inside the essay, or a comment under it, is the only one its poster prints: a thread's poster prints
  // their handle with every post.
  const posters = new Map<string, number>();
  for (const c of clues) if (isPosterLine(c)) posters.set(c.features.trimmed, (posters.get(c.features.trimmed) ?? 0) + 1);
  const quoted = (run: Span, direct: boolean) => isQuotedPost(clues, run, (text) => posters.get(text) === 1, direct);
  const groups = proseGroups(clues, prose, weight, known, reply);
  // Read only when the known reposts weigh a run (`share`).
  const widget = known ? widgetBlockLines(clues, prose) : undefined;
  // Each line's terms are read once: the main group's are read again for the essay's topic.
  const read = new Map<number, string[]>();
  const terms = (lines: readonly number[]) =>
    lines.flatMap((i) => read.get(i) ?? read.set(i, contentTerms(clues[i]!.features.trimmed, profile)).get(i)!);
  // The main run widened over the runs that continue it, across the boxes set inside it.
  const widen = (main: ProseRun, backward = true) => {
    const mainTerms = terms(nonBlank(clues, main));
    const mainSet = new Set(mainTerms);
    // A run on the essay's topic continues it across any box a page sets inside it when the known reposts
    // hold most of its lines, or, without them, when it is not glued under a related list's title (its headlines).
    // Reposts in another language give names only, which many of the essay's paragraphs lack: a run continues it too
    // when it names three at least (a quoted reply or a teaser may name one or two) and names them half as often as the
    // main run does, at least: in as many of its lines, or as many names a line (a run's names may cluster in a few).
    const shown = (i: number) => (evidence ? evidence.scores[i]! >= ESSAY_EVIDENCE : names![i]! > 0);
    // A widget's block the run crossed inside (a sign-up form's lines) dilutes nothing; a post's header (a name, a date) does.
    const share = (run: Span) => {
      const lines = nonBlank(clues, run).filter((i) => !widget?.[i]);
      return lines.filter(shown).length / Math.max(1, lines.length);
    };
    const needed = evidence || !names ? 0.5 : share(main) / 2;
    const nameCount = (run: Span) => nonBlank(clues, run).reduce((sum, i) => sum + names![i]!, 0);
    const named = (run: Span) => evidence !== undefined || nameCount(run) >= MIN_RUN_NAMES;
    const density = (run: Span) => nameCount(run) / Math.max(1, nonBlank(clues, run).length);
    const evidenced = (run: ProseRun) => {
      if (!known) return clues[run.start - 1]?.signal?.category !== 'related-links';
      const seen = share(run);
      return seen >= 0.5 || (named(run) && (seen >= needed || (!evidence && density(run) * 2 >= density(main))));
    };
    // Either way round: the headed main run may be the essay's short opening, the run beyond the advert its bulk.
    // With the known reposts, a run they hold continues it too, whatever else (a caption) dilutes its topic.
    // An advert's copy, one line between its label and its button ("Advertentie" / "Beleg slimmer met …" / "Bekijk de
    // voorwaarden"), is on a crypto page's topic as often as the essay: only the known reposts can join it to the essay.
    const advert = (run: ProseRun) =>
      run.start === run.end &&
      clues[run.start - 1]?.signal?.category === 'spam-advert' &&
      clues[run.start - 1]!.signal!.boxTitle === true &&
      clues[run.end + 1] !== undefined &&
      isPlain(clues[run.end + 1]!) &&
      !clues[run.end + 1]!.features.prose;
    const continues = (run: ProseRun) => {
      if (advert(run)) return known && evidenced(run);
      const runTerms = terms(nonBlank(clues, run));
      return (
        isOnTopic(runTerms, mainSet) ||
        isOnTopic(mainTerms, new Set(runTerms)) ||
        sharesKeyTerms(mainTerms, runTerms) ||
        (known && evidenced(run))
      );
    };
    return acrossInlineAdverts(clues, groups, main, { continues, evidenced, threaded, reply, quoted }, known, backward);
  };
  // Without evidence, an article is weighed whole from its header down: its opening, a box, and the rest of it.
  const main = known ? heaviestRun(groups) : headedOrHeaviest(clues, groups, (run) => widen(run, false).span);
  if (!main)
    return {
      essay: { start: clues.length, end: clues.length - 1 },
      asides: new Set(),
      isAbout: () => false,
      namesTopic: () => false,
      inOtherLanguage: () => false,
    };
  const { span, asides } = widen(main);
  // The headline off, the line under it is the span's edge: a photo's caption there is the page's too. An edge off (a
  // teaser over the box between it and the essay), the span's edge is the next line of its own, not an aside of the box.
  const own = (edged: Span): Span => {
    const kept = nonBlank(clues, edged).filter((i) => !asides.has(i));
    return kept.length === 0 ? edged : { start: kept[0]!, end: kept.at(-1)! };
  };
  let essay = withFirstSection(clues, withoutFurnitureEdges(clues, withoutHeadline(clues, own(withoutFurnitureEdges(clues, span)))));
  const lines = nonBlank(clues, essay);
  // A pull quote is set near the passage it quotes: within a box's reach of lines on either side. Linear.
  const isPullQuote = (k: number) => {
    const c = clues[lines[k]!]!.features;
    if (!QUOTED.test(c.trimmed)) return false;
    const own = terms([lines[k]!]);
    if (own.length < MIN_QUOTED_TERMS) return false;
    return lines.slice(Math.max(0, k - MAX_BOX_LINES), k + MAX_BOX_LINES + 1).some((j) => {
      if (clues[j]!.features.chars <= c.chars) return false;
      const theirs = new Set(terms([j]));
      return own.filter((t) => theirs.has(t)).length >= QUOTED_SHARE * own.length;
    });
  };
  // A line the known reposts do not hold is the page's, wherever it stands ("No spam. Unsubscribe at any time.").
  // Without them, a line holding a known label of chrome ("Thanks for reading! Subscribe for free …") that does not
  // share the essay's topic with its other lines is the page's: the label names it, its words decide.
  // The other lines' terms are counted once: linear in the essay. Only unworded lines vouch for a line's topic: a box
  // printed twice ("Thanks for reading …" mid-post and at the end) shares all its words with its copy.
  const labelled = (i: number) => chromeLabelIn(clues[i]!.features.trimmed) !== undefined;
  // So is a line worded as a notice ("… not investment advice", "本站立场") off the essay's topic: its wording names it.
  // And a line a banner's emoji opens, worded as a campaign ("🎁 Nạp lần đầu … mã giới thiệu …"): an essay on airdrops
  // may speak of rewards, but its paragraphs share its topic. Each line's wording is read once, however often it is asked.
  const isWorded = (i: number) => {
    if (labelled(i)) return true;
    const weak = weakSignal(clues[i]!.features)?.category;
    return weak === 'disclaimer' || (weak !== undefined && CAMPAIGNS.has(weak) && LEADING_EMOJI.test(clues[i]!.features.trimmed));
  };
  const wording = new Map<number, boolean>();
  const worded = (i: number) => wording.get(i) ?? wording.set(i, isWorded(i)).get(i)!;
  // A box set inside the essay (a paywall's notice and buttons, a sign-up form) is a short block of glued lines, parted from
  // the paragraphs by blank lines: beside a worded line, its other lines vouch for nothing either.
  const boxes = wordedBlocks(clues, essay, worded);
  const kept = new Set<string>();
  if (!evidence) for (const i of lines) if (!asides.has(i) && !worded(i) && !boxes.has(i)) for (const t of terms([i])) kept.add(t);
  for (const i of lines) {
    const foreign = evidence
      ? (evidence.scores[i]! < FOREIGN && terms([i]).length >= MIN_FOREIGN_TERMS) || (evidence.scores[i]! < ESSAY_EVIDENCE && labelled(i))
      : worded(i) && !isOnTopic(terms([i]), kept, LABELLED_ON_TOPIC);
    if (foreign) asides.add(i);
  }
  // The box of a worded line found the page's is the page's, but for a line on the essay's topic or a section's heading.
  if (!evidence)
    for (const [i, block] of boxes)
      if (!worded(i) && block.some((k) => worded(k) && asides.has(k)) && sectionNumber(clues[i]!) === undefined)
        if (!isOnTopic(terms([i]), kept, LABELLED_ON_TOPIC)) asides.add(i);
  // A short line printed more than once inside the essay, numbers aside, is a page's running header or
  // footer ("Research Notes", "Page 2 of 3"): a heading of the essay stands once.
  const short = lines.filter((i) => !clues[i]!.features.prose);
  const key = (i: number) => clues[i]!.features.trimmed.toLowerCase().replace(/\d+/gu, '#');
  const printed = new Map<string, number>();
  for (const i of short) printed.set(key(i), (printed.get(key(i)) ?? 0) + 1);
  for (const i of short) if (printed.get(key(i))! > 1) asides.add(i);
  for (const i of pageBreaks(clues, lines)) asides.add(i);
  // A photo's caption with its credit is the page's wherever it stands; so is a pull quote, a quotation of words the
  // essay's own paragraphs say (most of its terms are one longer line's), set between them.
  lines.forEach((i, k) => {
    if (k > 0 && (isCaption(clues[i]!.features.trimmed) || isPullQuote(k))) asides.add(i);
  });
  // At the essay's end, a short line glued above a line of the page's (an aside, or the first line past the essay) heads
  // that line (an author box's name over the author's bio, a signature over a translator's note), not the essay.
  // The essay ends before it: a signature under the essay is still read there.
  let ownLines = lines.filter((i) => !asides.has(i));
  // A short line of the page's own wording that closes the span is the page's too (a translator's credit under the
  // signature, "Lược dịch: Thu Hà"): the signature above it is then glued above a line of the page's.
  while (ownLines.length > 1 && !clues[ownLines.at(-1)!]!.features.prose && clues[ownLines.at(-1)!]!.signal !== undefined)
    asides.add(ownLines.pop()!);
  const closing = ownLines.at(-1);
  const pages = (i: number) => asides.has(i) || (i > essay.end && clues[i]?.features.blank === false);
  if (closing !== undefined && closing !== ownLines[0] && !clues[closing]!.features.prose && pages(closing + 1)) {
    ownLines = ownLines.slice(0, -1);
    essay = { start: essay.start, end: ownLines.at(-1)! };
    for (const i of [...asides]) if (i > essay.end) asides.delete(i);
  }
  const topic = new Set(terms(ownLines));
  const named = withInflections(topic);
  return {
    essay,
    asides,
    isAbout: (text) => isOnTopic(contentTerms(text, profile), topic),
    namesTopic: (text, least) => namesTopic(contentTerms(text, profile), named, least),
    inOtherLanguage: (text) => isInOtherLanguage(text, profile),
  };
}

/**
 * The groups of prose in a capture: blocks of `prose` lines (a blank line or any other line ends
 * one, a short title too: it keeps a banner from the essay), joined across a short block the essay
 * spans (`isCrossable`) unless one is glued to boilerplate (`isTainted`): a note glued to the tags
 * under the essay keeps only itself out, not the paragraphs above it. A `reply`'s header (another poster's handle)
 * parts them whatever its length. Linear.
 */
function proseGroups(
  clues: readonly LineClues[],
  prose: readonly boolean[],
  weight: (line: number) => number,
  fenced: boolean,
  reply: (gap: Span) => boolean,
): ProseRun[] {
  const runs: ProseRun[] = [];
  let current: ProseRun | undefined;
  clues.forEach((c, i) => {
    if (c.features.blank || !prose[i]) {
      current = undefined;
    } else if (current) {
      current.end = i;
      current.weight += weight(i);
    } else {
      current = { start: i, end: i, weight: weight(i) };
      runs.push(current);
    }
  });
  const groups: (ProseRun & { tainted: boolean })[] = [];
  for (const run of runs) {
    const last = groups.at(-1);
    // Only the first run of prose may stand under a post's emoji-decorated headline: later, such a line titles a box.
    const tainted = isTainted(clues, run, groups.length === 0);
    const gap = { start: (last?.end ?? -1) + 1, end: run.start - 1 };
    // A poster's handle between two runs heads a post: whether it goes on with the essay is `reach`'s to say.
    const handled = nonBlank(clues, gap).some((i) => isPosterLine(clues[i]!));
    if (last && !last.tainted && !tainted && !handled && !reply(gap) && isCrossable(clues, gap, { fenced })) {
      last.end = run.end;
      last.weight += run.weight;
    } else {
      groups.push({ ...run, tainted });
    }
  }
  return groups;
}

/** Prose lines bulleted alike that make a list of the page's own prose. */
const MIN_LIST_PROSE = 2;

/**
 * True for a line of a few words at least (`MIN_FRAGMENT_WORDS`) that opens with the bullet of a
 * list whose items include prose (at least `MIN_LIST_PROSE` prose lines carry it): a slide's or a
 * summary's point that ends no sentence. A menu's items are shorter, and a bullet that no prose
 * line carries marks no such list. Linear.
 */
function listItemOf(clues: readonly LineClues[]): (line: number) => boolean {
  const bulletOf = (c: LineClues) => LIST_BULLET.exec(c.features.trimmed)?.[0].trim();
  const proseCount = new Map<string, number>();
  for (const c of clues) {
    const bullet = c.features.prose ? bulletOf(c) : undefined;
    if (bullet !== undefined) proseCount.set(bullet, (proseCount.get(bullet) ?? 0) + 1);
  }
  return (i) => {
    const c = clues[i]!;
    const bullet = bulletOf(c);
    return bullet !== undefined && (proseCount.get(bullet) ?? 0) >= MIN_LIST_PROSE && c.features.words >= MIN_FRAGMENT_WORDS;
  };
}

/**
 * The headlines glued under a related list's title ("Read also" / "Three networks cut fees. Here's who paid for it"): a
 * headline is no longer than a title and ends no sentence. The first line that does is not the list's: on a page with
 * no blank lines, the essay's next section (or a FAQ's first question and its answer). Linear.
 */
function relatedHeadlines(clues: readonly LineClues[]): Set<number> {
  const items = new Set<number>();
  clues.forEach((c, i) => {
    if (c.signal?.category !== 'related-links' || !c.signal.boxTitle) return;
    for (let k = i + 1; k < clues.length && isPlain(clues[k]!) && isHeadline(clues[k]!.features); k++) items.add(k);
  });
  return items;
}

/** True when a line may be a headline: no more words than a title, and no sentence's end (a question opens a FAQ's answer). */
const isHeadline = (f: LineClues['features']): boolean => !f.blank && f.words <= MAX_TITLE_WORDS && !f.endsSentence;

/** The essay's main run: the heaviest group of prose (the first of equals). */
function heaviestRun<R extends ProseRun>(runs: readonly R[]): R | undefined {
  return runs.reduce<R | undefined>((best, run) => (!best || run.weight > best.weight ? run : best), undefined);
}

/**
 * The main group widened over its neighbours that continue the essay (`continues`: they share its
 * topic, the one the known reposts share when there is evidence) across a short
 * inline advert (`isCrossable`): a page that drops "ADVERTISEMENT / Trade now / Learn more"
 * after the second paragraph must not cut the essay's opening off as a teaser. Across a larger box
 * (a sign-up form, a most-read list) only a run that is `evidenced` continues it. A teaser that
 * repeats the opening is still dropped afterwards by `withoutFurnitureEdges`.
 * With `backward` false, it is widened down only: the article under a header.
 */
function acrossInlineAdverts(
  clues: readonly LineClues[],
  groups: readonly ProseRun[],
  main: ProseRun,
  runs: {
    continues: (run: ProseRun) => boolean;
    evidenced: (run: ProseRun) => boolean;
    threaded: (run: ProseRun, gap: Span) => boolean;
    reply: (gap: Span) => boolean;
    quoted: (run: Span, direct: boolean) => boolean;
  },
  fenced: boolean,
  backward = true,
): { span: Span; asides: Set<number> } {
  const { continues, evidenced, threaded, reply, quoted } = runs;
  const at = groups.indexOf(main);
  const asides = new Set<number>();
  // The last numbered line at or before each line, read once: the essay's numbering so far is one look-up.
  const lastNumbered = new Int32Array(clues.length);
  clues.forEach((c, i) => {
    lastNumbered[i] = sectionNumber(c) !== undefined ? i : i > 0 ? lastNumbered[i - 1]! : -1;
  });
  // And the first at or after each line: where a run's numbering begins.
  const nextNumbered = new Int32Array(clues.length + 1).fill(clues.length);
  for (let i = clues.length - 1; i >= 0; i--) nextNumbered[i] = lastNumbered[i] === i ? i : nextNumbered[i + 1]!;
  let first = at;
  let last = at;
  // The essay's numbering so far starts at the heading right above its first run.
  const numberedFrom = () => Math.max(0, nearestLine(clues, groups[first]!.start, -1));
  // The nearest run on each side that continues the essay; runs skipped on the way are the advert's.
  const reach = (from: number, step: 1 | -1): number => {
    // Read backwards, a post's text stands right under its header, and the post is crossed once its text is passed: a
    // byline's handle over the essay's opening heads the essay.
    const isQuoted = (run: Span) => quoted(run, step === -1);
    let passedPost = false;
    for (let k = from + step; k >= 0 && k < groups.length; k += step) {
      const [a, b] = step === 1 ? [groups[from]!, groups[k]!] : [groups[k]!, groups[from]!];
      const gap = { start: a.end + 1, end: b.start - 1 };
      // The header in the gap is the later run's: that run's counter says whether it is the thread's next post.
      // A reply ends the thread: another poster's header parts it from what follows.
      if (reply(gap)) return from;
      const headers = threaded(b, gap);
      const narrow = isCrossable(clues, gap, { headers, fenced });
      // A box's button is crossed to reach more of the essay: a run of lines, not a lone line of the box's further copy.
      const buttons = nonBlank(clues, groups[k]!).length >= MIN_LINES_PAST_BUTTON;
      // The essay's sections say where it goes on, whatever their topic. After it, a heading that goes on with its numbering
      // so far ("3) …" after "2) …") heads more of it: anywhere in a narrow gap, or opening the run beyond a box ("2) …" after
      // a "Read also" box). Before it, a run under or holding one numbered heading ("1) …"), and no other number, that the
      // essay's heading goes on with ("2) …") opens it: in a narrow gap, or across a box as the later run's first heading (a
      // list's numbered items, "1. …", "2. …", are no section); so does the run right above its first section ("1) …"),
      // across a narrow gap: its introduction. Either way, across a box, a run whose first heading ("2) …") goes on with the
      // earlier run's only one ("1) …") is the essay's, wherever in the run that heading stands.
      const [own, top] = [lastNumbered[a.end]!, Math.max(0, nearestLine(clues, a.start, -1))];
      const opening = narrow ? gap : { start: nearestLine(clues, b.start, -1), end: b.start };
      const single = own >= top && (own === 0 || lastNumbered[own - 1]! < top);
      const later = nextNumbered[b.start]!;
      const goesOn = single && later <= b.end && isSectionAfter(clues[own]!, clues[later]!);
      const numbered =
        goesOn ||
        (step === 1
          ? isNextSection(clues, opening, own, numberedFrom())
          : narrow &&
            ((single && isNextSection(clues, gap, own, own)) ||
              [...nonBlank(clues, gap), b.start].some((i) => sectionNumber(clues[i]!) === 1)));
      // A post quoted inside the essay (an embedded tweet: a name, a handle, its text, its date and counts) is a box its
      // handle says is one; only the known reposts can say the run beyond it is the essay's, or the essay's numbering
      // going on beyond it ("2) …" after "1) …").
      // (Read backwards, the post's text is the earlier run: its header stands right above it.)
      const headed = nonBlank(clues, gap).some((i) => isPosterLine(clues[i]!)) && (step === 1 || passedPost);
      const post = (fenced || numbered) && !headers && (headed || (step === -1 && isQuoted(a)));
      if (!narrow && !isCrossable(clues, gap, { box: MAX_BOX_LINES, headers, buttons, post })) return from;
      // A post the thread counts, or the known reposts hold, continues the essay whatever its topic.
      // The text glued under a quoted post's handle is the post's.
      if (!headers && isQuoted(groups[k]!)) {
        passedPost = true;
        continue;
      }
      if (!(headers || numbered || continues(groups[k]!)) || (!narrow && !headers && !numbered && !evidenced(groups[k]!))) continue;
      // Skipped runs and a box are the page's. A narrow gap of one line next to the run is the essay's as much as
      // one inside a group (a section heading between its parts), unless signalled or glued to a signalled line,
      // or a thread post's byline or dateline; a gap of several lines is a widget's (a sign-up box's field and button).
      // The heading of the essay's next section, right above the later run, is the essay's in any gap: one that goes on
      // with its numbering (a thread's next post opens with "3) …" under its header), counted from the earlier run
      // whichever way the essay is reached (the later run may be the main one, "2) …" its own heading), or a heading set
      // apart from the box above it by a blank line, right above the run it heads (blank lines may part them too).
      const gapLines = nonBlank(clues, gap);
      const adjacent = narrow && Math.abs(k - from) === 1 && gapLines.length === 1;
      const glued = (i: number) => [clues[i - 1], clues[i], clues[i + 1]].some((c) => c?.signal !== undefined);
      const heading = gapLines.at(-1);
      const heads = (i: number) =>
        i === heading &&
        isPlain(clues[i]!) &&
        (isNextSection(clues, { start: i, end: i }, own, Math.min(top, numberedFrom())) ||
          (nearestLine(clues, i, 1) === b.start && clues[i - 1]?.features.blank === true && isTitleShaped(clues[i]!)));
      for (let i = a.end + 1; i < b.start; i++) if ((!adjacent || glued(i) || isMetadataShaped(clues[i]!)) && !heads(i)) asides.add(i);
      return k;
    }
    return from;
  };
  if (backward) for (let k = reach(first, -1); k !== first; k = reach(first, -1)) first = k;
  for (let k = reach(last, 1); k !== last; k = reach(last, 1)) last = k;
  return { span: { start: groups[first]!.start, end: groups[last]!.end }, asides };
}

/**
 * Without evidence, the heaviest run, unless an article that weighs half as much at least carries a
 * byline or dateline above it: the page's own metadata marks its article, and the first such article
 * is the page's own (a later one is the next story). An article is weighed whole, the runs under its
 * header that continue it (`article`: its opening, a box set inside it, the rest of it), and its
 * heaviest run is the main one. A thread's replies, headed too, weigh less; an article under an
 * advert's label ("Anzeige", "Sponsored") is the advertorial.
 */
function headedOrHeaviest<R extends ProseRun>(clues: readonly LineClues[], groups: readonly R[], article: (run: R) => Span): R | undefined {
  // Under an advert's label: the last signalled line above the run, since the run before it, is the advert's. A menu's
  // "Advertise" item far above, under the site's other labels, heads nothing.
  const own = groups.filter(
    (run, k) => clues.slice(groups[k - 1]?.end ?? 0, run.start).findLast((c) => c.signal !== undefined)?.signal?.category !== 'spam-advert',
  );
  const heaviest = heaviestRun(own.length > 0 ? own : groups);
  if (heaviest === undefined) return undefined;
  const runsOf = (run: R) => {
    const span = article(run);
    return groups.filter((g) => g.start >= span.start && g.end <= span.end);
  };
  const weightOf = (runs: readonly R[]) => runs.reduce((sum, g) => sum + g.weight, 0);
  const isHeaded = (run: R) => {
    const header = readHeader(clues, run.start);
    return header.author !== undefined || header.date !== undefined;
  };
  // Only the page's first article is weighed whole: widening is not repeated for every post of a thread.
  let weighed = false;
  for (const run of own) {
    if (!isHeaded(run)) continue;
    if (run.weight * 2 >= heaviest.weight) return run;
    // A run glued under a box's line ("✨ AI summary") opens the box, not the article.
    if (weighed || clues[run.start - 1]?.signal !== undefined) continue;
    weighed = true;
    const runs = runsOf(run);
    if (weightOf(runs) * 2 >= weightOf(runsOf(heaviest))) return heaviestRun(runs);
  }
  return heaviest;
}

/**
 * A headline a page may print again over the next part of its text: title-shaped, not prose, as long as a headline is
 * and opened by no label. A menu's items and a post's tags ("Layer 2", "Штучний інтелект"), which a page prints again
 * too, are shorter.
 */
const isRepeatableTitle = (c: LineClues): boolean =>
  isPlain(c) &&
  !c.features.prose &&
  (c.features.words >= MIN_REPEATED_TITLE_WORDS || c.features.cjkChars >= MIN_REPEATED_TITLE_CJK) &&
  !LABEL_START.test(c.features.trimmed) &&
  isTitleShaped(c);
/** A line opened by a date's or an author's label: a publication's ("Published in Chain Reading Room"), not a headline. */
const LABEL_START = new RegExp(`${DATE_LABEL.source}|${AUTHOR_LABEL.source}`, 'iu');
/** Words of a headline printed again, at the least; characters in Chinese or Japanese. */
const MIN_REPEATED_TITLE_WORDS = 4;
const MIN_REPEATED_TITLE_CJK = 8;

/** How a gap between two runs is crossed (`isCrossable`). */
interface CrossingOptions {
  /** A box's reach in lines, instead of a short block's. */
  box?: number;
  /** The bylines and datelines of a thread's next post are crossed. */
  headers?: boolean;
  /** A rule fences the gap. */
  fenced?: boolean;
  /** A box's share button under its labelled copy is crossed. */
  buttons?: boolean;
  /** A quoted post's date and counts, under its header, are crossed. */
  post?: boolean;
}

/**
 * True when the lines between two runs of prose are a short block the essay spans: at most
 * `MAX_GAP_LINES` lines, no byline and no dateline (a date between runs heads the next item), each
 * either boilerplate of the given categories or unsignalled (a short heading, an advert's "Learn
 * more"). With `box`, a box of at most that many lines of any kind but a byline, a dateline or share buttons.
 * With `headers`, the bylines and datelines of a thread's next post do not bar the way. With `fenced`, a rule does.
 * With `buttons`, neither does a box's share button under the box's labelled copy. With `post`, neither do a quoted
 * post's date and counts, in the block under its header.
 */
function isCrossable(
  clues: readonly LineClues[],
  gap: Span,
  { box, headers = false, fenced = false, buttons = false, post = false }: CrossingOptions = {},
): boolean {
  let lines = 0;
  for (let i = gap.start; i <= gap.end; i++) {
    const c = clues[i]!;
    if (c.features.blank) continue;
    if (++lines > (box ?? MAX_GAP_LINES)) return false;
    // A box holds no byline or dateline (a byline's block is the header of the essay, or of another article), unless
    // it heads the next post of a thread, and no share buttons, which end an article (comments follow them).
    // A relative time ("3 hours ago") is an item's dateline as much as a date is.
    // With `post`, a quoted post's date and counts are crossed: the lines of its own block, under its header.
    const posted = post && inPostBlock(clues, i);
    if (isMetadataShaped(c) || c.signal?.category === 'stray-timestamp') {
      if (headers || posted) continue;
      return false;
    }
    // A box's own button is no share row: under the box's copy ("Thanks for reading …! This post is public, so …" /
    // "Share"), it is crossed with the box, when more of the essay lies beyond (`buttons`). Nor is a post's reactions or
    // counters ("👁 1.2K"), which a thread prints under each of its posts.
    if (
      box &&
      !posted &&
      c.signal?.category === 'share-widget' &&
      !REACTION_ROW.test(c.features.trimmed) &&
      !(buttons && chromeLabelIn(clues[nearestLine(clues, i, -1)]?.features.trimmed ?? '') !== undefined)
    )
      return false;
    if (box) continue;
    // A rule ("━━━━", "* * *") fences a box as often as it parts sections: with `fenced`, only a box's reach crosses it.
    if (fenced && RULE.test(c.features.trimmed)) return false;
    const category = c.signal?.category;
    if (category !== undefined && !INLINE.has(category) && !isInlineLink(c)) return false;
  }
  return true;
}

/**
 * A run glued to a boilerplate line (no blank line between), whose block it may continue: only its topic joins it to
 * the essay. A box's title below the run ("Advertisement") heads what follows it, not the run; a headline that emoji
 * decorate above it ("🧠 …", as social posts head their text) heads the run when it is the page's first (`headed`):
 * past the first prose, such a line titles a box ("💰 … Earn: up to 8 %"), and the sentence under it is the box's.
 * A line below taints only a run as short as an inline block (`MAX_GAP_LINES`), a box's copy over its button or a
 * footer's lines over its address: on a page with no blank lines, the essay's last section is glued to the notice under it.
 * A ticker's row taints none, above or below: it is a widget of its own, set between paragraphs.
 */
function isTainted(clues: readonly LineClues[], run: ProseRun, headed: boolean): boolean {
  const [before, after] = [clues[run.start - 1], clues[run.end + 1]];
  return (
    (before?.signal !== undefined && !isInlineWidget(before) && !(headed && isDecoratedHeadline(before))) ||
    (after?.signal !== undefined && !isInlineWidget(after) && !after.signal.boxTitle && nonBlank(clues, run).length <= MAX_GAP_LINES)
  );
}

/** A line set between paragraphs on its own: a link to another story, an advert of one line, a ticker's row. */
function isInlineWidget(c: LineClues): boolean {
  return isInlineLink(c) || isInlineAdvert(c) || c.signal?.category === 'price-ticker';
}

/**
 * A thread's part counter at a line's start or end ("(2/2)", "3/12 …", "… 3/12"): the second of a count of posts at least.
 * Inside a sentence a fraction is no counter ("… al-sat yap, 7/24 güvenle").
 */
const PART_COUNTER =
  /^[(（[【]?(\d{1,2})\s*\/\s*(\d{1,2})[)）\]】]?(?=$|[\s.:,])|(?:^|\s)[(（[【]?(\d{1,2})\s*\/\s*(\d{1,2})[)）\]】]?\.?$/u;

/** True when a line holds a thread's part counter past its first post. */
function isPartCounted(text: string): boolean {
  const m = PART_COUNTER.exec(text);
  if (m === null) return false;
  const [part, of] = [Number(m[1] ?? m[3]), Number(m[2] ?? m[4])];
  return part >= 2 && part <= of;
}

/** An advert of one line of copy, its label inside it ("【广告】…"), stands between paragraphs as a link to another story does. */
function isInlineAdvert(c: LineClues): boolean {
  return c.signal?.category === 'spam-advert' && c.features.prose;
}

/** A link to another story after a list's label ("Read also: …") stands between paragraphs; a related list, under its title, ends the article. */
function isInlineLink(c: LineClues): boolean {
  return c.signal?.category === 'related-links' && !c.signal.boxTitle;
}

/**
 * The lines of the short blocks of a span that hold a `worded` line, each with its block: a block is short when it holds
 * at most `MAX_GAP_LINES` lines (an inline block) and the span has others (a page without blank lines is one block). Linear.
 */
function wordedBlocks(clues: readonly LineClues[], span: Span, worded: (line: number) => boolean): Map<number, number[]> {
  const blocks = gluedBlocks(clues, span);
  const out = new Map<number, number[]>();
  if (blocks.length < 2) return out;
  for (const block of blocks) if (block.length <= MAX_GAP_LINES && block.some(worded)) for (const i of block) out.set(i, block);
  return out;
}

/**
 * Per line, true when it is no prose and stands in a block of glued lines that holds a signalled line or a label of chrome,
 * and no byline or dateline: a widget's block (a sign-up form: its title, its copy, its field, its button). A block with a
 * name or a date is a post's or a comment's. Linear.
 */
function widgetBlockLines(clues: readonly LineClues[], prose: readonly boolean[]): boolean[] {
  const out = new Array<boolean>(clues.length).fill(false);
  for (const block of gluedBlocks(clues, { start: 0, end: clues.length - 1 })) {
    const lines = block.map((i) => clues[i]!);
    if (lines.some((c) => c.signal !== undefined || chromeLabelIn(c.features.trimmed) !== undefined) && !lines.some(isMetadataShaped))
      for (const i of block) out[i] = !prose[i];
  }
  return out;
}

/** True when a line stands in a block of glued lines headed by a post's header (a name and a handle, its text, date and counts). */
function inPostBlock(clues: readonly LineClues[], i: number): boolean {
  for (let k = i; k >= 0 && !clues[k]!.features.blank; k--) if (isPosterLine(clues[k]!)) return true;
  return false;
}

/**
 * True when a post's header stands above a run, glued, with nothing but short lines between (its date, under a comment's
 * handle; none, when `direct`), and its poster prints it `once`: the run is the post's text.
 */
function isQuotedPost(clues: readonly LineClues[], run: Span, once: (header: string) => boolean, direct = false): boolean {
  for (let k = run.start - 1; k >= 0 && !clues[k]!.features.blank; k--) {
    if (isPosterLine(clues[k]!)) return once(clues[k]!.features.trimmed);
    if (clues[k]!.features.prose || direct) return false;
  }
  return false;
}
