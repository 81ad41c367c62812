import { alternatives, entriesOf } from './vocabulary.ts';

/**
 * The wording that host pages put around reposted articles, in the languages the mirrors of this
 * corpus are published in. These are the vocabulary of page chrome (buttons, box titles, legal
 * notices), not phrases copied from any one capture: each list names the category it signals and
 * the rules in `classify-line.ts` decide how much a match counts for, given the line's shape.
 */

/** A word boundary that knows letters beyond ASCII (`\b` in a JavaScript RegExp does not). */
const BOUNDARY = '(?:(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_])|(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_]))';

/**
 * Rebuilds a pattern so that its `\b` works for every script, and makes it Unicode-aware. The
 * look-arounds cost a lot on long lines, so only patterns tried on short lines (labels, buttons)
 * are rebuilt; the phrase lists tried on every line use ASCII `\b` and bound non-Latin words
 * with explicit look-arounds.
 */
function words(pattern: RegExp): RegExp {
  const flags = pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`;
  return new RegExp(pattern.source.replaceAll('\\b', BOUNDARY), flags);
}

/** Reading-time estimates: a small number, a minute unit and (usually) a word for reading. */
export const MINUTE_UNIT = new RegExp(`(?<!\\d)\\d+\\s*${alternatives('minute-unit')}\\.?`, 'iu');
/** A word for reading, or a reading-time label, in the languages mirrors use. */
export const READING_WORD = new RegExp(alternatives('reading-word'), 'iu');
/** View counters, the other half of a reading-time widget. */
export const VIEW_COUNTER = words(
  /^(?:(?:views?|reads|aufrufe|vistas|visualizzazioni|visualizações|vues|просмотр\w*|阅读量?|閱讀量?|浏览量?|瀏覽量?|조회수?|閲覧数?)\s*[:：]?\s*[\d.,]+\s*[KkMm万萬]?|[\d.,]+\s*[KkMm万萬]?\s*(?:views?|reads|aufrufe|vistas|visualizzazioni|visualizações|vues|просмотр\w*|次阅读|次浏览|阅读|浏览|조회))$/iu,
);

/** Words that may stand beside the actions on a widget line without making it a sentence. */
export const WIDGET_FILLERS: ReadonlySet<string> = new Set(entriesOf('widget-filler'));

/** Opening labels of legal or editorial notices. */
export const DISCLAIMER_LABEL = new RegExp(`^${alternatives('disclaimer-label')}\\s*[:：.]?`, 'iu');
/** Phrases of legal or editorial notices about reposted content; two different ones make a notice. */
export const DISCLAIMER_PHRASES = new RegExp(alternatives('disclaimer-phrase'), 'giu');

/** Credits of the repost's translator, editor or source: page chrome, not the essay's author. */
export const CREDIT_LABEL = new RegExp(`^${alternatives('credit-label')}\\s*[:：|]`, 'iu');

/** Ways to reach the host or reposter (beyond e-mail addresses, which are found by shape). */
export const CONTACT_PHRASE =
  /\b(?:contact us|contact|get in touch|reach us|follow us|join our (?:telegram|community|channel|discord)|telegram|wechat|whatsapp|discord|kontakt(?:ieren)?|contáctenos|contacto|contattaci|contattateci|contactez|fale conosco|entre em contato)\b|联系我们|聯繫我們|联系方式|聯繫方式|商务合作|商務合作|投稿|связаться|свяжитесь|문의|お問い合わせ|liên hệ|hubungi|iletişim/iu;

/** Boxes of machine-made summaries and their loading placeholders. */
export const AI_SUMMARY = words(
  /\bAI[- ]?(?:generated )?summary\b|\bsummary (?:by|from) AI\b|\bsummari[sz]ed by AI\b|AI\s?(?:摘要|总结|總結|速读|速讀)|KI-Zusammenfassung|Zusammenfassung \(KI\)|resumen (?:de|por|con) IA|résumé (?:par |de l')?IA|riepilogo (?:AI|IA)|resumo (?:de|por) IA|сводка ИИ|ИИ-сводка|AI 요약|AI要約|tóm tắt (?:bằng )?AI|ringkasan AI/iu,
);
/** A loading placeholder on its own ("Generating…"): what an AI box shows before it fills. */
export const GENERATING_PLACEHOLDER = words(
  /^(?:generating|summari[sz]ing|loading|生成中|正在生成|正在加载|wird generiert|generando|génération en cours|generazione in corso|gerando|генерируется|생성 중|生成しています)\s*(?:\.{2,}|…)?$/iu,
);

/** The footer that feed syndication appends to copied posts: "The post X appeared on Y". */
export const SYNDICATION_FOOTER = /\bthe post\b.{3,400}?\bappeared (?:first )?on\b/iu;
/** Vocabulary of get-rich advertorials (cloud mining, guaranteed income) placed beside articles. */
export const SPAM_PHRASES = new RegExp(alternatives('spam-phrase'), 'giu');

/** Vocabulary of the host's own campaigns: contests, airdrops, rewards, sign-up calls. */
export const PROMO_PHRASES = new RegExp(alternatives('promo-word'), 'giu');

/** Labels of the source's own title or address: metadata of the original, not of this repost. */
export const SOURCE_LABEL = new RegExp(`^${alternatives('source-label')}\\s*[:：]`, 'iu');

/** Labels that may precede a publication date ("Published: …"). */
export const DATE_LABEL = new RegExp(`^${alternatives('date-label')}\\s*[:：]?\\s*`, 'iu');

/** Labels that introduce the author's name ("Author:", "Written by", "撰文："). */
export const AUTHOR_LABEL = new RegExp(`^${alternatives('author-label')}(?:\\s*[:：|丨]\\s*|\\s+)`, 'iu');

/** Relative times ("3 hours ago", "3 小时前") stamped on other items of the page. */
export const RELATIVE_TIME = words(
  /^(?:\d+\s*(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?|years?)\s+ago|just now|yesterday|刚刚|剛剛|昨天|\d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月)前|vor \d+ \w+|hace \d+ \w+|il y a \d+ \w+|\d+ \w+ fa|há \d+ \w+|\d+ \S+ назад|\d+\s*(?:초|분|시간|일)\s*전|\d+\s*(?:秒|分|時間|日)前)$/iu,
);

/** English month names and their abbreviations, for dates like "Jun 17, 2025". */
export const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
