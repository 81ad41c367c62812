import { MARKDOWN_MARKS } from '../../corpus/repost/load-repost.ts';
import { strongSignal, type LineSignal } from './classify-line.ts';
import { LEADING_EMOJI, lineFeatures, type LineFeatures } from './line-features.ts';
import { CREDIT_LABEL, DATE_LABEL } from './known-phrases.ts';
import { matchAuthor, matchDate, NAME, type DateMatch } from './metadata-patterns.ts';
import { COLONS } from '../../engine/text/colon.ts';

/** Everything one line says about itself, before its neighbours and its position are known. */
export interface LineClues {
  /** Its shape. */
  features: LineFeatures;
  /** A strong boilerplate signal, if it has one. */
  signal?: LineSignal;
  /** The author's name, when the line is a byline. */
  author?: string;
  /** Its date, when it has one. */
  date?: DateMatch;
  /** The lines of a date a widget printed over several, this one among them ("17" / "jun" / "2025"). */
  dateParts?: readonly number[];
}

/** Longest line that can be a dateline with a few words beside the date ("PANews · Jun 17, 2025"). */
const MAX_DATELINE_CHARS = 80;
const MAX_DATELINE_WORDS = 4;
/** The words a date and its time alone may hold besides them: the joint ("at", "lúc"). */
const MAX_JOINT_WORDS = 1;

/** A name (one to three capitalised words, or a handle) and the mark that parts it from what follows. */
const NAME_BEFORE = new RegExp(String.raw`^(?:@([\p{L}\p{N}_.]+)|(?:u\/)?(${NAME}))\s*[·|•,–—-]\s*$`, 'u');

/** A line enclosed in one pair of brackets, and what they enclose. */
const ENCLOSED = /^[(（]([^()（）]+)[)）]$/u;

/** Reads the clues of one line; linear in its length. */
export function lineClues(text: string): LineClues {
  const features = lineFeatures(text);
  if (features.blank) return { features };
  const clues: LineClues = { features };
  const signal = strongSignal(features);
  // Emoji that decorate a byline ("✍️ Tác giả: Haotian", "✍️ Haotian · 🌐 …", as social posts print it) do not make it
  // a banner's line: it is read with its leading emoji off, then with the writing hand as its label.
  // Nor does a credit before the author's field ("来源：链上观察  作者：Haotian") make the line the page's.
  const mayBeByline = isBannerByEmoji(signal, features) || (signal !== undefined && CREDIT_LABEL.test(features.trimmed));
  // A copy of a Markdown page keeps its marks ("**Autore:** Haotian"): the byline is read without them, and without the
  // brackets a signature may stand in ("（作者：Haotian）").
  const marked = features.trimmed.replace(MARKDOWN_MARKS, '').replace(ENCLOSED, '$1');
  // A banner's emoji may open a line whose first word is a byline's in another language ("📬 De Bitstuff-Newsletter",
  // Luxembourgish "the"): decorated, a byline says what it is, by a label and its colon or by the writing hand.
  const labelled = signal === undefined || !isBannerByEmoji(signal, features) || LABEL_MARK.test(marked);
  const author =
    (signal && !mayBeByline) || !labelled ? undefined : (matchAuthor(marked.replace(LEADING_EMOJI, '')) ?? matchAuthor(marked));
  if (signal && !(mayBeByline && author)) clues.signal = signal;
  if (author) clues.author = author;
  const date = matchDate(features.trimmed);
  if (date) clues.date = date;
  // Nor does an emoji at either end of a date and its time alone ("17 tháng 6 lúc 10:15 · 🌏", a post's audience) make
  // the line a banner's; a banner's line says more ("📅 Event Period …").
  if (date && date.otherWords <= MAX_JOINT_WORDS && isEmojiDecorated(clues) && isDateline({ features, date })) delete clues.signal;
  // A dateline may name the author after the date ("Posted on 17 June 2025 by Haotian"), or before it, parted by a
  // mark ("Haotian · Jun 17, 2025").
  if (date && !author && isDateline(clues)) {
    const before = features.trimmed.slice(0, date.start);
    const named =
      matchAuthor(features.trimmed.slice(date.end).trim()) ??
      (DATE_LABEL.test(before) ? undefined : NAME_BEFORE.exec(before)?.slice(1).find(Boolean));
    if (named) clues.author = named;
  }
  return clues;
}

/**
 * True when the line is a dateline: one date, and at most a label or a few words of byline
 * beside it. A date range is an event period, not a publication date. A reading time beside the
 * date ("June 17, 2025 · 4 min read") is how many pages print their dateline: it stays one.
 */
export function isDateline(clues: LineClues): boolean {
  const d = clues.date;
  if (d?.dates !== 1 || (clues.signal && clues.signal.category !== 'reading-time')) return false;
  return clues.features.chars <= MAX_DATELINE_CHARS && d.otherWords <= MAX_DATELINE_WORDS;
}

/**
 * True when a line is a banner's by its emoji alone: no link and no hashtag, which make a line the page's whatever it
 * says. Such a line may still be a byline, a headline or a list's item that social posts decorate.
 */
function isBannerByEmoji(signal: LineSignal | undefined, f: LineFeatures): boolean {
  return signal?.category === 'promo-banner' && f.emoji > 0 && f.urls + f.hashtags === 0;
}

/**
 * True when emoji only decorate the line at its ends: a banner's line by its signal, but a social post may head
 * its text so ("🔥 [BÀI DỊCH] Bước nhảy năng lực…").
 */
export function isEmojiDecorated(clues: LineClues): boolean {
  const f = clues.features;
  return isBannerByEmoji(clues.signal, f) && f.innerEmoji === 0;
}

/** True when the line is metadata-shaped: a byline or a dateline, which never joins the essay. */
export function isMetadataShaped(clues: LineClues): boolean {
  return clues.author !== undefined || isDateline(clues);
}

/** True when the line is text that says nothing of what it is: not blank, no signal, and not metadata-shaped. */
export function isPlain(clues: LineClues): boolean {
  return !clues.features.blank && !clues.signal && !isMetadataShaped(clues);
}

/** An emoji that opens a line as a list's bullet ("✅ L1 lays the foundation", "👉 …"). */
/** A label's colon, or the writing hand that marks an author. */
const LABEL_MARK = new RegExp(`[${COLONS}]|^✍`, 'u');
const EMOJI_BULLET = /^\p{Extended_Pictographic}\uFE0F?\s/u;

/**
 * Clues with the banner signal taken off the items of a list that social posts bullet with emoji, and read as prose,
 * set inside a paragraph block: glued (no blank line between) under a line of prose and over one, through the list's other items.
 * A banner stands apart. Replaces those entries of `clues` in place and returns it.
 */
export function withEmojiBullets(clues: LineClues[]): LineClues[] {
  const bullet = (c: LineClues | undefined) =>
    c?.signal?.category === 'promo-banner' && EMOJI_BULLET.test(c.features.trimmed) && c.features.urls + c.features.hashtags === 0;
  const prose = (c: LineClues | undefined) => c?.features.prose === true && c.signal === undefined;
  // Each run of bulleted lines is read once, with the lines around it: linear.
  for (let start = 0; start < clues.length; start++) {
    if (!bullet(clues[start])) continue;
    let end = start;
    while (bullet(clues[end + 1])) end++;
    // The items are the paragraph's lines: they read as its prose, however short. A line alone over a line of copy and
    // a button ("🏆 L2 Summer Cup: …" / "Im wyższy wolumen …" / "Weź udział") is no list's item: it heads a promo's box.
    const button = clues[end + 2];
    const boxed = start === end && button?.signal?.category === 'promo-banner' && !button.features.prose;
    if (prose(clues[start - 1]) && prose(clues[end + 1]) && !boxed)
      for (let i = start; i <= end; i++) clues[i] = { features: { ...clues[i]!.features, prose: true } };
    start = end;
  }
  return clues;
}
