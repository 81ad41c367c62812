import { withoutClosingEmoji } from '../../corpus/repost/load-repost.ts';
import { countWords, endsSentence } from '../../engine/text/segment.ts';
import { COLONS } from '../../engine/text/colon.ts';
import { COMMAS } from '../../engine/text/comma.ts';
import { CJK_SCRIPTS, PHRASE_SPACED_SCRIPTS } from '../../engine/text/scripts.ts';
import { OPENING_QUOTES } from '../../engine/text/quotes.ts';

/**
 * The shape of one capture line, measured once so that every later rule reads numbers instead of
 * re-running regular expressions. Nothing here knows what the essay is about: these are the
 * surface signals (length, sentence shape, emoji, links, prices) that tell prose from page chrome.
 */
export interface LineFeatures {
  /** The line without white space at either end. */
  trimmed: string;
  /** True when the line holds only white space. */
  blank: boolean;
  /** Characters in `trimmed` (UTF-16 units: only compared against rough thresholds). */
  chars: number;
  /** Words written with spaces between them (Latin, Cyrillic, Hangul, …). */
  spacedWords: number;
  /** Han, Hiragana and Katakana characters: scripts written without spaces. */
  cjkChars: number;
  /** An approximate word count that treats two CJK characters as one word (ICU's words in Thai-style scripts). */
  words: number;
  /** Pictographic characters (emoji). */
  emoji: number;
  /**
   * Emoji between the line's words. Social posts bullet a sentence with an emoji or close it with one ("… hissediyor. ✅");
   * a banner sets them among its words ("🎁 Join now 🚀 and win").
   */
  innerEmoji: number;
  /** Web addresses (`https://…`, `www.…`, `t.me/…`). */
  urls: number;
  /** Characters in links and e-mail addresses. */
  linkChars: number;
  /** E-mail addresses. */
  emails: number;
  /** Hashtags (`#Word` or Gate-style `#Word Word#`). */
  hashtags: number;
  /** Amounts of money (`$0.0122`, `12.5 USDT`) and signed percentages (`+3.94%`): market data. */
  amounts: number;
  /** True when the line ends like a sentence (`.`, `?`, `!`, `。`, … before closing quotes and emoji). */
  endsSentence: boolean;
  /** Commas, semicolons, colons and CJK pauses: the joints of a running sentence. */
  clauseMarks: number;
  /** Spaces between letters of a script written without spaces between words (Thai): they part phrases. */
  phraseSpaces: number;
  /** Share of the words with a cased first letter that start in lower case: high in running text. */
  lowerShare: number;
  /** True when the line opens with a section number such as `1)`, `2.`, `一、`. */
  numberedLead: boolean;
  /** True when the line has the shape of essay prose (see `isProseShaped`). */
  prose: boolean;
}

const EMOJI = /\p{Extended_Pictographic}/gu;
/** Emoji (and their variation selectors) that open a line. */
export const LEADING_EMOJI = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)+/u;
/** Symbols that are pictographic in Unicode but appear in ordinary text (company names, legal lines). */
const TEXT_SYMBOLS = new Set(['©', '®', '™', '‼', '⁉', '↔', '↕']);
/**
 * What an address runs on with: anything but white space, and not the letters and punctuation of Chinese, Japanese
 * and Korean, which follow a cited address with no space between ("（开源地址：https://github.com/…）能做…").
 */
const ADDRESS_CHARS = String.raw`[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]+`;
/** A web address: `http(s)://`, `www.` or a Telegram link. */
export const URL = new RegExp(String.raw`\bhttps?:\/\/${ADDRESS_CHARS}|\bwww\.[\w-]+\.${ADDRESS_CHARS}|\bt\.me\/${ADDRESS_CHARS}`, 'giu');
// The look-behind starts a match only at the start of a token: without it a long run of letters
// with no "@" would be rescanned from every position.
export const EMAIL = /(?<![\w.+@-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const HASHTAG = /(?:^|\s)#[\p{L}\p{N}_][^\s#]*(?:#|(?=\s|$))/gu;
/**
 * An amount of money: any currency's sign (`\p{Sc}`: $, €, ₦, ₱, ₽, ₺, ₫, ฿…) before the number or, as much of Europe and
 * Canadian French write it, after ("40.000 €", "100 $"), or a dollar code after it, in the digits of any script.
 */
const PRICE = /\p{Sc}\s?\p{Nd}[\p{Nd},]*(?:\.\p{Nd}+)?|(?<![\p{Nd},.])\p{Nd}[\p{Nd}.,]*\s?(?:\p{Sc}|USDT|USDC|USD\b)/gu;
/**
 * A signed change in percent, the sign or a ticker's arrow before it or, as Turkish writes it, the percent sign before
 * the number, after the sign or before it ("+0.12%", "▲0.3%", "%+0,12", "-%1,84"), in the digits, decimal mark and percent sign of any script ("▼ ۱٫۲٪").
 */
const SIGNED_PERCENT =
  /[+\-−▲▼↑↓]\s?\p{Nd}+(?:[.,٫]\p{Nd}+)?\s?[%٪％]|[%٪％]\s?[+\-−]\p{Nd}+(?:[.,٫]\p{Nd}+)?|[+\-−][%٪％]\p{Nd}+(?:[.,٫]\p{Nd}+)?/gu;

/** A currency pair and its rate, as a ticker prints it ("USD/SEK 9,53", "EUR/CZK 24,79"). */
const CURRENCY_PAIR = /(?<![\p{L}\p{N}])\p{Lu}{3,5}\/\p{Lu}{3,5}\s+\p{Nd}/gu;
const CLAUSE_MARK = new RegExp(`[${COMMAS};；${COLONS}]`, 'g');
/**
 * A numbered section lead at the start of a line: `1)`, `2.`, `1）`, `一、`, a number in brackets (`（二）`, `(3)`), a
 * keycap digit (`1️⃣`) as social posts number them, or a circled one (`②`).
 */
export const NUMBERED_LEAD = (() => {
  const numeral = String.raw`(?:\p{Nd}{1,2}|[一二三四五六七八九十]{1,3})`;
  return new RegExp(String.raw`^(?:${numeral}\s*[.)）、．]|[(（]${numeral}[)）]|\p{Nd}\uFE0F?\u20E3|[\u2460-\u2473\u2776-\u277F])`, 'u');
})();
/** A word of two to four capitals: an acronym ("AI", "NFT", "TVL"), no name and no function word. */
export const ACRONYM = /^\p{Lu}{2,4}$/u;
/** The mark that opens an item of a bulleted list, in Latin and CJK typography. */
export const LIST_BULLET = /^(?:[•・▪‣◦●○■□►▸]|[-*–] )/u;
/** A word of a script written with spaces: letters and digits, with inner apostrophes, hyphens and underscores (a handle is one word). */
export const SPACED_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}_'’-]*/gu;
const CJK = new RegExp(`[${CJK_SCRIPTS}]`, 'gu');
/** Scripts written without spaces between words: a space there parts phrases or sentences, as a comma would. */
const PHRASE_SCRIPT = `[${PHRASE_SPACED_SCRIPTS}]`;
const PHRASE_SPACED = new RegExp(PHRASE_SCRIPT, 'u');
const PHRASE_SPACE = new RegExp(`(?<=${PHRASE_SCRIPT})\\s+(?=${PHRASE_SCRIPT})`, 'gu');

/** Prose lines need at least this many words when they end like a sentence… */
const MIN_SENTENCE_WORDS = 6;
/** …and this many when they do not: a title runs to a dozen words or more without a stop, a cut-off paragraph is longer. */
const MIN_UNFINISHED_WORDS = 20;
/**
 * Share of a line's characters in links or addresses above which it is not prose. jusText uses 0.2 for
 * HTML anchors; a captured link is its whole address, and one cited address can fill a fifth of a sentence.
 */
const MAX_LINK_DENSITY = 0.5;
/** Words a line of running text needs when it ends mid-sentence (a wrapped line has a dozen). */
const MIN_RUNNING_WORDS = 8;
/** A title or a label is a phrase or two: more joints than this make running text (see also `isTitleShaped`). */
export const MAX_PHRASE_JOINTS = 3;
/** Words a clause of running text has on average; a list's items, parted by commas, are a word or two ("Ethereum, L2, роллапы, …"). */
const MIN_CLAUSE_WORDS = 2.5;
/** Share of lower-case words from which a line reads as running text rather than a title. */
export const MIN_LOWER_SHARE = 0.6;
/** The first letter of each word, where that letter has case (Georgian's count as lower case: a long Georgian line reads as running text, as it is). */
const CASED_WORD_START = /(?<![\p{L}\p{N}'’])[\p{Lu}\p{Ll}]/gu;
/**
 * The letters of scripts without case, as a character class's body: CJK, Arabic, Devanagari, Thai… and Georgian, whose letters
 * Unicode files as lower case, having added capitals (Mtavruli) for all-caps setting only: running Georgian text has
 * no capitals, so a Georgian name is never capitalised and no Georgian line runs on by its case.
 */
export const CASELESS_LETTERS = String.raw`\p{Lo}\p{Script=Georgian}`;
/** A line that runs on in lower case, after an opening quote or not: a wrapped line's rest, a sentence's continuation. */
export const OPENS_LOWER = new RegExp(String.raw`^[${OPENING_QUOTES}]*(?![${CASELESS_LETTERS}])\p{Ll}`, 'u');
const CASELESS = new RegExp(`[${CASELESS_LETTERS}]`, 'gu');
/** True when most of a text's letters have no case (Hangul, kana, Han, Arabic, Georgian): "AI와 크립토의 '레이어 역설'". */
export const isCaseless = (text: string): boolean => (letterShare(text, CASELESS) ?? 0) > 0.5;

/** The share of a text's letters that `letters` (a global pattern) matches; undefined when the text has no letter. */
export function letterShare(text: string, letters: RegExp): number | undefined {
  const all = text.match(/\p{L}/gu)?.length ?? 0;
  return all === 0 ? undefined : (text.match(letters)?.length ?? 0) / all;
}

/** The box-drawing characters (U+2500–U+257F) that open or close a line, with the spaces beside them. */
const BOX_FRAME = /^[\u2500-\u257F]+\s*|\s*[\u2500-\u257F]+$/gu;

/** Measures one line. Cost is linear in its length. */
export function lineFeatures(text: string): LineFeatures {
  // A box drawn with line characters frames its text ("┌ RELATED NEWS", "│ …", "└ More →"): the text is read without the
  // frame. A line of the frame alone ("━━━━") is a rule, and stays one.
  const line = text.trim();
  const trimmed = line.replace(BOX_FRAME, '') || line;
  const ascii = !/[^\x00-\x7F]/.test(trimmed);
  const cjkChars = ascii ? 0 : count(trimmed, CJK);
  const spacedWords = count(trimmed.replace(CJK, ' '), SPACED_WORD);
  const phraseSpaced = !ascii && PHRASE_SPACED.test(trimmed);
  const emoji = ascii ? 0 : (trimmed.match(EMOJI)?.filter((c) => !TEXT_SYMBOLS.has(c)).length ?? 0);
  // The line without the emoji that bullet or close it.
  const core = emoji > 0 ? withoutClosingEmoji(trimmed.replace(LEADING_EMOJI, '')) : trimmed;
  const features: LineFeatures = {
    trimmed,
    blank: trimmed === '',
    chars: trimmed.length,
    spacedWords,
    cjkChars,
    words: phraseSpaced ? countWords(trimmed) : spacedWords + Math.ceil(cjkChars / 2),
    emoji,
    innerEmoji: core === trimmed ? emoji : (core.match(EMOJI)?.filter((c) => !TEXT_SYMBOLS.has(c)).length ?? 0),
    urls: count(trimmed, URL),
    linkChars: [...(trimmed.match(URL) ?? []), ...(trimmed.match(EMAIL) ?? [])].join('').length,
    emails: count(trimmed, EMAIL),
    hashtags: count(trimmed, HASHTAG),
    amounts: count(trimmed, PRICE) + count(trimmed, SIGNED_PERCENT) + count(trimmed, CURRENCY_PAIR),
    endsSentence: endsSentence(core),
    clauseMarks: count(trimmed, CLAUSE_MARK),
    phraseSpaces: phraseSpaced ? count(trimmed, PHRASE_SPACE) : 0,
    lowerShare: lowerShare(trimmed),
    numberedLead: NUMBERED_LEAD.test(trimmed),
    prose: false,
  };
  features.prose = isProseShaped(features);
  return features;
}

/**
 * Prose is what a person writes in sentences: enough words, sentence punctuation or running
 * lower-case words, and none of the page furniture (emoji among its words, links, prices) that widgets
 * and banners are made of. A hashtag alone does not bar a sentence ("our #1 problem"): a line of tags is short.
 */
function isProseShaped(f: LineFeatures): boolean {
  if (f.amounts > 0 || (f.emoji > 0 && !isDecoratedSentence(f))) return false;
  // A sentence may cite an address; a line that is mostly addresses is a link (jusText's link density).
  if (f.urls + f.emails > 0 && f.linkChars > MAX_LINK_DENSITY * f.chars) return false;
  if (f.endsSentence) return f.words >= MIN_SENTENCE_WORDS;
  // A line of a hard-wrapped paragraph ends mid-sentence; its words run on in lower case, unlike
  // the capitalised words of a title or a menu.
  if (f.spacedWords >= MIN_RUNNING_WORDS && f.lowerShare >= MIN_LOWER_SHARE) return true;
  // A line of many clauses runs on, however short ("然則、一者解技術之難、一者包裝金融之品乎、孰是孰非…").
  // Thai and its neighbours part a sentence's phrases with spaces, and may end it with none.
  return (
    (f.words >= MIN_UNFINISHED_WORDS && f.clauseMarks + f.phraseSpaces >= 1) ||
    (f.words >= MIN_SENTENCE_WORDS && f.clauseMarks > MAX_PHRASE_JOINTS && f.words >= MIN_CLAUSE_WORDS * (f.clauseMarks + 1))
  );
}

/**
 * True when emoji only decorate a sentence, as social posts do: they bullet it or close it ("… nerede? 🤔"), even in
 * place of its stop when it runs long ("… cuối tuần 😄"). Emoji among its words, or beside a link or a hashtag, make a
 * banner's line ("📢 #PROVE Contest# is Now Live!"); by a shorter unfinished line they point ("… çevirisi 👇") or call.
 */
function isDecoratedSentence(f: LineFeatures): boolean {
  return f.innerEmoji === 0 && f.urls + f.hashtags === 0 && (f.endsSentence || f.words >= MIN_UNFINISHED_WORDS);
}

/** Share of words with a cased first letter that start in lower case (0 when none has case). */
function lowerShare(text: string): number {
  let cased = 0;
  let lower = 0;
  for (const letter of text.match(CASED_WORD_START) ?? []) {
    cased++;
    if (letter === letter.toLowerCase()) lower++;
  }
  return cased === 0 ? 0 : lower / cased;
}

/** Matches of a global pattern in a text. */
const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;
