import { BOILERPLATE_CATEGORIES, type BoilerplateCategory } from '../../corpus/ledger/taxonomy.ts';
import {
  AI_SUMMARY,
  REACTION_ROW,
  CREDIT_LABEL,
  DISCLAIMER_LABEL,
  DISCLAIMER_PHRASES,
  MINUTE_UNIT,
  PROMO_PHRASES,
  READING_WORD,
  RELATIVE_TIME,
  SPAM_PHRASES,
  VIEW_COUNTER,
  WIDGET_FILLERS,
} from './known-phrases.ts';
import type { LineFeatures } from './line-features.ts';
import { withoutTrailing } from '../../engine/text/normalize.ts';
import { chromeLabelIn, isLabel, phraseCategory, WIDGET_ACTIONS, withHanFolded } from './phrase-category.ts';
import { COLONS } from '../../engine/text/colon.ts';

/** Labels that title a box whose lines follow them (see `LineSignal.boxTitle`). */
const BOX_TITLES: ReadonlySet<BoilerplateCategory> = new Set(['related-links', 'spam-advert', 'duplicated-teaser']);

/** What one line says about itself, before its position on the page is known. */
export interface LineSignal {
  /** The boilerplate category the line points to. */
  category: BoilerplateCategory;
  /** Which rule fired, in a few words: it becomes the ledger note. */
  reason: string;
  /** A box title ("AI summary", "Sponsored") whose box may hold the lines glued under it. */
  boxTitle?: boolean;
}

/** A category's name as a reason writes it ("share widget"). */
export const categoryName = (category: BoilerplateCategory): string => BOILERPLATE_CATEGORIES[category].label.toLowerCase();

/** Widget labels and box titles are short; a longer line is a sentence that uses the word. */
const MAX_LABEL_CHARS = 60;
const MAX_READING_TIME_CHARS = 50;
const MAX_WIDGET_TOKENS = 8;
/** Letters of a preposition that joins a button's verb to its network ("a", "su", "sur", "per"). */
const MAX_JOINT_CHARS = 3;
/** A button label is a verb and a word or two ("Share Insights"); a longer line is a sentence. */
const MAX_ACTION_LABEL_TOKENS = 2;
/** A ticker's line: a few words, or a row of quotes of a few words each (a symbol, a price, its change). */
const MAX_TICKER_WORDS = 8;
const MAX_WORDS_PER_QUOTE = 5;
/** What may close a label without being part of it: a colon, dots, an arrow. */
const LABEL_END = new RegExp(`[\\s${COLONS}.…!！?？>»›]`, 'u');
/** A copyright notice: the page's footer (jusText drops any block with ©). */
/** The marks a counter or reading time may carry around its number and unit. */
const COUNTER_MARKS = new RegExp(`[\\s.·|${COLONS}]`, 'gu');
const COPYRIGHT = /©|\(c\)\s*\d{4}/iu;

/** A label in brackets that opens a line, and text after it: "【广告】链社Pro…", "[Sponsored] Trade …". */
const BRACKETED_OPENING = /^[[【(（〔]([^\]】)）〕]{1,24})[\]】)）〕]\s*\S/u;
/** A countdown: two units of time or more, counted down ("Ends in 6d 19h 40m", "剩余 2天 5小时", "3일 12시간 남음"). */
const COUNTDOWN = /(?<![\p{L}\p{N}])\d{1,3}\s?(?:d|h|天|日|일|小时|時間|시간)\s?\d{1,2}\s?(?:h|m|min|小时|時間|시간|分|분)(?![\p{L}])/u;

/**
 * The strong signals: a line that matches one is boilerplate wherever it stands, even between
 * two essay paragraphs. Each rule pairs a phrase or symbol with a shape (short, not a sentence)
 * so that an essay sentence that happens to use the word is not caught.
 */
export function strongSignal(f: LineFeatures): LineSignal | undefined {
  const t = f.trimmed;
  const short = withoutTrailing(t, LABEL_END).length <= MAX_LABEL_CHARS;
  if (DISCLAIMER_LABEL.test(t)) return { category: 'disclaimer', reason: 'opens with a disclaimer label' };
  // The page's own label of an advert or of its campaign, in brackets before its copy ("【广告】…", "[Sponsored] …",
  // "【限时活动】…"), names the line as a disclaimer's label does.
  const bracketed = BRACKETED_OPENING.exec(t)?.[1];
  const bracketedLabel = bracketed === undefined ? undefined : phraseCategory(bracketed);
  if (bracketedLabel === 'spam-advert') return { category: 'spam-advert', reason: 'opens with an advert’s label in brackets' };
  // So does a related list's label before the other story's headline ("[관련기사] …", "【相关阅读】…").
  if (bracketedLabel === 'related-links') return { category: 'related-links', reason: 'opens with a related list’s label in brackets' };
  if (bracketed !== undefined && countMatches(bracketed, PROMO_PHRASES) >= 1)
    return { category: 'promo-banner', reason: 'opens with a campaign’s label in brackets' };
  if (countMatches(t, DISCLAIMER_PHRASES) >= 2) return { category: 'disclaimer', reason: 'legal wording about reposted content' };
  // After the notice rules: a notice may end with an address for take-down requests.
  // A paragraph that cites an address is still a paragraph; phrases never take prose out of the essay.
  if (f.emails > 0 && !f.prose) return { category: 'contact-line', reason: 'an e-mail address to contact the site' };
  // A list's label with a headline after its colon is an item of that list, not its title ("Read also: …").
  const labelled = phraseCategory(t);
  if (labelled === 'related-links' && !isLabel(t))
    return { category: 'related-links', reason: 'a link to another story after a list’s label' };
  const known = f.prose || !short ? undefined : labelled;
  if (known) return { category: known, reason: `a known label of a ${categoryName(known)}`, boxTitle: BOX_TITLES.has(known) };
  // A sentence naming it is the box's closing note ("AI 요약은 … 오류가 있을 수 있습니다."): it ends the box, opening none.
  if (short && AI_SUMMARY.test(t))
    return f.prose
      ? { category: 'ai-summary', reason: 'the note closing a machine-made summary box' }
      : { category: 'ai-summary', reason: 'title of a machine-made summary box', boxTitle: true };
  if (isReadingTime(f)) return { category: 'reading-time', reason: 'reading-time estimate or view counter' };
  if (isWidget(t)) return { category: 'share-widget', reason: 'labels of share, like or comment buttons' };
  // A line that is not a sentence and carries links, hashtags or emoji is the host's own: its campaign banner
  // when emoji decorate it, else its links or tags. Before the ticker rule: emoji mark a banner even when the
  // line names an amount ("🥇 First prize: 1,000 USDT").
  if (f.emoji > 0 && REACTION_ROW.test(t)) return { category: 'share-widget', reason: 'a post’s reactions or counters, emoji with counts' };
  if (!f.prose && f.urls + f.hashtags + f.emoji > 0)
    return f.emoji > 0
      ? { category: 'promo-banner', reason: 'campaign line of a banner: emoji, links or hashtags' }
      : { category: 'site-navigation', reason: 'links or tags of the host page' };
  if (f.amounts > 0 && !f.prose && f.words <= Math.max(MAX_TICKER_WORDS, MAX_WORDS_PER_QUOTE * f.amounts))
    return { category: 'price-ticker', reason: 'a token price or percentage change' };
  if (RELATIVE_TIME.test(t)) return { category: 'stray-timestamp', reason: 'a relative time of another item on the page' };
  if (!f.prose && COUNTDOWN.test(t)) return { category: 'promo-banner', reason: 'the countdown of a campaign' };
  if (COPYRIGHT.test(t) && !f.prose) return { category: 'site-navigation', reason: 'copyright footer of the host page' };
  if (short && isMenu(t)) return { category: 'site-navigation', reason: 'menu, breadcrumb or tag links of the host page' };
  if (CREDIT_LABEL.test(t)) return { category: 'site-navigation', reason: 'a translator, editor or source credit of the host page' };
  // CJK typography sets a note apart by the reference mark (※): a translator's, an editor's or a legal one.
  if (t.startsWith('※')) return { category: 'disclaimer', reason: 'a note, set apart by the reference mark ※' };
  if (isContentsEntry(t)) return { category: 'related-links', reason: 'an entry of a table of contents: a title, dots, its page' };
  return undefined;
}

/**
 * The weak signals: vocabulary (and labels of page chrome) that a sentence of the essay could
 * share. It decides the category of a line already known to be outside the essay, and keeps a
 * paragraph that touches a banner from joining the essay, but never takes a line out of the
 * essay's main run by itself.
 */
export function weakSignal(f: LineFeatures): LineSignal | undefined {
  const t = f.trimmed;
  if (countMatches(t, SPAM_PHRASES) >= 1) return { category: 'spam-advert', reason: 'get-rich advertorial wording' };
  if (countMatches(t, DISCLAIMER_PHRASES) >= 1) return { category: 'disclaimer', reason: 'legal wording about reposted content' };
  if (countMatches(t, PROMO_PHRASES) >= 1) return { category: 'promo-banner', reason: 'campaign or reward wording of the host' };
  // A known label of several words inside the line ("Thanks for reading! Subscribe for free …").
  const chrome = chromeLabelIn(t);
  return chrome && { category: chrome, reason: `holds the label of a ${categoryName(chrome)}` };
}

function isReadingTime(f: LineFeatures): boolean {
  const t = f.trimmed;
  if (t.length > MAX_READING_TIME_CHARS) return false;
  if (VIEW_COUNTER.test(t)) return true;
  if (!MINUTE_UNIT.test(t)) return false;
  // "3 min" alone, or with a word for reading in any language ("3 min di lettura", "阅读时间 3 分钟").
  return READING_WORD.test(t) || t.replace(MINUTE_UNIT, '').replace(COUNTER_MARKS, '') === '';
}

/**
 * A line made of button labels and counts ("Like 12 Comment 3 Repost"), or a two-word label with
 * an action in it ("Share Insights", "Condividi approfondimenti", "인사이트 공유").
 */
function isWidget(t: string): boolean {
  if (t.length > MAX_LABEL_CHARS) return false;
  const tokens = (t.toLowerCase().match(/[\p{L}\p{M}'’]+|\d[\d.,]*[km万]?/gu) ?? []).map(withHanFolded);
  if (tokens.length === 0 || tokens.length > MAX_WIDGET_TOKENS) return false;
  if (!tokens.some((token) => WIDGET_ACTIONS.has(token))) return false;
  // Among them may stand one short word the fillers lack: a preposition of a language whose list has none
  // ("Comparteix a Facebook", "Condividi su X").
  const others = tokens.filter((token) => !WIDGET_ACTIONS.has(token) && !WIDGET_FILLERS.has(token) && !/^\d/.test(token));
  return (
    tokens.length <= MAX_ACTION_LABEL_TOKENS || others.length === 0 || (others.length === 1 && [...others[0]!].length <= MAX_JOINT_CHARS)
  );
}

/** Three or more short items parted by a breadcrumb arrow, a bar, a dot or a wide gap. */
function isMenu(t: string): boolean {
  // A byline with a date ("Haotian | CryptoInsight · Jun 17, 2025") is not a menu.
  if (/\d/.test(t)) return false;
  const parts = t.split(/\s*[>›»]\s*|\s+[|·•∙]\s+|\s{2,}/u);
  return parts.length >= 3 && parts.every((p) => p.length > 0 && p.length <= 40);
}

function countMatches(text: string, pattern: RegExp): number {
  return new Set(Array.from(text.matchAll(pattern), (m) => m[0].toLowerCase())).size;
}

/**
 * An entry of a printed table of contents: a title, a leader of dots and its page number ("Interview ........ 9"). Read
 * from the line's end, so a line of dots alone costs one pass.
 */
function isContentsEntry(t: string): boolean {
  let digits = t.length;
  while (digits > 0 && t[digits - 1]! >= '0' && t[digits - 1]! <= '9') digits--;
  if (digits === t.length || t.length - digits > 4) return false;
  const rest = t.slice(0, digits).trimEnd();
  return (rest.endsWith('.....') || rest.endsWith('………') || rest.endsWith('·····')) && /\p{L}/u.test(rest);
}
