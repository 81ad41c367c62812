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
export const MINUTE_UNIT = words(
  /(?<!\d)\d+\s*(?:min\b\.?|mins\b|minut\p{L}*|мин\b\.?|минут\p{L}*|хв\b\.?|хвилин\p{L}*|分钟|分鐘|分|분|นาที|phút\b|dakika\p{L}*|dk\b\.?|menit\b|perc\b|λεπτ\p{L}*|دقائق|دقيقة)/iu,
);
/** A word for reading, or a reading-time label, in the languages mirrors use. */
export const READING_WORD = words(
  /\b(?:read|reading|lectura|lettura|leitura|lecture|lesezeit|lesen|lese|leestijd|czytania|läsning|okuma|đọc|baca|membaca|olvasás|pagbasa|basahin)\b|чтения|читання|ανάγνωσης|قراءة|阅读|閱讀|読了|で読め|읽기|อ่าน|소요/iu,
);
/** View counters, the other half of a reading-time widget. */
export const VIEW_COUNTER = words(
  /^(?:(?:views?|reads|aufrufe|vistas|visualizzazioni|visualizações|vues|просмотр\w*|阅读量?|閱讀量?|浏览量?|瀏覽量?|조회수?|閲覧数?)\s*[:：]?\s*[\d.,]+\s*[KkMm万萬]?|[\d.,]+\s*[KkMm万萬]?\s*(?:views?|reads|aufrufe|vistas|visualizzazioni|visualizações|vues|просмотр\w*|次阅读|次浏览|阅读|浏览|조회))$/iu,
);

/** Words that may stand beside the actions on a widget line without making it a sentence. */
export const WIDGET_FILLERS = new Set([
  'insights',
  'insight',
  'post',
  'this',
  'article',
  'on',
  'to',
  'via',
  'x',
  'twitter',
  'facebook',
  'telegram',
  'linkedin',
  'reddit',
  'weibo',
  'wechat',
  'whatsapp',
  'email',
  'link',
  'copy',
  'print',
  'report',
  'more',
  'and',
  'gift',
  'translate',
  'me',
  'gusta',
  'mi',
  'piace',
  'us',
  'dieser',
  'beitrag',
  'artikel',
]);

/** Opening labels of legal or editorial notices. */
export const DISCLAIMER_LABEL = words(
  /^(?:disclaimer|risk (?:warning|disclosure)|legal (?:notice|disclaimer)|important notice|免责声明|免責聲明|风险提示|風險提示|特别声明|haftungsausschluss|risikohinweis|descargo de responsabilidad|aviso legal|exención de responsabilidad|avertissement|clause de non-responsabilité|dichiarazione di non responsabilità|esclusione di responsabilità|avviso legale|isenção de responsabilidade|отказ от ответственности|면책\s?조항|免責事項|sorumluluk reddi|tuyên bố miễn trừ trách nhiệm|penafian|zastrzeżenie|відмова від відповідальності|застереження|ข้อจำกัดความรับผิดชอบ|إخلاء المسؤولية|paunawa)\b\s*[:：.]?/iu,
);
/** Phrases of legal or editorial notices about reposted content; two of them make a notice. */
export const DISCLAIMER_PHRASES: readonly RegExp[] = [
  /do(?:es)? not (?:necessarily )?(?:reflect|represent)/iu,
  /\b(?:views|opinions) expressed\b|opiniones expresadas|opinions exprimées|opinioni espresse|opiniões expressas|geäußerten meinungen/iu,
  /\b(?:solely|exclusively) (?:those|the responsibility) of\b|responsabilidad exclusiva|responsabilité exclusive|esclusiva responsabilità|responsabilidade exclusiva|alleinige verantwortung/iu,
  /for (?:general )?(?:informational|information|reference) purposes only|for reference only/iu,
  /\bnot (?:constitute|intended as|be construed as)\b.{0,30}\b(?:advice|offer|solicitation)/iu,
  /\bno (?:investment|financial|tax|legal)[\w ,]{0,30}advice\b|\bnot (?:financial|investment) advice\b/iu,
  /all rights (?:remain|reserved|belong)|copyright (?:belongs|remains)/iu,
  /\binfring/iu,
  /\b(?:reposted|reprinted|republished|sourced from)\b/iu,
  /\boriginal authors?\b/iu,
  /third[- ]party (?:opinions|content|rights)/iu,
  /\bsponsored content\b/iu,
  /\b(?:investment|financial) advice\b|\bnot intended to be\b|\bshall not be (?:construed|understood)\b/iu,
  /\bdo your own research\b|\bDYOR\b/u,
  /不构成(?:任何)?投资建议|不構成(?:任何)?投資建議|不代表本(?:站|平台)|仅代表作者|僅代表作者|版权归|版權歸|侵权|侵權|转载|轉載|仅供参考|僅供參考/u,
  /keine anlageberatung|no constituye (?:asesoramiento|una recomendación)|ne constitue pas un conseil|non costituisce (?:una )?consulenza|não constitui (?:aconselhamento|recomendação)|не является (?:инвестиционной|финансовой)/iu,
  /ripubblicat|republicad|republiés?|erneut veröffentlicht|yeniden yayınlan|diposting ulang|đăng lại|перепубликова|재게시|転載/iu,
  /a scopo informativo|con fines informativos|à titre informatif|zu informationszwecken|para fins informativos|bilgilendirme amaçlı|tujuan informasi|mục đích thông tin|в информационных целях|정보 제공 목적/iu,
  /non riflettono necessariamente|no reflejan necesariamente|ne reflètent pas nécessairement|spiegeln nicht unbedingt|não refletem necessariamente|не обязательно отражают/iu,
];

/** Credits of the repost's translator, editor or source: page chrome, not the essay's author. */
export const CREDIT_LABEL = words(
  /^(?:compiled by|translated by|translation|translator|edited by|editor|reviewed by|proofread by|source|via|编译|編譯|翻译|翻譯|编辑|編輯|责编|責編|校对|校對|来源|來源|übersetzt von|übersetzung|traducido por|traduction|traduzione|tradução|перевод|번역|翻訳)\b\s*[:：|]/iu,
);

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
export const SPAM_PHRASES: readonly RegExp[] = [
  /\bcloud mining\b|\bmining (?:platform|contract|machine|equipment)s?\b/iu,
  /\bpassive income\b|\bdaily (?:income|profits?|earnings|returns|payouts?)\b|\bfinancial freedom\b/iu,
  /\bearn (?:up to )?\$?\d|\bguaranteed (?:returns?|profits?|income)\b|\bfree (?:bitcoin|btc|crypto|eth|xrp)\b/iu,
  /\bmost (?:efficient|profitable|trusted|secure|reliable)\b/iu,
  /\bsign[- ]up bonus\b|\bwelcome bonus\b|\bregister (?:now|today)\b|\bjoin (?:now|today)\b/iu,
  /\brevolution\b.{0,60}\bplatform\b|\bleading (?:the )?(?:new )?.{0,40}\b(?:platform|revolution)\b/iu,
];

/** Vocabulary of the host's own campaigns: contests, airdrops, rewards, sign-up calls. */
export const PROMO_PHRASES: readonly RegExp[] = [
  /\b(?:contest|campaign|giveaway|airdrop|lucky draw|launchpool|candydrop|prize pool|leaderboard)s?\b/iu,
  /\b(?:rewards?|prizes?|bonus(?:es)?|vouchers?|coupons?)\b/iu,
  /\b(?:event period|how to participate|is now live|exclusive on|limited[- ]time|sign up|register now|join now|trade now|download (?:the )?app|scan to download)\b/iu,
  /\bwinners?\b|\bparticipants?\b|\bparticipate\b/iu,
  /活动|活動|奖励|獎勵|奖池|獎池|大赛|大賽|参与方式|參與方式|获奖|獲獎|瓜分|空投|报名|報名|福利|限时|限時|独家|獨家|抽奖|抽獎|奖品|獎品|评选|評選|解释权|解釋權/u,
  /\b(?:gewinnspiel|belohnung(?:en)?|teilnahme|concurso|premios?|recompensas?|sorteo|concours|récompenses?|concorso|premi|ricompense?|prêmios?)\b|(?<!\p{L})(?:конкурс|наград[аы]?|розыгрыш)(?!\p{L})|이벤트|보상|キャンペーン|報酬|賞金/iu,
];

/** Labels of the source's own title or address: metadata of the original, not of this repost. */
export const SOURCE_LABEL = words(
  /^(?:original (?:title|link|url|article)|source title|原文标题|原文標題|原标题|原標題|原文链接|原文鏈接|原文地址)\s*[:：]/iu,
);

/** Labels that may precede a publication date ("Published: …"). */
export const DATE_LABEL = words(
  /^(?:published(?: on| at)?|posted(?: on| at)?|updated(?: on| at)?|date|time|release(?:d)?|发布时间|發佈時間|发布于|發布於|发表于|發表於|时间|時間|日期|更新时间|veröffentlicht(?: am)?|aktualisiert(?: am)?|datum|publicado(?: el| em)?|actualizado|publié(?: le)?|mis à jour|pubblicato(?: il)?|aggiornato|опубликовано|обновлено|게시|작성일|公開日|投稿日|yayınlanma)\s*[:：]?\s*/iu,
);

/** Labels that introduce the author's name ("Author:", "Written by", "撰文："). */
export const AUTHOR_LABEL = words(
  /^(?:original )?(?:author|authors|written by|by|words by|text by|article by|posted by|publié par|publicado por|pubblicato da|geschrieben von|von|por|par|di|撰文|作者|原文作者|文|autor(?:in)?|auteur|escrito por|scritto da|autore|escrito por|автор|저자|글|著者|執筆|筆者|yazar|tác giả|penulis|oleh)(?:\s*[:：|丨]\s*|\s+)/iu,
);

/** Relative times ("3 hours ago", "3 小时前") stamped on other items of the page. */
export const RELATIVE_TIME = words(
  /^(?:\d+\s*(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?|years?)\s+ago|just now|yesterday|刚刚|剛剛|昨天|\d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月)前|vor \d+ \w+|hace \d+ \w+|il y a \d+ \w+|\d+ \w+ fa|há \d+ \w+|\d+ \S+ назад|\d+\s*(?:초|분|시간|일)\s*전|\d+\s*(?:秒|分|時間|日)前)$/iu,
);

/** English month names and their abbreviations, for dates like "Jun 17, 2025". */
export const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
