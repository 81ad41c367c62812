import { alternatives, entriesOf, escapePattern } from './vocabulary.ts';
import { COLONS } from '../../engine/text/colon.ts';
import { withHanFolded } from './phrase-category.ts';

/**
 * The wording that host pages put around reposted articles, in the languages the mirrors of this
 * corpus are published in. These are the vocabulary of page chrome (buttons, box titles, legal
 * notices), not phrases copied from any one capture: each list names the category it signals and
 * the rules in `classify-line.ts` decide how much a match counts for, given the line's shape.
 */

/**
 * Reading-time estimates: a small number, a minute unit and (usually) a word for reading. The unit follows the number or, as
 * in Swahili, leads it ("Dakika 5 za kusoma").
 */
const MINUTES = alternatives('minute-unit');
export const MINUTE_UNIT = new RegExp(`(?<!\\p{Nd})\\p{Nd}+\\s*${MINUTES}\\.?|(?<!\\p{L})${MINUTES}\\s*\\p{Nd}+(?!\\p{Nd})`, 'iu');
/** A word for reading, or a reading-time label, in the languages mirrors use. */
export const READING_WORD = new RegExp(alternatives('reading-word'), 'iu');
/**
 * A count as widgets print it, in the digits of any script: "1,204", "2 341" (grouped by a space, as many locales do),
 * "1.2K", "3万", "۲٬۴۱۸", or in CJK
 * numerals, as a page in classical or formal Chinese prints it ("一千二百八十").
 */
const COUNT = '(?:[\\p{Nd}.,٬]+(?:[\\s\\u00a0\\u202f]\\p{Nd}{3})*\\s*[KkMm万萬]?|[〇零一二三四五六七八九十百千万萬]+)';
const VIEWS = alternatives('view-word');
/** View counters, the other half of a reading-time widget: the word before the count, after it, or both ("เข้าชม 2,418 ครั้ง"). */
export const VIEW_COUNTER = new RegExp(`^(?:${VIEWS}\\s*[${COLONS}]?\\s*${COUNT}(?:\\s*${VIEWS})?|${COUNT}\\s*${VIEWS})$`, 'iu');
/**
 * A post's reactions or counters: emoji, each with its count, and nothing else ("👍 214  🔥 57", "👁 5,1K"). A count groups
 * its digits by threes and keeps one decimal at most: "📅 17.06.2025" is a date.
 */
const REACTION_COUNT = '\\p{Nd}{1,3}(?:[.,\\s\\u00a0\\u202f]\\p{Nd}{3})*(?:[.,]\\p{Nd})?\\s*[KkMm万萬]?';
export const REACTION_ROW = new RegExp(`^(?:(?:\\p{Extended_Pictographic}\\uFE0F?)+\\s*${REACTION_COUNT}\\s*)+$`, 'u');

/** Words that may stand beside the actions on a widget line without making it a sentence. */
export const WIDGET_FILLERS: ReadonlySet<string> = new Set(entriesOf('widget-filler').map(withHanFolded));

/** Opening labels of legal or editorial notices. */
export const DISCLAIMER_LABEL = new RegExp(`^${alternatives('disclaimer-label')}\\s*[${COLONS}.]?`, 'iu');
/** Phrases of legal or editorial notices about reposted content; two different ones make a notice. */
export const DISCLAIMER_PHRASES = new RegExp(alternatives('disclaimer-phrase'), 'giu');

/** Words for translating, as a pattern's source: one list for a note, a credit and a credit's label. */
const TRANSLATION_WORDS = alternatives('translation-word');
/** Words of a translator's or reposter's note ("Translated from the Chinese by …", "이 글을 우리말로 옮겼습니다"). */
export const TRANSLATION_WORD = new RegExp(TRANSLATION_WORDS, 'iu');
/** A line opened by a word for translating: a translator's credit ("Översatt av Karin Lund", "Aus dem Englischen von …"). */
export const TRANSLATION_CREDIT = new RegExp(`^${TRANSLATION_WORDS}`, 'iu');

/**
 * Credits of the repost's translator, editor or source: page chrome, not the essay's author. A word for translating
 * before the colon labels a translator's credit in any language ("Lược dịch: Thu Hà", "Tłumaczenie: Anna Nowak").
 */
export const CREDIT_LABEL = new RegExp(`^(?:${alternatives('credit-label')}|${TRANSLATION_WORDS})\\s*[${COLONS}|]`, 'iu');

/** Titles of boxes of machine-made summaries. */
export const AI_SUMMARY = new RegExp(alternatives('ai-summary-label'), 'iu');

/** Vocabulary of get-rich advertorials (cloud mining, guaranteed income) placed beside articles. */
export const SPAM_PHRASES = new RegExp(alternatives('spam-phrase'), 'giu');

/** Vocabulary of the host's own campaigns: contests, airdrops, rewards, sign-up calls. */
export const PROMO_PHRASES = new RegExp(alternatives('promo-word'), 'giu');

/** Labels of the source's own title or address: metadata of the original, not of this repost. */
export const SOURCE_LABEL = new RegExp(`^${alternatives('source-label')}\\s*[${COLONS}]`, 'iu');

/** Labels that say a date is when the page was updated ("Updated: …"), not when it was published. */
export const UPDATE_LABEL = new RegExp(`^${alternatives('update-label')}`, 'iu');
/** Labels of the original's date on a repost that prints its own too ("Originally posted Jun 17, 2025"). */
export const ORIGINAL_LABEL = new RegExp(`^${alternatives('original-label')}`, 'iu');
/** Labels that may precede a publication or update date ("Published: …"). */
export const DATE_LABEL = new RegExp(`^(?:${alternatives('date-label')}|${alternatives('update-label')})\\s*[${COLONS}]?\\s*`, 'iu');

/** Labels that introduce the author's name ("Author:", "Written by", "撰文："). */
export const AUTHOR_LABEL = new RegExp(`^${alternatives('author-label')}(?:\\s*[${COLONS}|｜丨/／]\\s*|\\s+)`, 'iu');
/** An author label at a line's start, as the first part of a label with a qualifier (`AUTHOR_QUALIFIER`). */
export const AUTHOR_LABEL_START = new RegExp(`^${alternatives('author-label')}`, 'iu');
/**
 * What an author label's qualifier adds, a few words in lower case and a colon ("Autor pôvodného textu:", "Autor oryginału:",
 * "Author of the original:"): the original's author, whom a translation's page names so.
 */
export const AUTHOR_QUALIFIER = new RegExp(`^(?:\\s+\\p{Ll}[\\p{L}\\p{M}'’-]*){1,3}\\s*[${COLONS}]\\s*`, 'u');
/** An author's field after another on one line ("来源：链上观察  作者：Haotian"): parted by a wide gap or a bar, with a colon. */
export const AUTHOR_FIELD = new RegExp(`(?:\\s{2,}|\\u3000|\\s?[|｜·•]\\s?)${alternatives('author-label')}\\s*[${COLONS}]\\s*`, 'iu');
/** A journalist's role after the name in a byline ("Haotian, colunista", "하오톈(Haotian) 기자"), the whole rest of the line. */
export const AUTHOR_ROLE = new RegExp(`^${alternatives('author-role')}[.。]?$`, 'iu');
/** An author label on a line of its own, the name on the next ("작성자" / "Haotian"). */
export const AUTHOR_LABEL_ALONE = new RegExp(`^${alternatives('author-label')}\\s*[${COLONS}]?$`, 'iu');

/** Relative times ("3 hours ago", "3 小时前") stamped on other items of the page. */
export const RELATIVE_TIME = new RegExp(`^${alternatives('relative-time')}$`, 'iu');

/** A follow button on its own, which pages print beside the author's name. */
export const FOLLOW_LABEL = new RegExp(`^(?:\\+\\s?)?${alternatives('follow-label')}$`, 'iu');

/**
 * A note in brackets that ends a line and names a picture ("（イメージ画像）", "（写真はイメージ）", "（示意图）",
 * "(illustrative image)"): the line is the picture's caption, with or without a sentence's end before it.
 */
export const IMAGE_NOTE = new RegExp(`[(（][^()（）]*${alternatives('image-word')}[^()（）]*[)）]$`, 'iu');
/** A picture's word, capitalised as a credit after a caption's sentences opens on it, as a pattern's source. */
const CAPITALISED_IMAGE_WORD = `(?:${entriesOf('image-word')
  .map((e) => escapePattern(e.charAt(0).toUpperCase() + e.slice(1)))
  .join('|')})`;
/**
 * A picture's word, capitalised, and a short word for who made it, as a caption's credit opens after its sentences
 * ("Illustration by", "Foto von", "Photo de"), as a pattern's source.
 */
export const IMAGE_BY = `${CAPITALISED_IMAGE_WORD}\\s\\p{Ll}{2,4}\\s`;
/** A picture's word, capitalised, and its colon, as a caption's credit opens after its sentences ("… tác tử. Ảnh minh họa: …"). */
export const IMAGE_LABEL = `${CAPITALISED_IMAGE_WORD}\\s?[${COLONS}]`;
/**
 * A picture's credit on a line of its own, opened by a word for a picture, perhaps one word more, and a colon or a spaced
 * dash ("Image: Getty Images / TechVeld illustration", "Photo credit: …", "圖片來源：Unsplash", "Photo — Unsplash"): page
 * furniture, never a title.
 */
export const IMAGE_CREDIT = new RegExp(`^${alternatives('image-word')}(?:\\s?\\p{L}+)?(?:\\s?[${COLONS}]|\\s[—–-]\\s)`, 'iu');
