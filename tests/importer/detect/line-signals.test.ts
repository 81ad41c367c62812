import { describe, expect, it } from 'vitest';
import { strongSignal } from '../../../src/importer/detect/classify-line.ts';
import { detectLines } from '../../../src/importer/detect/detect-lines.ts';
import { lineClues } from '../../../src/importer/detect/line-clues.ts';
import { lineFeatures } from '../../../src/importer/detect/line-features.ts';
import { isMonthName, matchAuthor, matchDate } from '../../../src/importer/detect/metadata-patterns.ts';
import { fixtureLines } from './support.ts';

const category = (line: string) => strongSignal(lineFeatures(line))?.category;

describe('strongSignal', () => {
  it.each([
    ['3 min read', 'reading-time'],
    ['Lesezeit 3 Min.', 'reading-time'],
    ['阅读时间 3 分钟', 'reading-time'],
    // A view counter's word before its count and after it ("visited 2,418 times").
    ['เข้าชม 2,418 ครั้ง', 'reading-time'],
    ['3 min di lettura', 'reading-time'],
    // The minute unit before the number, as Swahili sets it.
    ['Dakika 5 za kusoma', 'reading-time'],
    ['Время чтения: 3 мин', 'reading-time'],
    ['3분 읽기', 'reading-time'],
    ['1,204 views', 'reading-time'],
    // Counts grouped by a space, as Russian, French or Polish print them.
    ['2 341 просмотр', 'reading-time'],
    ['12\u202f480 vues', 'reading-time'],
    // Counted in the digits of another script, grouped by its own separator.
    ['۲٬۴۱۸ بازدید', 'reading-time'],
    ['१,२०४ views', 'reading-time'],
    // Counted in CJK numerals, as a page in classical Chinese prints it.
    ['閱 一千二百八十', 'reading-time'],
    ['Share', 'share-widget'],
    ['Share Insights', 'share-widget'],
    ['Like 12 Comment 3 Repost', 'share-widget'],
    ['分享', 'share-widget'],
    ['Teilen', 'share-widget'],
    // A share button's verb, a short preposition the fillers lack, the network ("Share on Facebook", "Share on X").
    ['Comparteix a Facebook', 'share-widget'],
    ['Condividi su X', 'share-widget'],
    ['Shiriki kwenye Facebook', 'share-widget'],
    // A word for translating before a colon labels a translator's credit in any language.
    ['Lược dịch: Thu Hà', 'site-navigation'],
    ['Tłumaczenie: Anna Nowak', 'site-navigation'],
    ['Изпрати във Viber', 'share-widget'],
    // A follow button's verb before the network, as a share button's is ("Subscribe in Telegram").
    ['Подписаться в Telegram', 'share-widget'],
    // A post's reactions and counters: emoji, each with its count, no words of a campaign.
    ['👍 214  🔥 57  🤔 12', 'share-widget'],
    ['👁 5,1K', 'share-widget'],
    ['L1$0.0122-3.93%', 'price-ticker'],
    ['BTC $104,250.10 +1.8%', 'price-ticker'],
    // Turkish writes the percent sign before the number.
    ['USDT/TRY 39,42 %+0,12', 'price-ticker'],
    ['ETH/TRY 99.842 -%1,84 | ARB/TRY 13,37 -%3,07 | SOL/TRY 23,16 -%2,66 | Hemen Al', 'price-ticker'],
    // A ticker's arrow before the change, and the digits, decimal mark and percent sign of another script.
    ['Riesgo país 676 ▼1,2%', 'price-ticker'],
    // A currency pair and its rate.
    ['USD/SEK 9,53', 'price-ticker'],
    // A row of quotes, a few words each, however many it holds.
    ['Solana 151,2 $ %4,6 ▼   Polkadot 3,41 $ %3,9 ▼   Cardano 0,61 $ %0,8 ▼', 'price-ticker'],
    ['DOT 3,41 € −4,6 % · SOL 131,00 € −3,9 % · ADA 0,54 € −0,8 % · XRP 2,02 € +1,2 %', 'price-ticker'],
    ['اتریوم ۲٬۵۴۱ دلار ▼ ۱٫۲٪', 'price-ticker'],
    ['زمان مطالعه: ۵ دقیقه', 'reading-time'],
    ['Contact us: hello@example.com', 'contact-line'],
    ['AI summary', 'ai-summary'],
    ['AI 摘要', 'ai-summary'],
    ['Disclaimer: The views expressed belong to the author and do not necessarily reflect ours.', 'disclaimer'],
    ['免责声明：本文仅代表作者观点，不构成投资建议。', 'disclaimer'],
    ['This content is for informational purposes only and does not necessarily represent the views of the site.', 'disclaimer'],
    ['You may also like', 'related-links'],
    ['Related articles', 'related-links'],
    ['相关阅读', 'related-links'],
    ['Das könnte Sie auch interessieren', 'related-links'],
    ['Home › News › Research', 'site-navigation'],
    ['Back to top', 'site-navigation'],
    ['#AI #Crypto #Layer2', 'site-navigation'],
    ['🎁 Endless rewards for every post', 'promo-banner'],
    ['Join the trading contest 👉 https://example.com/contest', 'promo-banner'],
    ['3 hours ago', 'stray-timestamp'],
    ['3小时前', 'stray-timestamp'],
    // A campaign's countdown: two units of time or more.
    ['Ends in 6d 19h 40m', 'promo-banner'],
    ['活动剩余 2天 5小时', 'promo-banner'],
    ['마감까지 3일 12시간', 'promo-banner'],
    ['Sponsored', 'spam-advert'],
    // An advert's label in brackets before its copy, on one line.
    ['【广告】链上数据会员限时五折，机构研报与专属社群一次开通。', 'spam-advert'],
    // A related list's label in brackets before the other story's headline.
    ['[관련기사] 이더리움 L2 140개 돌파…"체인은 늘었지만 유동성은 제자리"', 'related-links'],
    ['【相关阅读】以太坊L2突破140个', 'related-links'],
    ['[Sponsored] Trade layer-2 tokens with zero fees this week on Crumbly Exchange.', 'spam-advert'],
    // A campaign's label in brackets before its copy.
    ['【限时活动】AI × L2 双赛道交易赛开启！交易指定代币，瓜分 300,000 USDT 奖池。', 'promo-banner'],
    ['[Airdrop] Trade any L2 token this week and share a pool of 300,000 USDT.', 'promo-banner'],
    ['Compiled by: Odaily Planet Daily', 'site-navigation'],
    ['编译：Odaily 星球日报', 'site-navigation'],
    ['Condividi approfondimenti', 'share-widget'],
    ['Potrebbe piacerti anche', 'related-links'],
    ['你可能也喜欢', 'related-links'],
    ['3 dakikalık okuma', 'reading-time'],
    ['3分で読めます', 'reading-time'],
    ['Gli articoli ripubblicati su questo sito provengono da piattaforme pubbliche e sono forniti solo a scopo informativo.', 'disclaimer'],
    // A note set apart by the reference mark, as CJK typography sets it: a translator's, an editor's.
    ['※原文の「绑架」は「誘拐」と訳したが、「人質に取られた」とも読める。', 'disclaimer'],
    ['※ 원문은 중국어로 쓰인 X 게시물이며, 읽기 쉽게 문단을 나눴습니다.', 'disclaimer'],
    // An entry of a printed table of contents: a title, a leader of dots, its page.
    ['Сұхбат: алматылық әзірлеушілер L2 туралы ........ 9', 'related-links'],
    ['Interview: builders on L2 ……… 12', 'related-links'],
  ])('reads %j as %s', (line, expected) => {
    expect(category(line)).toBe(expected);
  });

  it.each([
    'In 3 minutes a rollup can post a batch, which is why people read the fee charts so closely.',
    'Like L1 before it, each layer fixes the one below and brings a larger problem of its own.',
    'TVL rose 20% last year while fees fell, and still the applications stayed scarce.',
    'Related problems appear at L3, where every application chain runs on its own.',
    'By comparing the two fields we can see where the problem really lies.',
    'Sources of liquidity are split across layers, which hurts users.',
    'And then the chart went flat.... 2025 had begun.',
    'The wait went on.... 2025',
  ])('leaves an essay sentence alone: %j', (line) => {
    expect(category(line)).toBeUndefined();
  });

  it('finds no boilerplate signal in any essay line of the fixtures', () => {
    for (const name of [
      'contest-banner',
      'price-ticker',
      'chinese-mirror',
      'ai-summary-widgets',
      'teaser-disclaimer-spam',
      'inline-widgets',
    ]) {
      for (const line of detectLines(fixtureLines(name)).lines.filter((l) => l.role === 'body')) {
        expect(category(line.text), `${name}:${line.line}`).toBeUndefined();
      }
    }
  });
});

describe('matchAuthor', () => {
  it.each([
    ['Author:Haotian', 'Haotian'],
    ['By Haotian', 'Haotian'],
    ['Written by: Haotian', 'Haotian'],
    ['撰文:Haotian', 'Haotian'],
    ['作者：Haotian', 'Haotian'],
    // A full-width bar ends the name as a bar does.
    ['作者：Haotian｜原文發表於 2025', 'Haotian'],
    ['Autor: Haotian | PANews', 'Haotian'],
    ['原作：Haotian\u3000譯述：守拙齋主人', 'Haotian'],
    // Classical Chinese credits the original's author as 原著, with a space and no colon.
    ['原著 Haotian', 'Haotian'],
    ['— Haotian', 'Haotian'],
    ['– Mira Okafor (@mira)', 'Mira Okafor'],
    ['Af Haotian (@tmel0211)', 'Haotian'],
    ['文｜Haotian', 'Haotian'],
    ['— Haotian (@tmel0211), texto original publicado no X.', 'Haotian'],
    ['От Haotian', 'Haotian'],
    ['מאת Haotian', 'Haotian'],
    ['Auteur original : Haotian (@tmel0211)', 'Haotian'],
    ['文 / Haotian', 'Haotian'],
    // The author's field after another field on one line, parted by a wide gap or a bar.
    ['来源：链上观察  作者：Haotian  责任编辑：李四', 'Haotian'],
    ['Translated by Jan Berg | Author: Haotian', 'Haotian'],
    // Labels without a colon as pages print them: Korean "writer", Swahili "by", Vietnamese "by".
    ['글쓴이 Haotian', 'Haotian'],
    ['Na Haotian', 'Haotian'],
    ['Viết bởi Haotian', 'Haotian'],
    // Japanese credits the author of a translated text as its original: "原文：".
    ['原文：Haotian（@tmel0211）', 'Haotian'],
    // A name, then the role a newsroom gives its writer: the role is no part of the name; an alias glued to it is.
    ['Haotian, colunista', 'Haotian'],
    ['Mira Okafor, Staff Writer', 'Mira Okafor'],
    ['하오톈(Haotian) 기자', '하오톈(Haotian)'],
    // Every script's colon parts a label from its name: the full-width, the small form and the Ethiopic preface colon.
    ['ደራሲ፦ Haotian', 'Haotian'],
    // A magazine's "Text:" credit names the writer; the word alone heads no byline ("TEXT CHANNELS").
    ['Text: Haotian', 'Haotian'],
    ['Tekst: Haotian', 'Haotian'],
    ['作者﹕Haotian', 'Haotian'],
    // A translation's page names the original's author with a qualifier in lower case after the label.
    ['Autor pôvodného textu: Haotian', 'Haotian'],
    ['Autor oryginału: Haotian', 'Haotian'],
    ['Author of the original: Haotian', 'Haotian'],
    // A forum's handle holds a slash, which parts a name from its site elsewhere ("By Haotian / CoinDesk").
    ['Posted by u/haotian_writes', 'u/haotian_writes'],
    ['By Haotian / CoinDesk', 'Haotian'],
  ])('finds the name in %j', (line, name) => {
    expect(matchAuthor(line)).toBe(name);
  });

  it.each([
    "Author:Haotian Everyone says that Ethereum's Rollup-Centric strategy seems to have failed?",
    'By comparing these two fields, we can explore the root causes of the issues.',
    'by the way',
    // After a qualifier and a colon, nothing but a name.
    'by the way: DeepSeek is',
    // A label without a colon is also a word of sentences: a name after it has a capital.
    'de asemenea, piața a crescut',
    'af og til',
    'auteur de plusieurs livres',
    'Na wote wanachukia mchezo huu',
    // A capitalised role after a name and a space is more of a name, or a headline.
    'Mira Okafor Reporter',
    'TEXT CHANNELS',
    // A Dutch site's name opens with its article ("De"), which Romanian bylines share only in lower case: no label.
    'De Lagenbrief',
    'by u/haotian and three others',
  ])('does not read a sentence as a byline: %j', (line) => {
    expect(matchAuthor(line)).toBeUndefined();
  });
});

describe('lineClues', () => {
  it('reads a byline that emoji decorate as a byline, not a banner', () => {
    for (const line of ['✍️ Tác giả: Haotian (@tmel0211)', '✍️ Haotian  ·  🌐 Μετάφραση: Νίκος Παππάς']) {
      const clues = lineClues(line);
      expect([clues.author, clues.signal]).toEqual(['Haotian', undefined]);
    }
    // A source's credit before the author's field does not make the line a credit.
    expect(lineClues('来源：链上观察  作者：Haotian')).toMatchObject({ author: 'Haotian' });
    const banner = lineClues('🔥 Join the trading contest now 🎁');
    expect([banner.author, banner.signal?.category]).toEqual([undefined, 'promo-banner']);
    // Decorated, a byline says what it is: a box's title whose first word looks like a byline's ("De", Luxembourgish and
    // Dutch "the") stays a banner's line.
    const box = lineClues('📬 De Bitstuff-Newsletter');
    expect([box.author, box.signal?.category]).toEqual([undefined, 'promo-banner']);
    expect(lineClues('✍️ Por Haotian')).toMatchObject({ author: 'Haotian' });
  });

  it('reads a byline a signature encloses in brackets, and no bracketed note or bare name as one', () => {
    expect(lineClues('（作者：Haotian）').author).toBe('Haotian');
    expect(lineClues('(By Haotian)').author).toBe('Haotian');
    for (const line of ['(Photo: Reuters)', '（本文不构成投资建议）', '(Haotian)']) expect(lineClues(line).author, line).toBeUndefined();
  });

  it('reads a dateline that an emoji closes as a dateline, not a banner', () => {
    // A social post prints its audience after its date ("· 🌏").
    const post = lineClues('17 tháng 6 lúc 10:15 · 🌏');
    expect([post.date?.value, post.signal]).toEqual(['17 tháng 6 lúc 10:15', undefined]);
    // An emoji inside the line, or a link, keeps a dated line a banner's.
    expect(lineClues('June 17 at 10:00 🎉 AMA with the team').signal?.category).toBe('promo-banner');
    expect(lineClues('📅 17 June 2025 https://example.com/ama').signal?.category).toBe('promo-banner');
    expect(lineClues('📅 Event Period August 12, 2025 – August 17, 2025 🎁').signal?.category).toBe('promo-banner');
  });
});

describe('matchDate', () => {
  /** The date's value a line gives, as written. */
  const expectValue = (line: string, value: string) => expect(matchDate(line)?.value).toBe(value);

  it.each([
    ['2025/06/17 10:00', '2025/06/17 10:00'],
    ['Published: June 17, 2025', 'June 17, 2025'],
    ['2025年6月17日', '2025年6月17日'],
    ['二〇二五年六月十七日', '二〇二五年六月十七日'],
    // Digits of other scripts, and years of the Solar Hijri and Buddhist calendars.
    ['۲۷ خرداد ۱۴۰۴', '۲۷ خرداد ۱۴۰۴'],
    ['۱۴۰۴/۰۳/۲۷', '۱۴۰۴/۰۳/۲۷'],
    ['١٧ يونيو ٢٠٢٥', '١٧ يونيو ٢٠٢٥'],
    ['17 มิถุนายน 2568', '17 มิถุนายน 2568'],
    ['17. Juni 2025', '17. Juni 2025'],
    ['Jun 17, 2025, 10:02', 'Jun 17, 2025, 10:02'],
    ['June 17, 2025 at 10:00 AM GMT+8', 'June 17, 2025 at 10:00 AM GMT+8'],
    ['17 Juni 2025 09:05 WIB', '17 Juni 2025 09:05 WIB'],
    ['17.06.2025 14:32 MSK', '17.06.2025 14:32 MSK'],
    ['17/06/2025 - 10:00 CEST', '17/06/2025 - 10:00 CEST'],
    // A time after a bar or a bullet, a zone of two letters, and a weekday between the date and its time.
    ['Selasa, 17 Juni 2025 | 10:45 WIB', 'Selasa, 17 Juni 2025 | 10:45 WIB'],
    ['17 jun. 2025 • 10:30', '17 jun. 2025 • 10:30'],
    ['June 17, 2025 · 9:42 a.m. ET', 'June 17, 2025 · 9:42 a.m. ET'],
    ['17 Haziran 2025 Salı, 11:20', '17 Haziran 2025 Salı, 11:20'],
    ['2025. 6. 18. 9:12', '2025. 6. 18. 9:12'],
    // Year first with the month's name, as ICU writes it in Hungarian, long or short.
    ['2025. június 17. 14:05', '2025. június 17. 14:05'],
    ['2025. jún. 17.', '2025. jún. 17.'],
    // Lithuanian abbreviates the year ("m.", metai) and the day ("d.", diena) around the month.
    ['2025 m. birželio 17 d.', '2025 m. birželio 17 d.'],
    // Basque glues its endings to the year, the month and the day, as ICU writes it ("2025(e)ko ekainaren 18(a)").
    ['Argitaratua: 2025eko ekainaren 18a, 10:00', '2025eko ekainaren 18a, 10:00'],
    // The month's name first in a language of its own ("Hunyo", Tagalog), as ICU names it.
    ['Hunyo 17, 2025', 'Hunyo 17, 2025'],
    // Czech and Slovak space the digits after their dots.
    ['17. 6. 2025', '17. 6. 2025'],
    // Months ICU names with a space and a number (Vietnamese) or with dots (Thai); Thai's clock after its time.
    ['17 thg 6, 2025', '17 thg 6, 2025'],
    ['17 มิ.ย. 2568 เวลา 10:30 น.', '17 มิ.ย. 2568 เวลา 10:30 น.'],
    // The day period ICU names, after the time or before it, in any language.
    ['17 يونيو 2025 - 10:40 صباحًا', '17 يونيو 2025 - 10:40 صباحًا'],
    ['2025. 6. 17. 오전 10:00', '2025. 6. 17. 오전 10:00'],
    ['2025年6月17日 下午3:00', '2025年6月17日 下午3:00'],
    ['17/06/2025, 10:00 a. m.', '17/06/2025, 10:00 a. m.'],
    // Serbian writes the year as an ordinal as well as the day; English never.
    ['17. јун 2025.', '17. јун 2025.'],
    ['17 June 2025.', '17 June 2025'],
    // A dot or a year's abbreviation between the date and its time; a month with vowel signs; a stop after the day.
    ['17 de junio de 2025 · 11:30', '17 de junio de 2025 · 11:30'],
    ['17 जून 2025, 11:40 AM IST', '17 जून 2025, 11:40 AM IST'],
    ['Jun 17. 2025', 'Jun 17. 2025'],
    // French and Portuguese write the hour with an "h"; German may add "Uhr".
    ['17 juin 2025 à 10h30', '17 juin 2025 à 10h30'],
    ['17/06/2025 às 10 h 30', '17/06/2025 às 10 h 30'],
    ['17.06.2025, 10:00 Uhr', '17.06.2025, 10:00 Uhr'],
    ['17 de junio de 2025 - 09:15 hs', '17 de junio de 2025 - 09:15 hs'],
    ['18 de junio de 2025 · 08:30 h', '18 de junio de 2025 · 08:30 h'],
    // A dot between the hour and the minutes: British, Indonesian, Nordic ("kl." before it, a word of the line).
    ['Tue 17 Jun 2025 09.40 BST', 'Tue 17 Jun 2025 09.40 BST'],
    ['Selasa, 17 Juni 2025 10.30 WIB', 'Selasa, 17 Juni 2025 10.30 WIB'],
    // The time first, as X prints it, or Vietnamese pages with a space between.
    ['10:42 AM · Jun 18, 2025', '10:42 AM · Jun 18, 2025'],
    ['14:05 17/06/2025', '14:05 17/06/2025'],
    // A weekday after the date, a comma between or not.
    ['17 Haziran 2025 Salı', '17 Haziran 2025 Salı'],
    ['२०८२ असार ४, बुधबार', '२०८२ असार ४, बुधबार'],
    // The comma of any script between the day and the year: Burmese, Arabic.
    ['ဇွန် ၁၇၊ ၂၀၂၅', 'ဇွန် ၁၇၊ ၂၀၂၅'],
    ['١٧ يونيو، ٢٠٢٥', '١٧ يونيو، ٢٠٢٥'],
  ])('takes the date of a dateline %j as written, with its time', (line, value) => {
    // "at" ("à", "às", "เวลา") between the date and its time is a word of the line, not of the date.
    expect(matchDate(line)).toMatchObject({ value, dates: 1, otherWords: / (?:at|à|às|เวลา) /u.test(line) ? 1 : 0 });
  });

  it.each([
    ['17 juni 2025 kl. 10.30', '17 juni 2025 kl. 10.30'],
    ['17.6.2025 klo 10.30', '17.6.2025 klo 10.30'],
    // No time: a number that goes on past two digits, or a one-digit "hour".
    ['17.06.2025', '17.06.2025'],
    ['Price 17 June 2025 1.25 ETH', '17 June 2025'],
  ])('reads a time written with a dot after the date of %j, and no number that is none', expectValue);

  it.each([
    ['פורסם: 17.06.25, 11:03', '17.06.25, 11:03'],
    ['17/06/25 11:03', '17/06/25 11:03'],
  ])('reads a date with a two-digit year when a clock time follows it: %j', expectValue);

  it.each(['17.06.25', 'v1.2.25 10:00', 'Version 1.2.25'])('reads no date in %j: a two-digit year alone, or a version', (line) => {
    expect(matchDate(line)).toBeUndefined();
  });

  it.each([
    ['Tue, June 17, 2025 at 10:00 AM GMT+8', 'Tue, June 17, 2025 at 10:00 AM GMT+8'],
    ['terça-feira, 17 de junho de 2025', 'terça-feira, 17 de junho de 2025'],
    ['Publié le mardi 17 juin 2025', 'mardi 17 juin 2025'],
    ['Dienstag, 17. Juni 2025', 'Dienstag, 17. Juni 2025'],
  ])('keeps the weekday that opens the date of %j in its value', expectValue);

  it.each([
    ['17 июня 2025 г.', '17 июня 2025 г.'],
    ['Жарияланды: 17 маусым 2025 ж.', '17 маусым 2025 ж.'],
    ['17 червня 2025 р. · 5 хв', '17 червня 2025 р.'],
    ['June 17, 2025. Read more', 'June 17, 2025'],
  ])('keeps the year’s abbreviation after the year in the value of %j, and no next sentence', expectValue);

  it.each([
    ["18 ta' Ġunju 2025, 09:15", "18 ta' Ġunju 2025, 09:15"],
    ['Nashr etildi: 18-iyun, 2025', '18-iyun, 2025'],
    // A day joined to its year: Amharic "day" (ቀን).
    ['ሰኔ 11 ቀን 2017 ዓ.ም.', 'ሰኔ 11 ቀን 2017 ዓ.ም.'],
  ])('reads a day joined to its month or year by a word or a hyphen in %j', expectValue);

  it.each([
    // The Ethiopic calendar's Sene, which Amharic pages date by (the year 2017 of that calendar).
    ['ሰኔ 11, 2017', 'ሰኔ 11, 2017'],
    // The Solar Hijri calendar's Khordad.
    ['۱۷ خرداد ۱۴۰۴', '۱۷ خرداد ۱۴۰۴'],
  ])('reads the months of the calendars a language’s users keep, as ICU names them: %j', expectValue);

  it.each([
    ['17 tháng 6 lúc 10:15', '17 tháng 6 lúc 10:15'],
    ['June 17 at 10:15 AM', 'June 17 at 10:15 AM'],
    ['17 juin à 10 h 15', '17 juin à 10 h 15'],
    ['6月17日 10:15', '6月17日 10:15'],
    ['6월 17일 10:15', '6월 17일 10:15'],
  ])('reads a date without its year when a time follows it, as social pages print this year’s: %j', (line, value) => {
    expect(matchDate(line)).toMatchObject({ value, dates: 1 });
  });

  it('reads no date without its year and without a time: a day and a month alone are a mention', () => {
    for (const line of ['June 17', '17 juin', '6月17日', 'Level 6 at 10:15', 'Chapter 17 at 10:15'])
      expect(matchDate(line), line).toBeUndefined();
  });

  it('keeps a word before a date that is no weekday out of its value', () => {
    expect(matchDate('Sunday brunch notes, 17 June 2025')?.value).toBe('17 June 2025');
    expect(matchDate('Updated 17 June 2025')?.value).toBe('17 June 2025');
  });

  it('does not read a year and a capitalised word before a number as a date', () => {
    expect(matchDate('Crypto Outlook 2025 Part 2')).toBeUndefined();
  });

  it('reads a year-first date with a month the vocabulary names (Nepali Bikram Sambat), and the day’s word before its time', () => {
    expect(matchDate('२०८२ असार ३ गते ११:२०')?.value).toBe('२०८२ असार ३ गते ११:२०');
    expect(matchDate('२०८२ असार ३')?.value).toBe('२०८२ असार ३');
  });

  it('keeps the abbreviation of "year" between a date and its time in the value ("г.")', () => {
    expect(matchDate('17 юни 2025 г., 10:00')?.value).toBe('17 юни 2025 г., 10:00');
    // Of two letters, the second's dot left out (Amharic "ዓ.ም", the year of mercy).
    expect(matchDate('ሰኔ 10 ቀን 2017 ዓ.ም')?.value).toBe('ሰኔ 10 ቀን 2017 ዓ.ም');
  });

  it('reads a publication date and its update on one line as one dateline, the first date its value', () => {
    expect(matchDate('Published 17 June 2025 · Updated 18 June 2025')).toMatchObject({ value: '17 June 2025', dates: 1 });
    // A time after the first date and an article after the update's label ("le") stand between them; neither is a word
    // of the line's beside its label.
    const french = 'Publié le 17 juin 2025 à 08h30 – Mis à jour le 17 juin 2025 à 10h12';
    expect(matchDate(french)).toMatchObject({ value: '17 juin 2025 à 08h30', dates: 1, otherWords: 1 });
  });

  it('tells an event period (two dates) from a dateline', () => {
    expect(matchDate('2025年8月18日 10:00 – 2025年8月22日 16:00 (UTC)')).toMatchObject({ dates: 2 });
  });

  it('does not call a line with more words a dateline', () => {
    expect(matchDate('The upgrade shipped on June 17, 2025 after a long delay')).toMatchObject({ otherWords: 8 });
  });
});

describe('isMonthName', () => {
  it('knows every month ICU names with letters, long and short, a dot after it or not', () => {
    for (const tag of ['da', 'de', 'ru', 'el', 'en', 'fi'])
      for (const month of ['long', 'short'] as const)
        for (let k = 0; k < 12; k++) {
          const name = new Intl.DateTimeFormat(tag, { month, day: 'numeric', timeZone: 'UTC' })
            .formatToParts(Date.UTC(2024, k, 17))
            .find((p) => p.type === 'month')!.value;
          if (!/\p{L}/u.test(name)) continue; // Finnish short months are numbers ("6.")
          expect(isMonthName(name), `${tag} ${name}`).toBe(true);
          expect(isMonthName(`${name.replace(/\.$/u, '')}.`), `${tag} ${name}.`).toBe(true);
        }
  });

  it('knows no ordinary word', () => {
    for (const word of ['Kernen', 'What', 'Lagdelingens', 'paradox', 'AI']) expect(isMonthName(word), word).toBe(false);
  });
});

describe('lineFeatures: amounts', () => {
  it('counts an amount whose currency sign follows it, as much of Europe writes it, as one with the sign before', () => {
    expect(lineFeatures('Sichere dir deinen Anteil an 40.000 € in Token-Belohnungen').amounts).toBe(1);
    expect(lineFeatures('Win a share of €40,000 in token rewards').amounts).toBe(1);
    expect(lineFeatures('Every layer added 3 new problems in 2025').amounts).toBe(0);
    for (const line of [
      'Выиграйте ₽1 000 000 в токенах',
      'Ödül havuzu: 50.000 ₺',
      'Win ₦500,000 in the airdrop',
      'Premyo: ₱25,000',
      'Giải thưởng 10.000.000 ₫',
      'Gagnez 100 $ en jetons',
      'รางวัล ฿๑๐๐',
    ]) {
      expect(lineFeatures(line).amounts, line).toBe(1);
    }
  });
});

describe('lineFeatures: prose', () => {
  it('reads a line of many clauses as running text, however short and unfinished', () => {
    expect(lineFeatures('然則、一者解技術之難、一者包裝金融之品乎、孰是孰非、蓋無定論、存乎各人之見耳').prose).toBe(true);
  });

  it('does not read a list of a word or two per item, parted by commas, as running text', () => {
    expect(lineFeatures('Теги: Ethereum, L2, роллапы, искусственный интеллект, колонки').prose).toBe(false);
    expect(lineFeatures('Themen: Ethereum, Layer 2, KI, Krypto, Tokenomics, Meinung').prose).toBe(false);
  });

  it('reads Thai running text, which parts its phrases with spaces and ends without a stop, as prose; not a menu', () => {
    const thai =
      'ทุกคนบอกว่ากลยุทธ์ที่เน้น Rollup ของ Ethereum ดูเหมือนจะล้มเหลว และหลายคนก็เบื่อเกมซ้อนชั้น L1-L2-L3 นี้เต็มทีแล้ว แต่ที่น่าสนใจคือวงการ AI ในปีที่ผ่านมาก็พัฒนาจาก L1 ไป L2 และ L3 อย่างรวดเร็วเช่นกัน';
    expect(lineFeatures(thai).prose).toBe(true);
    expect(lineFeatures('หน้าแรก ข่าว กีฬา บันเทิง เทคโนโลยี ไลฟ์สไตล์ ติดต่อเรา').prose).toBe(false);
  });

  it('counts an e-mail address, not a fediverse handle, as an address', () => {
    expect(lineFeatures('Write to haotian@example.org').emails).toBe(1);
    expect(lineFeatures('@kasper@norden.social').emails).toBe(0);
  });

  it('reads a sentence ended by a danda or an Arabic question mark as a sentence', () => {
    expect(lineFeatures('यह एक लंबा वाक्य है जो हिंदी में लिखा गया है और पूर्ण विराम पर समाप्त होता है।')).toMatchObject({
      endsSentence: true,
      prose: true,
    });
    expect(lineFeatures('فهل يحل أحدهما مشكلات تقنية بينما يغلف الآخر منتجات مالية؟').endsSentence).toBe(true);
  });

  it('reads a clause closed by a full-width semicolon or colon as ended, as Chinese lists its clauses', () => {
    for (const line of [
      '比如，L1 的 LLMs 解决了语言理解和生成的基础能力，但逻辑推理和数学计算确实是短板；',
      '例如以下三点：',
      'ምሳሌዎቹ እነዚህ ናቸው፦',
    ])
      expect(lineFeatures(line).endsSentence, line).toBe(true);
  });

  it('ends a cited address where Chinese text runs on after it without a space, so the sentence stays prose', () => {
    const cited =
      '于是到了 L2，推理模型专门攻克这个短板，DeepSeek R1（开源地址：https://github.com/deepseek-ai/DeepSeek-R1）能做复杂数学题和代码调试，直接补齐了认知盲区。';
    expect(lineFeatures(cited)).toMatchObject({ urls: 1, linkChars: 'https://github.com/deepseek-ai/DeepSeek-R1'.length, prose: true });
  });

  it('reads a sentence that a social post bullets or closes with emoji as prose; emoji among the words make a banner', () => {
    // Closed after its stop, or in place of it when the sentence runs long.
    expect(lineFeatures('İkisini yan yana koyunca sorun tam olarak nerede, neden hep böyle oluyor? 🤔').prose).toBe(true);
    expect(lineFeatures('🔹 L2 reasoning models went straight at that weakness and now solve hard maths problems.').prose).toBe(true);
    const long = 'Mình chỉ thấy đối chiếu con đường phát triển của hai bên rất thú vị, coi như một buổi “mát-xa não” cuối tuần 😄';
    expect(lineFeatures(long).prose).toBe(true);
    // A shorter unfinished line that an emoji closes points to what follows; emoji between the words are a banner's.
    expect(lineFeatures('Haotian’ın yapay zekâ ve kripto katmanları üzerine yazısının Türkçe çevirisi 👇').prose).toBe(false);
    expect(lineFeatures('🎁 Join the contest today 🚀 and share your insights with the whole community.').prose).toBe(false);
  });

  it('does not read a title of a phrase or two as running text', () => {
    expect(lineFeatures('能力の飛躍か、問題の移転か：AIとクリプトの「階層のパラドックス」').prose).toBe(false);
    expect(lineFeatures('Capability Leap vs. Problem Shifting: The Layered Paradox').prose).toBe(false);
  });
});
