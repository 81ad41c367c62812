import type { BoilerplateCategory } from '../../corpus/ledger/taxonomy.ts';
import { withoutClosingEmoji } from '../../corpus/repost/load-repost.ts';
import { isDateline, isEmojiDecorated, isMetadataShaped, isPlain, type LineClues } from './line-clues.ts';
import {
  AUTHOR_LABEL_ALONE,
  FOLLOW_LABEL,
  ORIGINAL_LABEL,
  IMAGE_BY,
  IMAGE_LABEL,
  IMAGE_CREDIT,
  IMAGE_NOTE,
  SOURCE_LABEL,
  TRANSLATION_CREDIT,
  TRANSLATION_WORD,
  UPDATE_LABEL,
} from './known-phrases.ts';
import { chromeLabelIn, phraseCategory } from './phrase-category.ts';
import { escapePattern } from './vocabulary.ts';
import {
  ACRONYM,
  isCaseless,
  LIST_BULLET,
  letterShare,
  MAX_PHRASE_JOINTS,
  MIN_LOWER_SHARE,
  OPENS_LOWER,
  SPACED_WORD,
} from './line-features.ts';
import { CASELESS_NAME, NAME } from './metadata-patterns.ts';
import { nearestLine } from './span.ts';
import type { EssaySpan } from './essay-span.ts';
import { isSiteName } from './masthead.ts';
import type { LineEvidence } from './line-evidence.ts';
import { COLONS } from '../../engine/text/colon.ts';
import { COMMAS } from '../../engine/text/comma.ts';
import { ANY_CLOSING_QUOTES, OPENING_QUOTES, SENTENCE_CLOSE } from '../../engine/text/quotes.ts';
import { FULL_STOP, QUESTION_MARKS, STOPS } from '../../engine/text/stops.ts';

/** The lines (0-based) that give the essay's title, author and date. */
export interface HeaderFields {
  title?: number;
  /** The title's second line, when a headline runs over two ("Capability Leap vs. Problem Shifting:" / "The Layered Paradox…"). */
  titleRest?: number;
  /** The original's title, quoted in another script over the translation that is the title ("Capability Leap vs. …" / "能力の飛躍か、…"). */
  titleOriginal?: number;
  author?: number;
  date?: number;
}

/** A line ending on a sentence's stop in any script, a question mark among them: no headline's first half runs on. */
const ENDS_WITH_STOP = new RegExp(`[${STOPS}]$`, 'u');
/** A line ending on a question mark (Greek writes it as a semicolon): a question over its headline's other half. */
const ENDS_WITH_QUESTION = new RegExp(`[${QUESTION_MARKS}]$|(?<=\\p{Script=Greek});$`, 'u');
/** A line ending open on a colon, comma or dash: it leads into what follows. */
const CLAUSE_OPEN_END = new RegExp(`[${COLONS}${COMMAS}—–-]$`, 'u');
/** A doubled dash opening a line: a headline's subtitle, as Japanese sets it ("――…"). */
const SUBTITLE_DASH = /^[―—]{2}/u;
/** A headline's two parts, joined by an ellipsis, a colon or a dash between words. */
const PARTED = new RegExp(`\\S\\s*(?:…|\\.{3}|[${COLONS}]|\\s[-–—]\\s|――)\\s*\\S`, 'u');
/** A comma or an enumeration comma: a line holding one runs on in clauses, as a dek does and a headline seldom. */
const CLAUSES = new RegExp(`[${COMMAS}]`, 'u');
/** A kicker's one-word section label and its colon ("Opinion: …"). */
const SECTION_LABEL = new RegExp(`^\\p{L}+[${COLONS}]\\s`, 'u');
/** A line ending on a colon, comma or enumeration comma: it opens a list. */
const LIST_OPEN_END = new RegExp(`[${COLONS}${COMMAS}]$`, 'u');
/** A line that ends on a full stop, a closing bracket or quote after it or not. */
const FULL_STOP_END = new RegExp(`${FULL_STOP}[${SENTENCE_CLOSE}]*$`, 'u');
/** A quotation's closing mark after the sentence it ends (a pull quote as a caption: "„… anderen.“ Illustration: …"). */
const CLOSING_QUOTE = `[${ANY_CLOSING_QUOTES}]`;
/**
 * The capitalised word and colon that label a photo's credit ("Foto:", "Illustration:"), or two in capitals ("PHOTO
 * ILLUSTRATION:"), or a Korean or Chinese word joined to the credit by an equals sign, as Korean papers print it ("사진=",
 * "그래픽=").
 */
const CREDIT_WORD = String.raw`(?:(?:\p{Lu}\p{Ll}+|\p{Lu}{2,}(?: \p{Lu}{2,})?)\s?[${COLONS}]|[\p{Script=Hangul}\p{Script=Han}]{1,6}[=＝])`;
/**
 * Letters of scripts that abbreviate nothing with a full stop: a sentence's last word may be a syllable ("… 비교."). (`CREDIT`
 * also takes a word of two letters whose second is outside ASCII, "… tác tử.": no abbreviation ends so, as "vs." does.)
 */
const UNABBREVIATED = String.raw`[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]`;
/**
 * A photo's credit after its caption: in brackets, a name ("… roadmap. (Northgate Wire / Archive)"; not a count,
 * "(2/2)", nor a sentence or an address in brackets, "(… findet ihr unter https://l2beat.com.)") or its word and colon
 * and whatever follows ("(Foto: KabarKripto/Dok.)", an abbreviation's stop at its end), or its word and colon or the
 * copyright sign after the caption's last sentence ("… Farben. Foto: Imago/Symbolbild", "… en couches. © Le Carnet
 * Crypto", a site's address with its dot, "… Eemshaven. Foto: Schakel.nu"; not "IA vs. cripto: …"), or a picture's word and
 * who made it ("… in three colours. Illustration by Northern Ledger staff").
 */
const CREDIT = new RegExp(
  `\\s*[(（](?:(?![^()（）]*(?:https?:|www\\.))[^()（）]*\\p{L}[^()（）]*(?<![${STOPS}])|${CREDIT_WORD}[^()（）]+)[)）]$|(?<=(?:\\p{L}{3}|\\p{L}[^\\P{L}\\x00-\\x7F]|${UNABBREVIATED})\\.${CLOSING_QUOTE}?|[${STOPS}](?<!\\.)${CLOSING_QUOTE}?)\\s*(?:${CREDIT_WORD}|©|${IMAGE_BY}|${IMAGE_LABEL})\\s*(?:[^${STOPS}${COLONS}]|[${STOPS}](?=\\p{L}))+$`,
  'u',
);
/**
 * A photo's caption: sentences, then the credit; or a phrase, a dash, then the credit's word and a name of a few words
 * ("… remendo — Foto: Reprodução/Freepik").
 */
const CAPTION = new RegExp(
  `[${STOPS}]${CLOSING_QUOTE}?(?:${CREDIT.source})|\\p{L}\\s[—–]\\s(?:${CREDIT_WORD}|©)\\s*[^\\s${STOPS}${COLONS}]+(?:\\s+[^\\s${STOPS}${COLONS}]+){0,5}$`,
  'u',
);
/** A credit on a line of its own: its word and colon, then a name ("Illustration: The Ledger Standard"). */
const CREDIT_LINE = new RegExp(`^${CREDIT_WORD}\\s*\\p{Lu}[^${STOPS}]*$`, 'u');
/** Words a credit line holds at most. */
const MAX_CREDIT_WORDS = 6;

/**
 * True when a line is a photo's caption with its credit (`CAPTION`), a note naming a picture (`IMAGE_NOTE`) or a picture's
 * credit (`IMAGE_CREDIT`): page furniture wherever it stands.
 */
export const isCaption = (trimmed: string): boolean => CAPTION.test(trimmed) || IMAGE_NOTE.test(trimmed) || IMAGE_CREDIT.test(trimmed);
/** True when a line is a photo's credit on its own (`CREDIT_LINE`), under its caption. */
export const isCreditLine = (f: LineClues['features'] | undefined): boolean =>
  f !== undefined && f.words <= MAX_CREDIT_WORDS && CREDIT_LINE.test(f.trimmed);
/** What stands before a breadcrumb's last item: a separator, spaced ("Blog › Insights › "). */
const BREADCRUMB_END = /\s[›>»/→]\s+$/u;
/**
 * True when a line repeats the last item of the breadcrumb glued above it, after its separator ("Blog › Insights ›
 * Layer Fatigue" / "Layer Fatigue"): the page's own name, its title however short.
 */
function endsBreadcrumb(above: LineClues | undefined, trimmed: string): boolean {
  const crumb = above?.features.trimmed ?? '';
  if (trimmed === '' || crumb.length <= trimmed.length || !crumb.endsWith(trimmed)) return false;
  return BREADCRUMB_END.test(crumb.slice(0, -trimmed.length));
}

/** Words a kicker holds at most ("GUEST POST", "Opinion"). */
const MAX_KICKER_WORDS = 3;

/**
 * True when line i repeats the last item of a breadcrumb glued above it, or glued above the kicker glued above it
 * ("Home › Essays › Layers" / "GUEST POST" / "Layers").
 */
function endsBreadcrumbAt(clues: readonly LineClues[], i: number): boolean {
  const trimmed = clues[i]!.features.trimmed;
  if (endsBreadcrumb(clues[i - 1], trimmed)) return true;
  const kicker = clues[i - 1]?.features;
  return (
    kicker !== undefined && !kicker.blank && !kicker.prose && kicker.words <= MAX_KICKER_WORDS && endsBreadcrumb(clues[i - 2], trimmed)
  );
}
/** A breadcrumb's separator on a line of its own. */
const BREADCRUMB_MARK = /^[›>»/→]$/u;
/** The header of a page is a handful of lines; reading further up reaches other page furniture. */
const MAX_HEADER_LINES = 40;
/** Lines a byline over the title stands above it at most: a kicker, a section's label. */
const MAX_LINES_OVER_TITLE = 2;
/** A title says something: three words at least, or two characters of a script without spaces ("論學"). */
const MIN_TITLE_WORDS = 3;
/** Headlines run to some twenty words; a longer line is a sentence cut off. */
export const MAX_TITLE_WORDS = 20;
const MIN_TITLE_CJK_CHARS = 2;
/** Two words are a title when both name the essay's topic ("Layered Paradox"); else a label ("Read more", "Mehr lesen"). */
const MIN_NAMING_TITLE_WORDS = 2;
/** A CJK headline runs to some twenty-four characters; a longer line under one is its dek. */
const MAX_HEADLINE_CJK_CHARS = 24;
/** Share of the longest title-shaped line's length a line stacked above it has when it is the headline over its dek. */
const NEAR_LENGTH = 0.8;
/** Share of lower-case words up to which a line is capitalised as a headline (articles and prepositions stay low). */
const MAX_HEADLINE_LOWER_SHARE = 0.25;

/** What the known reposts' titles say of each line (see `lineEvidence`). */
type TitleEvidence = Pick<LineEvidence, 'titleScores' | 'titleCover'>;

/** Non-blank lines after the essay read for a signature. */
const MAX_SIGNATURE_LINES = 4;

/** Title-shaped lines read above the essay before the header is taken as read (a kicker, the headline, a dek, two labels). */
const MAX_TITLE_CANDIDATES = 4;
/** A title the known reposts' titles share this weighted share of terms with is theirs. */
const TITLE_EVIDENCE = 0.5;

/**
 * Reads upward from the essay's first line for its title, author and date: the nearest byline and
 * dateline and up to four title-shaped lines, crossing blank lines, boilerplate and one paragraph
 * or block of them (an editor's summary, key points), stopping at more prose. The title is, of the candidates like
 * the known reposts' titles, the one that says most of them, if any; else the longest (a headline says more than the
 * labels and kickers around it), or the headline stacked above it when that is its dek. A bare name next to the
 * dateline or a follow button is the author when no byline says so.
 */
export function readHeader(
  clues: readonly LineClues[],
  essayStart: number,
  titles?: TitleEvidence,
  essayEnd = essayStart - 1,
  authors: readonly string[] = [],
  essay: Pick<EssaySpan, 'namesTopic' | 'inOtherLanguage'> = { namesTopic: () => false, inOtherLanguage: () => false },
): HeaderFields {
  const { namesTopic } = essay;
  const fields: HeaderFields = {};
  // A line the essay prints again is one of its headings listed above it (a table of contents), not the title.
  const headings = new Set(clues.slice(essayStart, essayEnd + 1).map((c) => c.features.trimmed));
  const candidates: number[] = [];
  let names: number[] = [];
  let crossedProse = false;
  let gluedToCrossed = false;
  // The first line of the longer block nearest the essay: a dek, when a headline stands glued over it.
  let dek: number | undefined;
  const stop = Math.max(0, essayStart - MAX_HEADER_LINES);
  for (let i = essayStart - 1; i >= stop && candidates.length < MAX_TITLE_CANDIDATES; i--) {
    const c = clues[i]!;
    if (c.features.blank) {
      gluedToCrossed = false;
      continue;
    }
    if (!c.signal && isDekLength(c.features) && (dek === undefined || i === dek - 1)) dek = i;
    const byline = c.author !== undefined || knownAuthorIn(c.features.trimmed, authors) !== undefined;
    // Above the byline or dateline, a paragraph may stand again between it and the title (a dek), whatever stood below
    // it (a translator's note).
    if ((byline || isDateline(c)) && fields.author === undefined && fields.date === undefined) crossedProse = false;
    if (byline) {
      fields.author ??= i;
      // A byline may date the essay too ("By Haotian · June 17, 2025").
      if (isDateline(c)) fields.date ??= i;
      continue;
    }
    if (isDateline(c)) {
      // Beside its publication date a page may print when it was updated: the first is the essay's. A repost may print
      // when it took the essay in ("Aggregated by … · Jun 18, 2025"): the date it labels the original's is the essay's.
      const original = (k: number) => ORIGINAL_LABEL.test(clues[k]!.features.trimmed);
      if (fields.date === undefined || isUpdate(clues, fields.date) || (original(i) && !original(fields.date))) fields.date = i;
      continue;
    }
    // The breadcrumb's last item repeated under it is the page's own name, whatever block it is glued into.
    if (endsBreadcrumbAt(clues, i)) {
      candidates.push(i);
      continue;
    }
    if (c.signal) {
      // Set apart, such a line is still the headline when it resembles the known reposts' titles, or names the essay's
      // topic ("🔥【深度】能力跃迁 vs 问题转移：AI 与 Crypto 的“分层悖论”"): a banner's line names its campaign.
      if (isDecoratedHeadline(c) && (isPostHeadline(clues, i, essayStart) || resemblesTitle(clues, i, titles, namesTopic)))
        candidates.push(i);
      continue;
    }
    if (labelledName(c.features.trimmed) !== undefined) names.push(i);
    else if (isCountedItem(clues, i) || isCountedItem(clues, i + 1, 1)) {
      // An item of a numbered list over the essay (a series' parts, a table of contents), or the list's title glued over
      // its first, is no headline, whatever it says.
    } else if (isTitleShaped(c) || (isTitleShaped(c, MIN_NAMING_TITLE_WORDS) && namesTopic(c.features.trimmed))) {
      // A breadcrumb copied one item a line ("Home" / "›" / "Opinion" / "›" / "Crypto & AI") ends on its section's name.
      // A line that emoji decorate, glued to a banner's line, is that banner's first ("🎉 … Season 3 — write and win!").
      const banner = c.features.emoji > 0 && [clues[i - 1], clues[i + 1]].some((n) => n?.signal?.category === 'promo-banner');
      if (!headings.has(c.features.trimmed) && !BREADCRUMB_MARK.test(clues[i - 1]?.features.trimmed ?? '') && !banner) candidates.push(i);
    } else if (FOLLOW_LABEL.test(c.features.trimmed)) {
      // A follow button is no name ("Seguir"), though a capitalised word alone.
    } else if (
      isBareName(c) ||
      isOwnHandle(clues, i) ||
      ((nameBeforeTagline(c.features.trimmed) !== undefined || SCREEN_NAME.test(c.features.trimmed)) && followed(clues, i)) ||
      isCaselessNameByDate(clues, i)
    )
      names.push(i);
    else if (c.features.prose && !isCaption(c.features.trimmed)) {
      // One paragraph, or one block of them, may stand between a title and its byline: the editor's summary,
      // a box of key points ("What to know: …"). A photo's caption, its credit in brackets after its last sentence, is
      // read past: it stands anywhere in a header.
      if (crossedProse && !gluedToCrossed) break;
      crossedProse = true;
      gluedToCrossed = true;
    }
  }
  // Above an essay in another script, a title in Latin letters alone next to one in the essay's script is the original's,
  // quoted over its translation ("Capability Leap vs. …" / "能力の飛躍か、…"): the page's own title is the translation.
  const latinEssay = latinShare(clues.slice(essayStart, Math.min(essayEnd, essayStart + ESSAY_SAMPLE_LINES) + 1)) >= 0.5;
  const latin = (i: number) => latinShare([clues[i]!]) === 1;
  // So is a title in another language than the essay's, next to one in the essay's ("Capability Leap vs. …" / "Sprong in
  // vermogen of …").
  // Each line's language and whether it names the site are read once: a candidate is asked again as a neighbour.
  const languages = new Map<number, boolean>();
  const foreign = (i: number) => languages.get(i) ?? languages.set(i, essay.inOtherLanguage(clues[i]!.features.trimmed)).get(i)!;
  const sites = new Map<number, boolean>();
  const siteName = (i: number) => sites.get(i) ?? sites.set(i, isSiteName(clues, i, essayEnd)).get(i)!;
  // Blank lines may part the two when the translation stands under the original, as pages set them.
  const beside = (i: number) => [i - 1, nearestLine(clues, i, 1)];
  const quoted = (i: number) =>
    (!latinEssay && latin(i) && beside(i).some((k) => candidates.includes(k) && !latin(k))) ||
    (foreign(i) && beside(i).some((k) => candidates.includes(k) && !foreign(k)));
  // The site's name is no headline, nor the tagline glued under it that does not name the essay's topic, when a headline
  // stands below them.
  const masthead = (i: number) =>
    siteName(i) || (siteName(i - 1) && !namesTopic(clues[i]!.features.trimmed) && candidates.some((k) => k > i && !siteName(k)));
  // A browser tab's title over the page is the headline and the site's name ("… - Coinmadang Column Board"), a
  // breadcrumb the sections and the headline: the headline is the title.
  const tab = (i: number) => candidates.some((k) => k !== i && isTabTitle(clues[i]!.features.trimmed, clues[k]!.features.trimmed));
  const chosen = chooseTitle(
    clues,
    candidates.filter((i) => !quoted(i) && !masthead(i) && !tab(i)),
    titles,
    namesTopic,
  );
  // A headline of a word or two that names the essay's topic stands glued over a line too long for a headline: that line
  // is its dek ("Lagerparadoxen" / "Varför AI:s lager ger nya förmågor medan …"), when it is not capitalised as a headline
  // is ("Tiny Libraries" over "What Five Years of Evenings … Taught Me": the label of a headline's section). One of its words may name the topic: a
  // compound holds two ("Lager|paradoxen"), and a clitic hides one ("פרדוקס השכבות": the essay writes "הפרדוקס"). A
  // section's label over a long headline is printed again in the page's menu or breadcrumb above ("Krypto"): a headline
  // once, or in a digest's contents with more words ("02 Layer Cake: Haotian on …").
  // A line the known reposts' titles resemble is the headline, not a dek, however it is cased.
  const short =
    chosen !== undefined &&
    (titles?.titleScores[chosen] ?? 0) < TITLE_EVIDENCE &&
    isDekLength(clues[chosen]!.features) &&
    !HEADLINE_TAG.test(clues[chosen]!.features.trimmed) &&
    !isHeadlineCased(clues[chosen]!.features.trimmed)
      ? shortHeadlineOver(clues, chosen, fields)
      : undefined;
  const headline =
    short !== undefined && namesTopic(clues[short]!.features.trimmed, 1) && !printedAgain(clues, short, essayEnd) ? short : chosen;
  const title = headline ?? shortHeadlineOver(clues, dek, fields);
  if (title !== undefined) {
    withTitle(clues, fields, title, essayStart);
    const original = [nearestLine(clues, title, -1), (fields.titleRest ?? title) + 1].find((i) => candidates.includes(i) && quoted(i));
    if (original !== undefined) fields.titleOriginal = original;
  }
  // A name on its own is the author's before a follow button or under an author label; else glued to the dateline (a
  // headline of two capitalised words may be, "Layer Cake"); else right under the title; else a blank line from the
  // dateline, the weakest sign (a section's heading under it: "Abstract").
  const underTitle = (i: number) => title !== undefined && nearestLine(clues, i, -1) === (fields.titleRest ?? title);
  const textOf = (i: number) => clues[i]?.features.trimmed ?? '';
  const labelled = (i: number) => AUTHOR_LABEL_ALONE.test(textOf(nearestLine(clues, i, -1)));
  const glued = (i: number) => fields.date !== undefined && Math.abs(i - fields.date) === 1;
  // The title, a bare word or two, is no name ("Layer Cake").
  names = names.filter((i) => i !== fields.title && i !== fields.titleRest);
  const named =
    names.find((i) => followed(clues, i) || labelled(i)) ??
    names.find(glued) ??
    names.find(underTitle) ??
    names.find((i) => [nearestLine(clues, i, -1), nearestLine(clues, i, 1)].some((k) => k === fields.date));
  // A byline far over the title, past the page's menu, is the masthead's (the city and the day: "Buenos Aires | Martes 17 de
  // junio de 2025") when a name stands right under the title or glued to the dateline: the nearer says who wrote it.
  const over = fields.author !== undefined && title !== undefined && fields.author < title ? clues.slice(fields.author + 1, title) : [];
  if (over.filter((c) => !c.features.blank).length > MAX_LINES_OVER_TITLE && names.some((i) => underTitle(i) || glued(i)))
    delete fields.author;
  // Under the title a name stands over its role ("Haotian" / "Contributor"), the role beside the dateline.
  const role = named !== undefined && !labelled(named) && names.includes(named - 1) && underTitle(named - 1);
  fields.author ??= role ? named - 1 : named;
  if (fields.author === undefined) delete fields.author;
  return fields;
}

/**
 * Sets the title's line in `fields`, and the second line of a headline wrapped over two glued lines: the first ends
 * open (a colon, a dash), or the second runs on in lower case. The chosen line may be either part: the rest, too
 * short to be a candidate, may be the second ("… ИИ" / "и крипты").
 */
function withTitle(clues: readonly LineClues[], fields: HeaderFields, title: number, essayStart: number): void {
  fields.title = title;
  const wraps = (a: number, b: number) => {
    const parts = [clues[a], clues[b]];
    if (!parts.every((c) => c !== undefined && isPlain(c))) return false;
    const [first, second] = [clues[a]!.features, clues[b]!.features];
    const halves = parts.every(isTitlePart);
    // A part that runs on in lower case after a line that ends open is the rest of the headline, as long as it is with
    // it ("Salto de capacidad frente a traslado de problemas:" / "la «paradoja de las capas» de la IA y …"); else each
    // part is half a headline at most (a question over a dek is no headline).
    const open = CLAUSE_OPEN_END.test(first.trimmed);
    if (open && OPENS_LOWER.test(second.trimmed) && first.spacedWords + second.spacedWords <= MAX_TITLE_WORDS) return true;
    // A second part opened by a doubled dash is the headline's subtitle, as Japanese sets it ("能力の飛躍か、問題の先送りか" /
    // "――AIとクリプトの「レイヤーのパラドックス」").
    if (halves && SUBTITLE_DASH.test(second.trimmed)) return true;
    return (
      halves &&
      ((!first.prose && open) ||
        (!ENDS_WITH_STOP.test(first.trimmed) && OPENS_LOWER.test(second.trimmed)) ||
        (ENDS_WITH_QUESTION.test(first.trimmed) && isTitleShaped(clues[b]!)))
    );
  };
  // In a script without case ("능력의 도약인가, 문제의 전가인가" / "AI와 크립토의 '레이어 역설'"), no lower case tells the rest
  // of the chosen headline: a title-shaped part glued between it and the byline or dateline is.
  const rest = title + 1;
  const bylined = rest + 1 === fields.author || rest + 1 === fields.date;
  const caselessRest = () =>
    isTitlePart(clues[title]) &&
    isTitlePart(clues[rest]) &&
    !ENDS_WITH_STOP.test(clues[title]!.features.trimmed) &&
    !clues[rest]!.features.prose &&
    isCaseless(clues[rest]!.features.trimmed) &&
    // A phrase of a few words, as a title is, not a poster's name or a label ("블록체인탐구생", "작성자", "ავტორი: ანა რუისი").
    isTitleShaped(clues[rest]!) &&
    // A headline parts near its middle: a line twice as long as the short one above it is that title's dek ("레이어의 역설" /
    // "AI의 레이어는 능력을 쌓고, 크립토의 레이어는 문제를 옮긴다").
    clues[rest]!.features.words <= 2 * clues[title]!.features.words &&
    // A headline parts once: one already in two parts ("능력의 도약 vs 문제의 전가…AI와 크립토의 '레이어 역설'") is whole, and
    // the line under it is its dek.
    !PARTED.test(clues[title]!.features.trimmed) &&
    labelledName(clues[rest]!.features.trimmed) === undefined &&
    clues[rest]!.features.spacedWords >= MIN_TITLE_WORDS;
  if (wraps(title - 1, title)) [fields.title, fields.titleRest] = [title - 1, title];
  else if (rest < essayStart && (wraps(title, rest) || (bylined && caselessRest()))) fields.titleRest = rest;
}

/** True when a line resembles the known reposts' titles or names the essay's topic. */
function resemblesTitle(
  clues: readonly LineClues[],
  i: number,
  titles: TitleEvidence | undefined,
  namesTopic: (text: string) => boolean,
): boolean {
  return (titles?.titleScores[i] ?? 0) >= TITLE_EVIDENCE || namesTopic(clues[i]!.features.trimmed);
}

/**
 * Posts and letters sign at the end: a byline or dateline within the first few lines after the
 * essay ("Автор: Haotian", a channel post's date), or a bare name right under it, fills a field
 * the header left empty. Prose ends the search: what follows it is another item's. A title-shaped line right over that
 * byline is the title when the header found none and it is like the known titles or names the essay's topic.
 */
export function withSignature(
  clues: readonly LineClues[],
  essayEnd: number,
  fields: HeaderFields,
  authors: readonly string[] = [],
  titles?: TitleEvidence,
  namesTopic: (text: string) => boolean = () => false,
): HeaderFields {
  const byline = (c: LineClues) => c.author ?? knownAuthorIn(c.features.trimmed, authors);
  // A page that prints its title only in the credits under the essay stacks it over the byline, as a header does.
  const isTitle = (i: number) => !clues[i]!.signal && isTitleShaped(clues[i]!) && resemblesTitle(clues, i, titles, namesTopic);
  for (let i = essayEnd + 1, seen = 0, read = 0; i < clues.length && seen < MAX_SIGNATURE_LINES; i++) {
    const c = clues[i]!;
    if (c.features.blank) continue;
    read++;
    // Past a list of other stories' label, no line signs this essay.
    if (c.signal?.category === 'related-links') break;
    // A post's tags, reactions and counters stand among its credits ("#ai #l2", "👍 214", "👁 5,1K", then its date).
    if (!isPostCounter(c)) seen++;
    if (fields.title === undefined && i - 1 > essayEnd && !clues[i - 1]!.features.blank && isTitle(i - 1)) {
      if (byline(c) !== undefined || isBareName(c) || labelledName(c.features.trimmed) !== undefined) {
        // Under it, the byline signs the essay more surely than a bare word guessed above it ("Künye", the credits' heading).
        fields.title = i - 1;
        if (fields.author === undefined || fields.author > essayEnd) fields.author = i;
        if (isDateline(c)) fields.date ??= i;
        continue;
      }
    }
    // A name on its own right under the essay signs it ("Haotian", then the translator's credit). A byline there says
    // who wrote it more surely than another bare name in the header, which may be a site's or a section's ("Siaran Pers").
    const name = byline(c);
    const guessed = fields.author !== undefined && byline(clues[fields.author]!) === undefined;
    if (name !== undefined && guessed && name !== clues[fields.author!]!.features.trimmed.replace(HANDLE_SIGN, '')) fields.author = i;
    else if (name !== undefined || (read === 1 && !c.signal && (isBareName(c) || labelledName(c.features.trimmed) !== undefined)))
      fields.author ??= i;
    if (isDateline(c)) fields.date ??= i;
    else if (name === undefined && c.features.prose) break;
  }
  return fields;
}

/** A post's counters, reactions and tags under it: a widget's or a view counter's line, or a row of hashtags. */
const COUNTERS: ReadonlySet<BoilerplateCategory> = new Set(['share-widget', 'reading-time']);
const isPostCounter = (c: LineClues): boolean =>
  (c.signal !== undefined && COUNTERS.has(c.signal.category)) || (c.features.hashtags > 0 && !c.features.prose);

function chooseTitle(
  clues: readonly LineClues[],
  candidates: readonly number[],
  titles: TitleEvidence | undefined,
  namesTopic: (text: string) => boolean,
): number | undefined {
  if (titles) {
    // Of the lines that resemble the known titles, the one that says most of them.
    const resembling = candidates.filter((i) => titles.titleScores[i]! >= TITLE_EVIDENCE);
    const best = resembling.reduce<number | undefined>(
      (a, i) => (a === undefined || titles.titleCover[i]! > titles.titleCover[a]! ? i : a),
      undefined,
    );
    if (best !== undefined) return best;
  }
  // A headline opens with a capital where its script has case: a line that opens in lower case ("a reading list on chains,
  // models and …", a site's tagline) is the title only when no other line is, as a post styled in lower case has it.
  // A capital after the first letter is a name's ("iPhone", "eToro").
  // Under a line that ends open ("Salto de capacidad frente a traslado de problemas:"), it goes on with a headline.
  const lower = (i: number) =>
    OPENS_LOWER.test(clues[i]!.features.trimmed) &&
    !/^\p{Ll}\p{Lu}/u.test(clues[i]!.features.trimmed) &&
    !CLAUSE_OPEN_END.test(clues[i - 1]?.features.trimmed ?? '');
  // The breadcrumb's last item repeated under it is the page's own name: its title, however short, when no headline stands
  // below it ("Home › Opinion" / "Opinion" over "Five Years of …" names the section).
  const lowest = Math.max(...candidates);
  if (candidates.length > 0 && endsBreadcrumbAt(clues, lowest)) return lowest;
  const headlines = candidates.some((i) => !lower(i)) ? candidates.filter((i) => !lower(i)) : candidates;
  const chosen = headlines.reduce<number | undefined>(
    (a, i) => (clues[i]!.features.chars > clues[a ?? i]!.features.chars ? i : (a ?? i)),
    undefined,
  );
  if (chosen === undefined) return undefined;
  // A tag in brackets heads a headline, never its dek ("[ANALIZĂ] Paradoxul straturilor: …", "【深度】…", "[OPINI] …").
  if (HEADLINE_TAG.test(clues[chosen]!.features.trimmed)) return chosen;
  // A headline and its dek (standfirst) stand stacked: under a glued title-shaped line, or under a
  // headline that reads as running text too and is half as long at least (share buttons may stand
  // between), a dek that reads as running text is the longer line, and the title is above it.
  // A kicker over a sentence-case headline is no headline (`isKicker`).
  const half = (i: number) => clues[i]!.features.chars * 2 >= clues[chosen]!.features.chars;
  // Of two headlines stacked, about as long as each other, the upper is the headline and the lower its dek.
  const near = (i: number) => clues[i]!.features.chars >= NEAR_LENGTH * clues[chosen]!.features.chars;
  // A dek may read as a row of words (few function words: "Waarom AI met elke laag slimmer wordt, terwijl …"); a line of
  // running text right above it, half as long at least, is still its headline: a kicker or a label is no sentence.
  // So is a title-shaped line glued above a line too long for a headline, when neither reads as running text (a script
  // without sentence stops, a subtitle without one): the headline stands above its dek. Above a headline, it is a kicker;
  // a line that a stop or emoji end ("🎁 Rewards keep coming — post to share!") is a banner's.
  const over = clues[chosen - 1];
  const headlineOver = (c: LineClues) => isPlain(c) && !c.features.endsSentence && c.features.emoji === 0;
  // A dek is too long for a headline, or runs on in clauses ("以文言述今之智械與密鏈、論其分層一進一移之別"): however short, a
  // line above it that names the essay's topic is its headline, not a kicker ("層の逆説", "智械密鏈分層論"). Two words over a
  // line merely long are its section's label ("크립토 번역"): a long headline is no dek.
  const named = candidates.includes(chosen - 1) && namesTopic(over!.features.trimmed);
  const sentenceAbove =
    candidates.includes(chosen - 1) &&
    (half(chosen - 1) || named) &&
    (over!.features.prose ||
      (headlineOver(over!) &&
        ((isTitleShaped(over!) && (near(chosen - 1) || isDekLength(clues[chosen]!.features))) ||
          (named && CLAUSES.test(clues[chosen]!.features.trimmed)))));
  if (!clues[chosen]!.features.prose) {
    // Of headlines stacked glued, about as long as each other, the uppermost that names the essay's topic is the headline
    // and the lines under it its dek, however many (a Korean or Japanese page sets two: "AI는 층마다 …" / "크립토는 …");
    // a contest's rules glued over the headline name none.
    let top = chosen;
    for (let k = chosen - 1; candidates.includes(k); k--) {
      const t = clues[k]!.features.trimmed;
      if (near(k) && headlineOver(clues[k]!) && isTitleShaped(clues[k]!) && !isKicker(t) && namesTopic(t)) top = k;
    }
    if (top < chosen - 1) return top;
    return sentenceAbove && !isKicker(over!.features.trimmed) ? chosen - 1 : chosen;
  }
  // The headline of a dek is capitalised as headlines are, or names the essay's topic; a short line that runs in lower
  // case is a label ("Texto leído en el episodio").
  const above = clues[chosen - 1]?.features;
  // Two sections parted by a separator over it are a breadcrumb or a flair ("Long read / Analysis"), no headline.
  if (
    candidates.includes(chosen - 1) &&
    !above!.prose &&
    (above!.lowerShare < MIN_LOWER_SHARE || named) &&
    !isKicker(above!.trimmed) &&
    !SEPARATED.test(above!.trimmed)
  )
    return chosen - 1;
  // Past a blank line, a title-shaped line that names the essay's topic heads a dek set apart as the header's lines are (a
  // blank line under the dek too): "Salto de capacidade x transferência de problemas: …" / "" / "Por que cada nova camada …".
  const apart = nearestLine(clues, chosen, -1);
  const parted = clues[chosen + 1]?.features.blank === true && apart < chosen - 1 && candidates.includes(apart);
  if (
    parted &&
    !clues[apart]!.features.endsSentence &&
    !isKicker(clues[apart]!.features.trimmed) &&
    namesTopic(clues[apart]!.features.trimmed)
  )
    return apart;
  // Stacked: in the dek's block (share buttons may stand between); past a blank line it is another block's. A line right
  // under a byline or a dateline is no dek: the header it heads is its own (on a page without blank lines, the blog's
  // tagline far above is no headline of it).
  const under = clues[chosen - 1] !== undefined && isMetadataShaped(clues[chosen - 1]!);
  const stacked = (i: number) => !under && clues.slice(i + 1, chosen).every((c) => !c.features.blank);
  const headline = candidates.find((i) => i < chosen && clues[i]!.features.prose && (half(i) || i === chosen - 1) && stacked(i));
  return headline ?? chosen;
}

/** What parts a menu's or a breadcrumb's items: a separator, or a wide gap. */
const MENU_SEPARATOR = /\s*[|·›>»/→•]\s*|\s{2,}/u;

/** Items parted by a spaced separator: a breadcrumb's or a menu's. */
const SEPARATED = / [|·>›»/→] /u;

/** A tag in brackets opening a line, a word or two ("[ANALIZĂ] ", "【深度】", "［独家］"). */
const HEADLINE_TAG = /^[[【［〔]\p{L}+(?: \p{L}+)?[\]】］〕]/u;

/** A line too long for a headline: a dek's length, or a paragraph's. */
const isDekLength = (f: LineClues['features']): boolean => f.spacedWords > MAX_TITLE_WORDS / 2 || f.cjkChars > MAX_HEADLINE_CJK_CHARS;

/** Words a headline too short to be title-shaped has at most ("Layers", "De lagenparadox"). */
const MAX_SHORT_HEADLINE_WORDS = 2;

/**
 * With no title-shaped line above the essay, a headline of a word or two still stands glued over its dek, the line too
 * long for a headline nearest the essay ("Layers" / "AI keeps stacking new abilities …", "De lagenparadox" / "Waarom AI
 * met elke nieuwe laag …"): a plain line, not the byline, the dateline, a kicker or a label and its colon.
 */
function shortHeadlineOver(clues: readonly LineClues[], dek: number | undefined, fields: HeaderFields): number | undefined {
  if (dek === undefined || dek === 0) return undefined;
  const k = dek - 1;
  const c = clues[k]!;
  const f = c.features;
  if (f.blank || c.signal || f.prose || !isPlain(c) || k === fields.author || k === fields.date) return undefined;
  // Two sections parted by a separator are a breadcrumb's ("Tehnologii / Blockchain").
  if (
    f.words > MAX_SHORT_HEADLINE_WORDS ||
    f.emoji > 0 ||
    ENDS_WITH_STOP.test(f.trimmed) ||
    LIST_OPEN_END.test(f.trimmed) ||
    SEPARATED.test(f.trimmed)
  )
    return undefined;
  return isKicker(f.trimmed) || labelledName(f.trimmed) !== undefined ? undefined : k;
}

/**
 * Whether a line is a section's name: printed again above it in the header's reach, whole or as an item of a menu or
 * breadcrumb ("Krypto"), or quoted under the essay, as a list of the section's other posts names it ("'크립토 번역'
 * 카테고리의 다른 글"). Bounded, as the header's walk is: a thread reads a header per post.
 */
function printedAgain(clues: readonly LineClues[], i: number, essayEnd: number): boolean {
  const text = clues[i]!.features.trimmed.toLocaleLowerCase();
  const quoted = new RegExp(`[${OPENING_QUOTES}]${escapePattern(text)}[${ANY_CLOSING_QUOTES}]`, 'u');
  return (
    clues.slice(Math.max(0, i - MAX_HEADER_LINES), i).some((c) =>
      c.features.trimmed
        .toLocaleLowerCase()
        .split(MENU_SEPARATOR)
        .some((item) => item.trim() === text),
    ) || clues.slice(essayEnd + 1, essayEnd + 1 + MAX_HEADER_LINES).some((c) => quoted.test(c.features.trimmed.toLocaleLowerCase()))
  );
}

/**
 * A kicker labels what follows: a line in capitals ("L'ASSAIG DE LA SETMANA"), or a word and a colon ("Forrás: Blokklánc
 * Magazin"). (A script without case has no capitals to set a kicker in: its line's Latin letters are a name's, "AI는 …".)
 */
const isKicker = (t: string): boolean => (/\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t) && !isCaseless(t)) || SECTION_LABEL.test(t);

/** Lines of the essay read for its script. */
const ESSAY_SAMPLE_LINES = 10;

/** The share of the letters of some lines that are Latin (1 when they have none). */
const latinShare = (lines: readonly LineClues[]): number =>
  letterShare(lines.map((c) => c.features.trimmed).join('\n'), /\p{Script=Latin}/gu) ?? 1;

/**
 * A line that may hold part of a title: not blank, no signal, no byline or date, half a headline's length at most, in
 * words of any script (`words`): counted in spaced words only, two Japanese lines of some thirty-five characters each, a
 * headline and its dek, passed for the two halves of one headline.
 */
function isTitlePart(c: LineClues | undefined): boolean {
  // A user's name ("haotian.eth") glued under a headline is its byline, not its rest.
  return c !== undefined && isPlain(c) && c.features.words <= MAX_TITLE_WORDS / 2 && !USERNAME.test(c.features.trimmed);
}

/**
 * A row of tags or categories, which link to other pages: cash- and hashtags alone ("$以太坊(ETH)$ $比特币(BTC)$"), or
 * three items or more of a capitalised word or two parted by commas ("IA, Blockchain, Traduzioni").
 */
const TAG_ROW = /^[#$]\S+(?:\s+[#$]\S+)*$|^\p{Lu}[^\s,]*(?: [^\s,]+)?(?:, \p{Lu}[^\s,]*(?: [^\s,]+)?){2,}$/u;

/** A poster's handle opening a line ("@marie.blockfr"). */
const HANDLE_START = /^@[\p{L}\p{N}_.]+/u;
/** The sign of a user handle before a name ("u/Haotian", "@Haotian"): not part of the name. */
export const HANDLE_SIGN = /^(?:u\/|@)/u;

const BARE_NAME = new RegExp(`^${NAME}$`, 'u');

/**
 * A name on its own line: one to three capitalised words, nothing else ("Mira Okafor", "u/Haotian"), and no translator's
 * credit of a word for translating and a name ("Przetłumaczyła Katarzyna Zielińska"), and no acronym.
 */
function isBareName(c: LineClues): boolean {
  const name = c.features.trimmed.replace(HANDLE_SIGN, '');
  return BARE_NAME.test(name) && !ACRONYM.test(name) && !TRANSLATION_CREDIT.test(c.features.trimmed);
}

/**
 * True when `text` is `headline` and a site's name after a dash or bar, as a browser tab titles a page, or the trail of
 * sections before it, as a breadcrumb ends on the page's headline ("Home » Translations » …").
 */
function isTabTitle(text: string, headline: string): boolean {
  if (headline.length === 0 || text.length === headline.length) return false;
  return (
    (text.startsWith(headline) && TAB_SUFFIX.test(text.slice(headline.length))) ||
    (text.endsWith(headline) && TRAIL_PREFIX.test(text.slice(0, -headline.length)))
  );
}

/** What a tab's title adds after the headline: a dash, a bar or a middle dot, and the site's name. */
const TAB_SUFFIX = /^\s+[-–—|·｜]\s+\S/u;
/** What a breadcrumb sets before the headline: sections, each closed by an arrow or a slash. */
const TRAIL_PREFIX = /^(?:[^»›>/]+\s[»›>/]\s)+$/u;

/** A quotation's line as Markdown marks it. */
const MARKDOWN_QUOTE = /^>\s/u;

/** A line's leading count, with or without a mark after it ("1 Pourquoi …", "2. …"). */
const COUNT_LEAD = /^(\d{1,2})(?:[\s.)）、]|$)/u;

/**
 * True when a line opens with a count that a neighbouring line goes on with or leads up to ("1 …" / "2 …"): a list's
 * item; with `first`, that count.
 */
function isCountedItem(clues: readonly LineClues[], i: number, first?: number): boolean {
  // A count in a widget ("2 min read", "3 comments") or a date is none.
  const count = (k: number) =>
    clues[k] !== undefined && isPlain(clues[k]!) && !isMetadataShaped(clues[k]!)
      ? Number(COUNT_LEAD.exec(clues[k]!.features.trimmed)?.[1] ?? Number.NaN)
      : Number.NaN;
  const own = count(i);
  if (Number.isNaN(own) || (first !== undefined && own !== first)) return false;
  return count(nearestLine(clues, i, -1)) === own - 1 || count(nearestLine(clues, i, 1)) === own + 1;
}

/** A user's name of one word, as a platform prints it over a follow button, capitals and underscores as typed ("Haotian_Labs"). */
const SCREEN_NAME = /^(?=.*\p{L})[\p{L}\p{N}_.]{3,30}$/u;
const CASELESS_BARE_NAME = new RegExp(`^${CASELESS_NAME}$`, 'u');
/** A user's name as a web3 or forum page prints it, lower case with a dot or an underscore ("haotian.eth", "mira_ok"). */
const USERNAME = /^(?=[a-z0-9_.-]*[._])[a-z][a-z0-9_.-]{2,38}[a-z0-9]$/u;

/**
 * A name of a word or two in a script without case ("हाओतियान"), or a user's name ("haotian.eth"), glued to a dateline:
 * case cannot tell it from a menu's item or a section's label, so only that place says it is a byline; a translator's
 * credit ("번역 정다은") is none.
 */
const isCaselessNameByDate = (clues: readonly LineClues[], i: number): boolean =>
  (CASELESS_BARE_NAME.test(clues[i]!.features.trimmed) || USERNAME.test(clues[i]!.features.trimmed)) &&
  !TRANSLATION_WORD.test(clues[i]!.features.trimmed) &&
  [clues[i - 1], clues[i + 1]].some((n) => n !== undefined && isDateline(n));

/** A line that is a label of a first word and `more` words ("{0,2}"), its colon, then a name as `name` reads one. */
const labelled = (more: string, name: string): RegExp =>
  new RegExp(String.raw`^[\p{L}\p{M}][\p{L}\p{M}'’-]*(?: [\p{L}\p{M}'’-]+)${more}\s*[${COLONS}]\s*(${name})$`, 'u');
/**
 * A label of a word or three and a colon, then a name, in any language: "Pengarang: Haotian", "Tekst: Haotian",
 * "Аутор: Хаотиан", "원문: Haotian". A source's, a category's, a tag's or a translator's label is no author's.
 */
const LABELLED_NAME = labelled('{0,2}', `${NAME}|${CASELESS_NAME}`);
/**
 * A label of four words, as languages with prepositions build one ("Autor do texto original: Haotian"), before a name
 * in a script with case: in a script without, a headline's first part and colon read as much like a label.
 */
const LONG_LABELLED_NAME = labelled('{3}', NAME);

/** The name of a line that is a label and a name (`LABELLED_NAME`). */
export function labelledName(trimmed: string): string | undefined {
  if (trimmed.length > MAX_BYLINE_CHARS) return undefined;
  const m = LABELLED_NAME.exec(trimmed) ?? LONG_LABELLED_NAME.exec(trimmed);
  // Nor is a translator's ("Traducción y adaptación: …", "Übersetzung: …"), nor a picture's credit ("तस्बिर: प्रतीकात्मक",
  // "Photo: …"). The pattern spans the line: the label is what stands before the name.
  const label = m ? trimmed.slice(0, trimmed.length - m[1]!.length) : '';
  return m === null ||
    SOURCE_LABEL.test(trimmed) ||
    IMAGE_CREDIT.test(trimmed) ||
    chromeLabelIn(trimmed) !== undefined ||
    TRANSLATION_WORD.test(label)
    ? undefined
    : m[1];
}

/** Words a byline may hold besides the name it gives: a label ("Orihinal na may-akda:"), a role, a column's name. */
const MAX_BYLINE_REST_WORDS = 3;
/** A byline is a short line: a longer one is not read for a name (nor paid for). */
const MAX_BYLINE_CHARS = 160;

/**
 * The name of an author the known reposts give, as this line writes it, when the line says little else: a byline in
 * any language ("Autorius Haotian", "原創 Haotian 鏈上閒話", "Written by Haotian"). Handles and brackets are not counted.
 */
export function knownAuthorIn(trimmed: string, authors: readonly string[]): string | undefined {
  if (trimmed.length > MAX_BYLINE_CHARS) return undefined;
  for (const author of authors) {
    const name = author.trim();
    if (name === '') continue;
    // Case-folded by the pattern, not by lower-casing the line, which may change its length ("İ").
    const found = new RegExp(escapePattern(name), 'iu').exec(trimmed);
    if (found === null) continue;
    const [at, end] = [found.index, found.index + found[0].length];
    // A whole word, not part of an address ("haotian.notes@example.org", "x.com/haotian").
    const token = /[^\s()（）]*$/u.exec(trimmed.slice(0, at))![0] + found[0] + /^[^\s()（）]*/u.exec(trimmed.slice(end))![0];
    const beside = [trimmed[at - 1], trimmed[end]];
    if (beside.some((ch) => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch)) || /[@/]|\.[\p{L}\p{N}]/u.test(token)) continue;
    const rest = `${trimmed.slice(0, at)} ${trimmed.slice(end)}`.replace(/@[\p{L}\p{N}_.]+|[(（[][^)）\]]*[)）\]]/gu, ' ');
    if ((rest.match(SPACED_WORD)?.length ?? 0) <= MAX_BYLINE_REST_WORDS) return found[0];
  }
  return undefined;
}

/** A name and its tagline parted by a bar, as a profile's header prints them ("Haotian | CryptoInsight", "Haotian｜クリプト×AIリサーチ"). */
const NAME_AND_TAGLINE = new RegExp(`^(${NAME})\\s*[|｜]\\s*\\S`, 'u');

/** The name that opens a name-and-tagline line, if it is one. */
export function nameBeforeTagline(trimmed: string): string | undefined {
  return NAME_AND_TAGLINE.exec(trimmed)?.[1];
}

/**
 * True when a follow button stands under line i, right under it or under what a profile prints below its name: a handle,
 * its counts ("@tmel0211", "Verified Creator · 26.3K Followers" / "Follow").
 */
function followed(clues: readonly LineClues[], i: number): boolean {
  let next = nearestLine(clues, i, 1);
  for (let skipped = 0; skipped < MAX_PROFILE_LINES && isProfileLine(clues[next]); skipped++) next = nearestLine(clues, next, 1);
  return FOLLOW_LABEL.test(clues[next]?.features.trimmed ?? '');
}

/** A profile prints a handle and a line of counts at most between its name and its follow button. */
const MAX_PROFILE_LINES = 2;
const isProfileLine = (c: LineClues | undefined): boolean =>
  c !== undefined &&
  (HANDLE_LINE.test(c.features.trimmed) ||
    (!c.features.prose && /\p{Nd}/u.test(c.features.trimmed) && c.features.words <= MAX_TITLE_WORDS / 2 && !isDateline(c)));

/**
 * A handle on its own line that is a name of its own ("@haotian_cx" under the title): under a display name ("Haotian |
 * CryptoInsight" / "@haotian_insight"), it is that name's handle.
 */
function isOwnHandle(clues: readonly LineClues[], i: number): boolean {
  const above = clues[i - 1];
  const named = above !== undefined && (isBareName(above) || nameBeforeTagline(above.features.trimmed) !== undefined);
  return HANDLE_LINE.test(clues[i]!.features.trimmed) && !named;
}

/** A user handle on its own line, with its server on a federated network ("@tmel0211", "@kasper@norden.social"). */
export const HANDLE_LINE = /^@[\p{L}\p{N}_.]+(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?$/u;

/** A name before a handle at a line's end, as a post's header prints them ("L2 Pulse @l2pulse_daily"). */
const NAMED_HANDLE = /\s@[\p{L}\p{N}_.]+$/u;
/** Words of a post's header at most: a name of a few words and the handle. */
const MAX_POSTER_WORDS = 6;

/** A post's header: a handle alone on its line, or a name and a handle, no sentence. */
export function isPosterLine(c: LineClues): boolean {
  const t = c.features.trimmed;
  // A byline's handle ("Posted by @haotian_cx") names the essay's author, no post's.
  return (
    HANDLE_LINE.test(t) || (NAMED_HANDLE.test(t) && c.author === undefined && !c.features.prose && c.features.words <= MAX_POSTER_WORDS)
  );
}

/** True when a dateline gives an update's date: its label on the line or on a line of its own above ("Last edited" / "…"). */
function isUpdate(clues: readonly LineClues[], i: number): boolean {
  const above = clues[nearestLine(clues, i, -1)];
  return (
    UPDATE_LABEL.test(clues[i]!.features.trimmed) ||
    (above !== undefined && !isDateline(above) && UPDATE_LABEL.test(above.features.trimmed))
  );
}

/**
 * A title-shaped line that emoji open, and decorate at its ends only ("🔥 [Translation] …"): a banner's line, or a
 * social post's headline. An emoji only after it points to what follows ("… translated below 👇"): an introduction.
 */
export const isDecoratedHeadline = (c: LineClues): boolean =>
  isEmojiDecorated(c) && /^\p{Extended_Pictographic}/u.test(c.features.trimmed) && isTitleShaped(c);

/**
 * A social post's headline (`isDecoratedHeadline`) is glued to its byline or dateline, or to the
 * essay's first line (no blank line between); an article's stands over its poster's name and the
 * follow button under it, blank lines between. Set apart, an emoji-decorated line may be a banner's.
 */
function isPostHeadline(clues: readonly LineClues[], i: number, essayStart: number): boolean {
  if (i + 1 === essayStart || [clues[i - 1], clues[i + 1]].some((c) => c !== undefined && isMetadataShaped(c))) return true;
  const below = nearestLine(clues, i, 1);
  const c = clues[below];
  return c !== undefined && (isBareName(c) || nameBeforeTagline(c.features.trimmed) !== undefined) && followed(clues, below);
}

/**
 * A title is a short phrase of a few words without a full stop or a closing colon or comma, not a list
 * item, and without links or amounts (emoji and hashtags signal the line already). "Original title: …"
 * names the source's title, not this one.
 */
export function isTitleShaped(c: LineClues, minWords = MIN_TITLE_WORDS): boolean {
  const f = c.features;
  if (f.numberedLead || f.amounts + f.urls + f.emails > 0 || f.clauseMarks > MAX_PHRASE_JOINTS) return false;
  if ((f.spacedWords < minWords && f.cjkChars < MIN_TITLE_CJK_CHARS) || f.spacedWords > MAX_TITLE_WORDS) return false;
  if (SOURCE_LABEL.test(f.trimmed)) return false;
  // Nor is a translator's credit ("Översatt av Karin Lund").
  if (TRANSLATION_CREDIT.test(f.trimmed)) return false;
  // Nor is a line that opens with a poster's handle ("@marie.blockfr (64) il y a 5 jours") or ends with one ("L2 Pulse
  // @l2pulse_daily"): a post's header. Nor a line
  // of a quotation as Markdown marks it ("> a bit of a mental massage …"): a highlight's.
  if (HANDLE_START.test(f.trimmed) || NAMED_HANDLE.test(f.trimmed) || MARKDOWN_QUOTE.test(f.trimmed)) return false;
  // None is a headline: a line ending in a colon or a comma ("In this article:", "Dear readers,"), a list
  // item, a name parted from its tagline by a bar or a dot ("Крипто и ИИ | Заметки", a full-width bar without spaces
  // in CJK type: "Haotian｜クリプト×AIリサーチ"), a line holding a label.
  // Nor a row of items parted by wide gaps (a menu bar, a PDF's running header), nor a breadcrumb trail of two
  // sections or more ("Tech > Intelligence artificielle").
  // Its end is read before the emoji that close it ("… pozitif kapanış. 📈").
  const end = f.emoji > 0 ? withoutClosingEmoji(f.trimmed).trimEnd() : f.trimmed;
  if (LIST_OPEN_END.test(end) || LIST_BULLET.test(f.trimmed) || / [|·>›] |｜|\S {2,}\S/u.test(f.trimmed)) return false;
  // Nor a row of three items or more parted by ideographic spaces, as a Japanese or Chinese menu sets them ("ニュース　相場分析
  // 特集・コラム"); a headline may hold one such space between its halves.
  if ((f.trimmed.match(/\S\u3000+(?=\S)/gu)?.length ?? 0) >= 2) return false;
  // A French quote's closing guillemet is no breadcrumb's "»": only a line without the opening one is a trail.
  if (/ » /u.test(f.trimmed) && !f.trimmed.includes('«')) return false;
  // Nor a trail of three sections or more parted by spaced slashes ("Blog / Analysis / …"): a headline pairs
  // two things at most ("AI / Crypto"), and a date's slashes have no spaces around them.
  if (/ \/ .* \/ /u.test(f.trimmed)) return false;
  // Nor a line under a known label of chrome and its colon ("导读：…", "Tags: …").
  if (chromeLabelIn(f.trimmed) !== undefined || phraseCategory(f.trimmed) !== undefined || TAG_ROW.test(f.trimmed)) return false;
  // A caption ends with its credit after its last sentence, which a headline never has. A full stop of any script ends
  // a sentence, a closing bracket or quote after it too ("(… ပြန်ဆိုထားပါသည်။)"), unless the words are capitalised as a
  // headline's are ("AI Keeps Stacking. Crypto Keeps Shifting.").
  if (isCaption(end)) return false;
  if (!FULL_STOP_END.test(end)) return true;
  return f.cjkChars === 0 && capitals(f.trimmed) * 2 >= f.spacedWords && f.lowerShare <= MAX_HEADLINE_LOWER_SHARE;
}

/** True when most words of a line in a script with case open with a capital, as an English headline's do. */
const isHeadlineCased = (text: string): boolean => !isCaseless(text) && capitals(text) * 2 >= (text.match(/\S+/gu)?.length ?? 0);

/** Words that start with a capital (a script without case has none). */
const capitals = (text: string): number => text.match(/(?<![\p{L}\p{N}'’])\p{Lu}/gu)?.length ?? 0;
