import { describe, expect, it } from 'vitest';
import { detectLines } from '../../../src/importer/detect/detect-lines.ts';
import { NO_EVIDENCE } from '../../../src/importer/detect/evidence.ts';
import { lineClues } from '../../../src/importer/detect/line-clues.ts';
import { isCaption, isTitleShaped, knownAuthorIn } from '../../../src/importer/detect/read-header.ts';
import { bodyText, ESSAY, withBlankLines } from './support.ts';

/** The same essay in Japanese, a script without spaces. */
const ESSAY_JA = [
  '五年前、週末のプロジェクトのために小さなライブラリを公開したところ、思いがけず大きく育ちました。',
  '今では数千のプロジェクトが依存しており、ほかの何よりも多くの夜をこのライブラリに費やしてきました。',
  'これは、始めたときに誰かに教えてほしかった教訓を、次の保守担当者のために書き留めたものです。',
];

/** The same essay in Spanish: a page's header lines are read against the essay's language. */
const ENSAYO = [
  'Hace cinco años publiqué una pequeña biblioteca porque la necesitaba para un proyecto de fin de semana, y creció.',
  'Hoy la usan unos miles de proyectos, y le he dedicado más noches que a cualquier otra cosa en mi vida.',
  'Estas son las lecciones que me habría gustado oír al empezar, escritas para la próxima persona que la mantenga.',
];

describe('the header above the essay', () => {
  it('takes the name under the title for the author, not a masthead’s city and day far over it', () => {
    const title = 'Lo que aprendí manteniendo una biblioteca';
    const masthead = ['EL FARO DIGITAL', 'Buenos Aires | Martes 4 de marzo de 2025', 'Inicio', 'Política', 'Economía', 'Tecnología'];
    const lines = [...masthead, title, 'Ana Ruiz', '4 de marzo de 2025 · 11:30', 'Compartir', '', ...ENSAYO];
    expect(detectLines(lines).metadata).toMatchObject({ title, author: 'Ana Ruiz' });
    // A follow button beside the dateline is no name: the byline over them still says who wrote it.
    const followed = ['Por @anaruiz', 'Seguir', '4 mar. 2025 • 10:30', '2,3 mil visualizaciones', title, '', ...ENSAYO];
    expect(detectLines(followed).metadata).toMatchObject({ title, author: '@anaruiz' });
  });

  it('joins a Japanese headline and its subtitle opened by a doubled dash into the title', () => {
    const essay = [
      '五年前、週末のプロジェクトのために小さなライブラリを公開した。それは思いがけず育った。',
      '今では数千のプロジェクトが使い、私は他の何よりも多くの夜をそれに費やしてきた。',
      'これは、始めたときに誰かに教えてほしかった教訓を、次の保守者のために書き留めたものだ。',
    ];
    const lines = ['寄稿コラム', '小さなライブラリの五年間', '――保守者が学んだこと', '文：Ana Ruiz', '2025年3月4日', '', ...essay];
    expect(detectLines(lines).metadata.title).toBe('小さなライブラリの五年間 ――保守者が学んだこと');
  });

  it('takes a headline of a word or two glued over its dek for the title, when no line is title-shaped', () => {
    const dek = 'Five years of evenings spent on one small library, and what they taught me about saying no to features.';
    const lines = ['Stackwise', 'Subscribe', 'Sign in', '', 'Essays', 'Libraries', dek, 'Ana Ruiz', 'Mar 4, 2025', 'Share', '', ...ESSAY];
    expect(detectLines(lines).metadata).toMatchObject({ title: 'Libraries', author: 'Ana Ruiz' });
    // Two capitalised words are the title, not also the author's name.
    const cake = ['Layer Cake', dek, 'Mar 4, 2025', '', ...ESSAY];
    expect(detectLines(cake).metadata).toMatchObject({ title: 'Layer Cake' });
    expect(detectLines(cake).metadata.author).toBeUndefined();
  });

  it('takes no translator’s credit for the title, however long', () => {
    const essay = [
      'Vor fünf Jahren habe ich eine kleine Bibliothek veröffentlicht, weil ich sie für ein Wochenendprojekt brauchte, und sie wuchs.',
      'Heute nutzen sie einige tausend Projekte, und ich habe mehr Abende mit ihr verbracht als mit irgendetwas anderem.',
      'Das sind die Lektionen, die mir zu Beginn jemand hätte sagen sollen, aufgeschrieben für die nächste Person, die sie pflegt.',
    ];
    const title = 'Eine kleine Bibliothek';
    for (const credit of ['Aus dem Englischen von Jonas Brehm', 'Übersetzt von Jonas Brehm und Lena Vogt']) {
      const lines = ['MEINUNG', title, credit, 'Von Ana Ruiz', '4. März 2025', '', ...essay];
      expect(detectLines(lines).metadata).toMatchObject({ title, author: 'Ana Ruiz' });
    }
  });

  it('takes no menu parted by ideographic spaces for a title, but a headline may hold one', () => {
    expect(isTitleShaped(lineClues('ニュース　相場分析　特集・コラム　初心者向け'))).toBe(false);
    expect(isTitleShaped(lineClues('能力の飛躍か　問題の先送りか'))).toBe(true);
    // A quotation's line as Markdown marks it is a highlight's, not a headline.
    expect(isTitleShaped(lineClues('> a bit of a mental massage for the weekend'))).toBe(false);
  });

  it('takes no item of a numbered series list glued over the essay for the title', () => {
    const title = 'Five Years of a Tiny Library';
    const series = [
      'Notes on maintenance (a series in four parts)',
      '1 Why small libraries need owners',
      '2 Releasing without fear',
      `3 ${title}`,
      '4 Handing a project on',
    ];
    const page = ['Ana Ruiz', 'Published March 4, 2025', title, '#opensource', ...series, ...ESSAY];
    expect(detectLines(page, NO_EVIDENCE).metadata).toMatchObject({ title, author: 'Ana Ruiz' });
    // A headline that opens with a number is still one: "3 Lessons …" under a reading time.
    const counted = '3 Lessons From Five Years of a Tiny Library';
    expect(detectLines(['Library Weekly', '', counted, '2 min read', 'By Ana Ruiz', '', ...ESSAY]).metadata.title).toBe(counted);
  });

  it('takes no line ending on a full stop of any script for a title, inside a bracket or not', () => {
    // A translator's note in brackets, in Burmese, ends on the Burmese full stop "။".
    expect(isTitleShaped(lineClues('(ဘာသာပြန်သူ၏ မှတ်ချက် — ဤဆောင်းပါးကို မူရင်းစာရေးသူ၏ ခွင့်ပြုချက်ဖြင့် ပြန်ဆိုထားပါသည်။)'))).toBe(false);
    expect(isTitleShaped(lineClues('एआई की परतें क्षमता जोड़ती हैं।'))).toBe(false);
    expect(isTitleShaped(lineClues('एआई की परतें क्षमता जोड़ती हैं?'))).toBe(true);
  });

  it('takes no picture’s credit on a line of its own for the title, however long', () => {
    const title = 'Five Years of a Tiny Library';
    const lines = ['OPINION', title, 'March 4, 2025', '5 min read', 'Image: Getty Images / Library Weekly illustration', '', ...ESSAY];
    expect(detectLines(lines).metadata.title).toBe(title);
  });

  it('takes a headline of two words in another case than the essay’s, in a language without a stemmer, for the title', () => {
    // Polish: "Paradoks warstw" (the paradox of layers) heads an essay that says "paradoksu", "warstwy", "warstwa".
    const essay = [
      'Każda nowa warstwa sztucznej inteligencji dodaje modelom nowe umiejętności, a użytkownicy od razu to widzą.',
      'W kryptowalutach każda nowa warstwa przenosi problem gdzie indziej: opłaty, płynność i zaufanie zmieniają miejsce.',
      'Na tym polega sedno paradoksu: warstwy AI się sumują, a warstwy krypto tylko przesuwają trudności wyżej.',
      'Dopóki tego paradoksu nikt nie rozwiąże, kolejna warstwa będzie tylko nową nazwą dla tego samego problemu.',
    ];
    const dek = 'Dlaczego kolejne warstwy AI dodają możliwości, a kolejne warstwy krypto głównie przenoszą problemy.';
    const lines = [
      'Blog › Analizy',
      'Analiza',
      'Paradoks warstw',
      dek,
      'Opublikowano: 17.06.2025',
      'Udostępnij',
      '',
      ...withBlankLines(essay),
    ];
    expect(detectLines(lines).metadata.title).toBe('Paradoks warstw');
  });

  it('takes the title above the byline and date, never a share button under them', () => {
    const lines = [
      'Inicio',
      'Lo que aprendí manteniendo una biblioteca',
      'Por Ana Ruiz',
      '4 de marzo de 2025',
      'Compartir en X',
      'Copiar enlace',
      '',
      ...ESSAY,
    ];
    expect(detectLines(lines).metadata).toEqual({
      title: 'Lo que aprendí manteniendo una biblioteca',
      author: 'Ana Ruiz',
      date: '4 de marzo de 2025',
    });
  });

  it('reads a headline over two lines, the second long and running on in lower case, never a share button under it', () => {
    const [first, second] = [
      'Lo que aprendí manteniendo una biblioteca:',
      'la paciencia de cinco años de fines de semana con miles de usuarios',
    ];
    const lines = [
      'Inicio',
      first,
      second,
      'Por Ana Ruiz',
      '4 de marzo de 2025',
      'Compartir en X',
      'Enviar por correo',
      'Copiar enlace',
      '',
      ...ENSAYO,
    ];
    expect(detectLines(lines).metadata).toEqual({ title: `${first} ${second}`, author: 'Ana Ruiz', date: '4 de marzo de 2025' });
  });

  it('never takes a line ending in a colon or a comma, or a bulleted list item, for the title', () => {
    const lines = [
      'What I Learned Maintaining a Library',
      'March 3, 2025',
      '',
      'In this article:',
      '• Why small libraries grow',
      '• What maintainers owe their users',
      '',
      ...ESSAY,
    ];
    expect(detectLines(lines).metadata).toMatchObject({ title: 'What I Learned Maintaining a Library' });
    const letter = ['What I Learned Maintaining a Library', '', 'Dear readers and friends,', '', ...ESSAY];
    expect(detectLines(letter).metadata).toMatchObject({ title: 'What I Learned Maintaining a Library' });
  });

  it('reads the author from a signature after the essay when the header has none', () => {
    const lines = ['Lessons from a library', '', ...ESSAY, '', 'Autor: Mira Okafor', '', 'Weitere Beiträge'];
    const detected = detectLines(lines);
    expect(detected.metadata).toMatchObject({ title: 'Lessons from a library', author: 'Mira Okafor' });
    expect(detected.lines[6]).toMatchObject({ role: 'metadata', fields: ['author'], reason: 'byline signing the essay, after it' });
  });

  it('takes a byline signing the essay over another bare name in the header, which may be a section’s', () => {
    const lines = [
      'What I Learned Maintaining a Library',
      'Press Release',
      'March 3, 2025',
      '',
      ...ESSAY,
      '',
      'Original author: Mira Okafor',
    ];
    expect(detectLines(lines).metadata).toMatchObject({ author: 'Mira Okafor', date: 'March 3, 2025' });
    // The same name in both places: the header's line stays the author's.
    const same = ['What I Learned Maintaining a Library', 'Mira Okafor', 'March 3, 2025', '', ...ESSAY, '', 'Written by Mira Okafor'];
    expect(detectLines(same).lines[1]).toMatchObject({ role: 'metadata', fields: ['author'] });
  });

  it('takes a title printed only in the credits under the essay, over their byline, not the credits’ heading', () => {
    const title = 'What I Learned Maintaining a Tiny Library for Five Years';
    const lines = ['Home · Essays · About', '', ...ESSAY, '', 'Credits', title, 'Mira Okafor', 'March 3, 2025', '', 'Share'];
    const detected = detectLines(lines);
    expect(detected.metadata).toEqual({ title, author: 'Mira Okafor', date: 'March 3, 2025' });
    expect(detected.lines[6]!.role).toBe('boilerplate');
    // A headline there on another topic is the next item's, with its byline.
    const other = ['Home · Essays · About', '', ...ESSAY, '', 'Next', 'Ten Recipes for a Rainy Autumn Weekend', 'Jan Berg'];
    expect(detectLines(other).metadata.title).toBeUndefined();
  });

  it('takes the date a repost labels the original’s over the one it was taken in on, on either side of it', () => {
    const original = 'Originally posted Mar 3, 2025';
    const taken = 'Aggregated by Library Digest · Mar 4, 2025, 02:14 UTC';
    for (const dates of [
      [original, taken],
      [taken, original],
    ]) {
      const lines = ['What I Learned Maintaining a Library', 'Mira Okafor', ...dates, '', ...ESSAY];
      expect(detectLines(lines).metadata.date, dates[0]).toBe('Mar 3, 2025');
    }
  });

  it('reads a channel post’s date under its tags, reactions and counters, and no date past a list of other stories', () => {
    const title = 'What I Learned Maintaining a Library';
    const header = ['Channel Mirror', 'Library Notes', '@library_notes', '18 402 subscribers', 'Подписаться в Telegram', title];
    const footer = ['Author: @mira_okafor', '#libraries #maintenance', '👍 214  🔥 57  🤔 12', '👁 5,1K', '17 Jun 2025, 12:44'];
    expect(detectLines([...header, ...ESSAY, ...footer, '← Previous post']).metadata).toEqual({
      title,
      author: '@mira_okafor',
      date: '17 Jun 2025, 12:44',
    });
    const related = ['Mira Okafor', 'Related posts', 'Ten Recipes for a Rainy Weekend', '3 March 2025'];
    expect(detectLines([title, '', ...ESSAY, '', ...related]).metadata.date).toBeUndefined();
  });

  it('reads the author from a bare name right under the essay, not from one further down', () => {
    const lines = ['Lessons from a library', '', ...ESSAY, '', 'Mira Okafor', 'Translated by Jan Berg', 'Share'];
    expect(detectLines(lines).metadata).toMatchObject({ author: 'Mira Okafor' });
    const comments = ['Lessons from a library', '', ...ESSAY, '', 'Comments', 'Jan Berg', 'Great read.'];
    expect(detectLines(comments).metadata.author).toBeUndefined();
  });

  it('takes a screen name over its profile’s counts and a follow button for the author, and not without the button', () => {
    const profile = ['Mira_Okafor', 'Verified Creator · 26.3K Followers', '+ Follow'];
    const lines = ['Library Square', '', ...profile, 'March 4, 2025', 'What I Learned Maintaining a Library', ...ESSAY];
    expect(detectLines(lines).metadata).toMatchObject({ author: 'Mira_Okafor', title: 'What I Learned Maintaining a Library' });
    const unfollowed = lines.filter((l) => l !== '+ Follow');
    expect(detectLines(unfollowed).metadata.author).toBeUndefined();
  });

  it('takes the name of a profile header, a name and its tagline over a follow button, as the author', () => {
    const lines = ['What I Learned Maintaining a Library', '', 'Mira Okafor | Open Source Notes', '@miraokafor', 'Follow', '', ...ESSAY];
    expect(detectLines(lines).metadata).toMatchObject({ author: 'Mira Okafor' });
    const cjk = ['What I Learned Maintaining a Library', '', 'Mira Okafor｜オープンソース', 'フォロー', '', ...ESSAY];
    expect(detectLines(cjk).metadata).toMatchObject({ author: 'Mira Okafor' });
    // Without a follow button, a name and a tagline may be a site's or a section's.
    const bare = ['What I Learned Maintaining a Library', '', 'Mira Okafor | Open Source Notes', '', ...ESSAY];
    expect(detectLines(bare).metadata.author).toBeUndefined();
  });

  it('takes the headline, not the browser tab’s title over the page that adds the site’s name to it', () => {
    const title = 'What I Learned Maintaining a Tiny Library';
    const lines = [`${title} - Kitchen Weekly Essays`, 'Home', 'Essays', '', title, 'Mira Okafor', 'March 3, 2025', '', ...ESSAY];
    expect(detectLines(lines).metadata).toMatchObject({ title, author: 'Mira Okafor' });
    expect(detectLines([`${title} | Kitchen Weekly`, '', title, '', ...ESSAY]).metadata.title).toBe(title);
    // Nor a breadcrumb that ends on the headline, a quotation's guillemets and all.
    const quoted = 'Lo que aprendí: «mantener una biblioteca» cinco años';
    const trail = [`Inicio » Traducciones » ${quoted}`, '', quoted, 'Ana Ruiz', '4 de marzo de 2025', '', ...ENSAYO];
    expect(detectLines(trail).metadata.title).toBe(quoted);
  });

  it('takes no post’s header, a name and a handle, for a title', () => {
    expect(isTitleShaped(lineClues('Kitchen Weekly Digest @kitchen_weekly'))).toBe(false);
    expect(isTitleShaped(lineClues('Lessons From a Tiny Library'))).toBe(true);
  });

  it('takes no acronym beside the dateline for the author: a tag’s', () => {
    const lines = ['What I Learned Maintaining a Library', 'AI', 'March 3, 2025', '', ...ESSAY];
    expect(detectLines(lines).metadata.author).toBeUndefined();
    const named = ['What I Learned Maintaining a Library', 'Li Wei', 'March 3, 2025', '', ...ESSAY];
    expect(detectLines(named).metadata.author).toBe('Li Wei');
  });

  it('takes a bare name beside the dateline as the author', () => {
    const lines = ['What I Learned Maintaining a Library', 'Mira Okafor', 'March 3, 2025', '', ...ESSAY];
    expect(detectLines(lines).metadata).toMatchObject({ author: 'Mira Okafor', date: 'March 3, 2025' });
  });

  it('takes a user handle above the title, beside the dateline, as the author without its sign', () => {
    const lines = ['r/programming', 'Posted by', 'u/MiraOkafor', 'Mar 3, 2025', 'What I Learned Maintaining a Library', '', ...ESSAY];
    expect(detectLines(lines).metadata).toEqual({
      title: 'What I Learned Maintaining a Library',
      author: 'MiraOkafor',
      date: 'Mar 3, 2025',
    });
  });

  it('takes a handle over its follow button as the author, after a box of links, its "+" sign and all', () => {
    const title = 'Maintaining a Tiny Library';
    const lines = ['Hot Topics', 'Campaigns', 'News', '← Back', '@ana_ruiz', '+ Follow', 'March 4, 2025', title, ...ESSAY];
    expect(detectLines(lines).metadata).toMatchObject({ title, author: '@ana_ruiz' });
  });

  it('takes the name over a follow button as the author before a headline of two capitalised words glued to the dateline', () => {
    const lines = ['Library Weekly', 'Ana Ruiz', 'Follow', '6 min read', 'Mar 4, 2025', 'Quiet Weekends', '', ...ESSAY];
    expect(detectLines(lines).metadata.author).toBe('Ana Ruiz');
  });

  it('takes a handle glued to the dateline under the title as the author, as written', () => {
    const lines = ['Two Kinds of Users', '@mira_okafor', 'Mar 3, 2025', 'Filed under: libraries, maintenance', '', ...ESSAY];
    expect(detectLines(lines).metadata).toEqual({ title: 'Two Kinds of Users', author: '@mira_okafor', date: 'Mar 3, 2025' });
  });

  it('takes the headline, not the dek printed under it, as the title', () => {
    const dek = 'Why the small decisions of the first year decide how the next ten years of maintenance will feel';
    const lines = ['Notes', 'Subscribe', 'Maintaining a Library', dek, 'Mira Okafor', 'Mar 3, 2025', '12', 'Share', '', ...ESSAY];
    expect(detectLines(lines).metadata).toMatchObject({ title: 'Maintaining a Library', date: 'Mar 3, 2025' });
    // Without a dek, a short line over the headline (a section label, a kicker) is not the title.
    const kicker = ['Opinion Pieces Today', 'What I Learned Maintaining a Library', 'Mar 3, 2025', '', ...ESSAY];
    expect(detectLines(kicker).metadata).toMatchObject({ title: 'What I Learned Maintaining a Library' });
  });

  it('reads the header across a box of key points between it and the essay', () => {
    const points = [
      'What to know:',
      'A small library grows by the decisions its maintainer makes in the first year, long before anyone depends on it.',
      'Most of the work is answering issues and reviewing changes, not writing new features for the weekend project.',
      'The lessons below are written for the next maintainer, who will meet the same questions in the same order.',
    ];
    const lines = ['What I Learned Maintaining a Library', 'By Ana Ruiz', 'March 4, 2025', 'Share', '', ...points, '', ...ESSAY];
    // Another repost holds the essay, not the points: they are the page's summary.
    const known = { essays: [{ language: 'en', paragraphs: ESSAY }], titles: [], authors: [] };
    expect(bodyText(detectLines(lines, known))).toEqual(ESSAY);
    expect(detectLines(lines, known).metadata).toMatchObject({
      title: 'What I Learned Maintaining a Library',
      author: 'Ana Ruiz',
      date: 'March 4, 2025',
    });
  });

  it('reads a box of key points glued between the title and the byline as the box, not as titles', () => {
    const points = [
      'Key points',
      'Small libraries grow by early decisions',
      'Most of the work is answering issues',
      'Write it down for the next maintainer',
    ];
    const lines = ['Mar 3, 2025', 'What I Learned Maintaining a Library', ...points, 'By Ana Ruiz', 'Share', '', ...ESSAY];
    const detected = detectLines(lines);
    expect(detected.metadata).toEqual({ title: 'What I Learned Maintaining a Library', author: 'Ana Ruiz', date: 'Mar 3, 2025' });
    expect(detected.lines.slice(3, 6).map((l) => l.category)).toEqual(['duplicated-teaser', 'duplicated-teaser', 'duplicated-teaser']);
  });

  it('takes no breadcrumb copied one item a line for the title, its last item under a separator of its own', () => {
    const title = 'Maintaining a Tiny Library';
    const lines = ['Home', '›', 'Opinion', '›', 'Tiny Library Maintenance Notes', '', 'Share on X', '', title, 'By Ana Ruiz', '', ...ESSAY];
    expect(detectLines(lines).metadata.title).toBe(title);
  });

  it('takes no row of items parted by wide gaps for the title: a menu bar, a running header', () => {
    for (const row of ['Home  My Network  Jobs  Messaging  Notifications  Me  For Business', 'LIBRARY NOTES            Spring issue']) {
      expect(detectLines([row, 'What I Learned Maintaining a Library', '', ...ESSAY]).metadata.title, row).toBe(
        'What I Learned Maintaining a Library',
      );
    }
  });

  it('takes no breadcrumb trail for the title, of two sections or more', () => {
    const headline = 'What did five years of keeping a small library alive teach me about its users?';
    for (const trail of ['Tech > Open source', 'Forum › Discussions › What I Learned Maintaining a Library']) {
      const lines = ['The Daily Stack', '', trail, headline, 'By Ana Ruiz', '', ...ESSAY];
      expect(detectLines(lines).metadata.title, trail).toBe(headline);
    }
  });

  it('takes no heading of the essay, listed above it in a table of contents, for the title', () => {
    const heading = 'Why Small Libraries Grow Without Anyone Planning It';
    const essay = [ESSAY[0]!, '', heading, '', ESSAY[1]!, '', ESSAY[2]!];
    const lines = ['Keeping a Library', 'Mar 3, 2025', '', 'Contents', heading, '', ...essay];
    expect(detectLines(lines).metadata).toMatchObject({ title: 'Keeping a Library', date: 'Mar 3, 2025' });
  });

  it('takes no name parted from its tagline by a full-width bar for the title', () => {
    const lines = ['図書館を守る', 'Ana Ruiz｜オープンソースの小さな図書館を五年間守ってきた記録', '2025年3月4日', '', ...ESSAY];
    expect(detectLines(lines).metadata).toMatchObject({ title: '図書館を守る', date: '2025年3月4日' });
  });

  it('takes no line that opens in lower case for the title: a site’s tagline, far above the headline', () => {
    const tagline = 'a reading list on code, licences and the people who keep libraries alive';
    const lines = ['stacks & people', tagline, 'Home', 'Archive', 'About', '', 'Two Kinds of Users', 'Mar 3, 2025', '', ...ESSAY];
    expect(detectLines(lines).metadata.title).toBe('Two Kinds of Users');
    // A capital after the first letter is a name's ("iPhone", "eBay").
    expect(detectLines(['iPhone Apps That Outlived Their Makers', 'Mar 3, 2025', '', ...ESSAY]).metadata.title).toBe(
      'iPhone Apps That Outlived Their Makers',
    );
  });

  it('takes neither the site’s name, which its footer names again, nor the tagline under it for the title', () => {
    const headline = 'Two Kinds of Users';
    const footer = ['', 'More from Ana Ruiz and Library Notes', '© 2025 Library Notes · Privacy · Terms'];
    const page = (header: string[]) => [...header, '', ...ESSAY, ...footer];
    // The tagline is longer than the headline glued under it, and reads as a sentence.
    const tagline = 'Notes on code, licences and the people who keep it all alive';
    expect(detectLines(page(['Sign in', 'Library Notes', tagline, headline, 'Ana Ruiz', 'Mar 3, 2025'])).metadata.title).toBe(headline);
    // A headline of a site's name's length is still the title, glued under the name, when its footer does not name it.
    expect(detectLines(page(['Library Notes', 'Keeping a Library', 'Mar 3, 2025'])).metadata.title).toBe('Keeping a Library');
  });

  it('takes no row of tags or categories for the title', () => {
    for (const row of ['$Bitcoin(BTC)$ $Ethereum(ETH)$ $Nvidia(NVDA)$ $Solana(SOL)$', 'Open Source, Libraries, Maintenance Notes']) {
      const lines = ['What I Learned Maintaining a Library', 'By Ana Ruiz', 'Mar 3, 2025', row, '', ...ESSAY];
      expect(detectLines(lines).metadata.title, row).toBe('What I Learned Maintaining a Library');
    }
  });

  it('reads the headline without the tags a page sets around it', () => {
    for (const line of ['【譯文】What I Learned Maintaining a Library', '▲ What I Learned Maintaining a Library (example.com/mira)']) {
      expect(detectLines([line, 'By Ana Ruiz', '', ...ESSAY]).metadata.title, line).toBe('What I Learned Maintaining a Library');
    }
  });

  it('takes a social post’s headline that emoji decorate, glued to its byline, as the title without them', () => {
    const post = ['17 June 2025 · 🌏', '🔥 [Translation] What I Learned Maintaining a Library', '✍️ Author: Ana Ruiz', '', ...ESSAY];
    expect(detectLines(post).metadata).toEqual({
      title: 'What I Learned Maintaining a Library',
      author: 'Ana Ruiz',
      date: '17 June 2025',
    });
    // Set apart from the byline, the same line is a banner's.
    const banner = ['🔥 Our Weekly Contest Starts Today 🎁', '', 'By Ana Ruiz', '', ...ESSAY];
    const detection = detectLines(banner);
    expect(detection.metadata.title).toBeUndefined();
    expect(detection.lines[0]).toMatchObject({ role: 'boilerplate', category: 'promo-banner' });
  });

  it('reads a channel post: an emoji-led headline glued to its text, emoji-bulleted points inside it, a signature after', () => {
    const post = [
      'Kitchen Notes ☕️',
      '18 942 subscribers',
      '',
      '🧠⛓ What I Learned Maintaining a Library',
      ESSAY[0]!,
      '🔹 The first lesson: every small library grows, and it grows in directions nobody planned for.',
      '🔸 The second: the users you never hear from depend on it most, and they deserve stable releases.',
      ESSAY[1]!,
      ESSAY[2]!,
      '✍️ Ana Ruiz',
      '📅 17.06.2025',
      '👁 9,3K',
    ];
    const detection = detectLines(post);
    expect(detection.metadata).toEqual({ title: 'What I Learned Maintaining a Library', author: 'Ana Ruiz', date: '17.06.2025' });
    expect(bodyText(detection)).toEqual(post.slice(4, 9));
  });

  it('takes no introduction that an emoji after it points below for the title', () => {
    const post = ['Kitchen Notes', '@kitchennotes', 'Follow', 'My translation of Ana Ruiz’s essay on maintaining a library 👇', ...ESSAY];
    expect(detectLines(post).metadata.title).toBeUndefined();
  });

  it('reads where a line ends before the emoji that close it: a sentence so closed is no title', () => {
    const news = '🚨 BREAKING: spot bitcoin funds took in 412 million dollars yesterday, the sixth day in a row. 📈';
    const detected = detectLines(['Kitchen Notes, [03.03.2024 08:00]', news, '', 'Kitchen Notes, [03.03.2024 09:00]', '', ...ESSAY]);
    expect(detected.metadata.title).toBeUndefined();
  });

  it('takes a capitalised headline of two sentences, not a caption with its credit, as the title', () => {
    const headline = 'Libraries Keep Growing. Maintainers Keep Leaving.';
    const caption = 'A stack of old books on a windowsill, one of them open. (Photo by Lee Park)';
    const detected = detectLines([headline, 'By Ana Ruiz', 'March 4, 2025', '', caption, '', ...ESSAY]);
    expect(detected.metadata).toMatchObject({ title: headline, author: 'Ana Ruiz', date: 'March 4, 2025' });
  });

  it('counts a handle as one word: a user name above a headline is not its kicker', () => {
    const headline = 'what it was like to keep a small library alive for five years of weekends';
    expect(detectLines(['mira_okafor_dev', headline, 'March 4, 2025', '', ...ESSAY]).metadata.title).toBe(headline);
  });

  it('reads a headline wrapped over two lines as one title', () => {
    for (const [first, second] of [
      ['Capability Leap vs. Problem Shifting:', 'The Layered Paradox of AI and Crypto'],
      ['What I Learned Maintaining', 'a small library for five years'],
      // A question the second line answers, in a script with case or without.
      ['Capability Leap or Problem Shifting?', 'The Layered Paradox of AI and Crypto'],
      ['能力躍遷還是問題搬家？', 'AI 與加密貨幣的「分層悖論」'],
      // Greek writes its question mark as a semicolon.
      ['Άλμα ικανοτήτων ή μετάθεση προβλημάτων;', 'Το «παράδοξο των επιπέδων» σε AI και κρύπτο'],
    ] as const) {
      const detected = detectLines(['Library Weekly', first, second, 'By Ana Ruiz', 'March 4, 2025', '', ...ESSAY]);
      expect(detected.metadata.title).toBe(`${first} ${second}`);
      expect(detected.lines.slice(1, 3).map((l) => l.fields)).toEqual([['title'], ['title']]);
    }
  });

  it('leaves a photo’s caption under the headline out of the essay on a page without blank lines', () => {
    // A headline of two sentences, the question first, reads as prose: the span opens on it, then on the caption.
    const title = 'Five years of weekends or just a hobby? What maintaining a small library taught me about patience';
    const caption = 'Image: a tower of wooden blocks, made with AI';
    const detected = detectLines(['Library Weekly', '@ana_ruiz', 'March 4, 2025', title, caption, ...ESSAY]);
    expect(detected.metadata.title).toBe(title);
    expect(bodyText(detected)).toEqual(ESSAY);
  });

  it('takes a one-word headline that names the essay’s topic over its dek, unless the page’s menu prints it too', () => {
    const dek = 'Why a weekend library turns into years of evenings, and what the next maintainer should know before starting';
    const post = ['Library Weekly', 'Subscribe', 'Sign in', 'A post translated from Spanish', 'Maintainers', dek, 'Ana Ruiz'];
    expect(detectLines([...post, 'March 4, 2025', '', ...withBlankLines(ESSAY)]).metadata.title).toBe('Maintainers');
    // A section's name over a long headline is in the menu too: the long line is the headline.
    const section = ['Library Weekly', 'Home', 'Maintainers', 'Tools', '', 'Maintainers', dek, 'By Ana Ruiz'];
    expect(detectLines([...section, 'March 4, 2025', '', ...withBlankLines(ESSAY)]).metadata.title).toBe(dek);
    // A digest's contents name it with more words: no section's name.
    const digest = ['Library Weekly, issue 12', '01 Release notes', '02 Maintainers: Ana Ruiz on weekend libraries', '', ...post];
    expect(detectLines([...digest, 'March 4, 2025', '', ...withBlankLines(ESSAY)]).metadata.title).toBe('Maintainers');
    // A blog's list of the section's other posts under the essay quotes its name.
    const more = ['', '‘Maintainers’: more posts in this category', 'Notes on semantic versioning', 'March 1, 2025'];
    expect(detectLines([...post, 'March 4, 2025', '', ...withBlankLines(ESSAY), ...more]).metadata.title).toBe(dek);
  });

  it('takes a forum post’s title under its flair of two sections, though the title reads as a sentence (with evidence)', () => {
    const question = 'Is maintaining a tiny library for five years worth all the evenings it takes from the rest of your life?';
    const lines = ['c/OpenSource', 'Join', 'Posted by u/ana_ruiz', 'March 4, 2025', 'Long read / Weekend library', question];
    // The known reposts hold the essay's paragraphs, not the question: it stays out of the essay.
    const known = { essays: [{ language: 'en', paragraphs: ESSAY }], titles: [], authors: [] };
    const detected = detectLines([...lines, '', ...withBlankLines(ESSAY)], known);
    expect(detected.metadata).toMatchObject({ title: question, author: 'u/ana_ruiz' });
  });

  it('takes a headline its tag opens over a breadcrumb of two sections that name the essay’s topic', () => {
    const headline = 'Why a weekend library turns into years of evenings, and what its maintainers learn on the way';
    const lines = [
      'Library Weekly',
      'Weekend / Library',
      `[ANALYSIS] ${headline}`,
      'By Ana Ruiz',
      'March 4, 2025',
      '',
      ...withBlankLines(ESSAY),
    ];
    for (const evidence of [undefined, NO_EVIDENCE]) expect(detectLines(lines, evidence).metadata.title).toBe(headline);
  });

  it('leaves the dek glued under the headline out of the essay when the essay’s paragraphs stand apart', () => {
    // A headline long enough to read as prose opens the essay's span; the dek under it stays there unless its block says.
    const title = 'Weekend project or life’s work: what five years of maintaining a tiny library taught one developer';
    const dek = 'Why does a weekend project grow into years of evenings? The maintainer looks back on what she learned.';
    const lines = ['Library Weekly', 'By Ana Ruiz', 'March 4, 2025', title, dek, '', ...withBlankLines(ESSAY)];
    const detected = detectLines(lines, NO_EVIDENCE);
    expect(detected.metadata.title).toBe(title);
    expect(bodyText(detected)).toEqual(ESSAY);
  });

  it('takes the name on an original-text credit for the author, though a translator’s note shares its block', () => {
    const essai = [
      'Il y a cinq ans, j’ai publié une petite bibliothèque parce que j’en avais besoin pour un projet de week-end.',
      'Aujourd’hui, quelques milliers de projets s’en servent, et j’y ai passé plus de soirées qu’à tout le reste.',
      'Voici les leçons que quelqu’un aurait dû me donner au début, écrites pour la prochaine personne qui la maintiendra.',
    ];
    const lines = [
      'Carnet de code',
      'Cinq ans à maintenir une petite bibliothèque',
      'Ce qu’on apprend en maintenant un outil libre pendant des années. Un texte d’Ana Ruiz, traduit pour nos lecteurs.',
      'Traduit par Amélie Verhaegen',
      '4 mars 2025',
      '31',
      'Partager',
      'Texte original : Ana Ruiz',
      'Note de la traductrice : j’ai gardé les noms des outils en anglais, tels qu’on les lit partout.',
      '',
      ...withBlankLines(essai),
    ];
    expect(detectLines(lines).metadata.author).toBe('Ana Ruiz');
  });

  it('takes no translator’s credit of a word for translating and a name for the author', () => {
    const lines = [
      'Notas de Código',
      'Cinco años manteniendo una biblioteca',
      'Traducido Marta Gil',
      '4 mar 2025',
      '',
      ...ENSAYO,
      '',
      'Autor del original: Ana Ruiz',
    ];
    expect(detectLines(lines).metadata.author).toBe('Ana Ruiz');
  });

  it('reads a headline wrapped after its colon, the rest opening on a quotation in lower case, as one title over its dek', () => {
    // Its first line, long and ending on a colon, reads like prose: the headline is no part of the essay.
    const [first, second] = [
      'Cinco años manteniendo una pequeña biblioteca de software libre:',
      '«lo que aprendí» en mis noches de código',
    ];
    const dek = 'Por qué cada noche dedicada a una pequeña biblioteca enseña más sobre software y comunidad que cualquier curso?';
    const lines = ['Notas de Código', 'Por Ana Ruiz', '4 mar 2025', '', first, second, dek, '', ...withBlankLines(ENSAYO)];
    const detected = detectLines(lines);
    expect(detected.metadata.title).toBe(`${first} ${second}`);
    expect(detected.lines.slice(4, 6).map((l) => l.fields)).toEqual([['title'], ['title']]);
  });

  it('takes a headline in sentence case over its longer dek, glued under it, for the title', () => {
    const title = 'Cinco años manteniendo una biblioteca: lo que aprendí';
    const dek = 'Por qué cada noche dedicada a una pequeña biblioteca enseña más sobre software, comunidad y paciencia que cualquier curso';
    const lines = ['Notas de Código', 'Suscribirse', '', title, dek, '', 'Ana Ruiz', '4 mar 2025', '', ...ENSAYO];
    expect(detectLines(lines).metadata.title).toBe(title);
    // A poster's line that opens with a handle heads a post; it is no headline, whatever it runs to.
    const post = ['@ana.ruiz (64) hace 5 días', dek, '', ...ENSAYO];
    expect(detectLines(post).metadata.title).not.toBe(post[0]);
  });

  it('takes a short headline naming the essay’s topic over a dek that runs on in clauses, however short, for the title', () => {
    const essay = [
      '五年前，我为了一个周末项目发布了一个小型开源库，没想到它越长越大，用户也越来越多。',
      '如今有几千个项目依赖这个开源库，我在维护它上花的夜晚，比花在任何别的事情上都多。',
      '下面是我希望刚开始维护小型开源库时就有人告诉我的经验，写给下一位维护者参考。',
    ];
    const title = '维护小型开源库';
    // No stop ends it and it is no longer than a headline: only its clauses say it is the dek.
    const dek = '五年夜晚、一个依赖、几千用户';
    const lines = ['代码笔记', '首页', '专栏', title, dek, '2025年3月4日', ...essay];
    expect(detectLines(lines).metadata.title).toBe(title);
    // A kicker of another topic over the same dek is no headline.
    expect(detectLines(['代码笔记', '首页', '专栏', '周末读书单', dek, '2025年3月4日', ...essay]).metadata.title).toBe(dek);
  });

  it('reads past a note under the byline and a dek over it to the title: a paragraph may stand on each side', () => {
    const title = 'Cinco años manteniendo una biblioteca';
    const dek = 'Lo que aprendí en cinco años de noches dedicadas a una pequeña biblioteca que creció sin pedir permiso.';
    const note = 'Traducido del inglés por el equipo de Notas de Código, con permiso del autor original de la entrada.';
    const lines = ['Notas de Código', 'Suscribirse', '', title, dek, 'Ana Ruiz', '4 mar 2025', '', note, '', ...ENSAYO];
    expect(detectLines(lines).metadata).toMatchObject({ title, author: 'Ana Ruiz', date: '4 mar 2025' });
  });

  it('reads past a photo caption, its credit in brackets, between the dek and the byline', () => {
    const title = 'What Five Years of a Tiny Library Taught Me';
    const dek = 'A maintainer looks back on thousands of dependents, many evenings and a few lessons worth writing down for others.';
    const caption = 'A desk covered in notebooks and a laptop. Most of the work happened after hours. (Library Weekly / Archive)';
    const lines = ['Library Weekly', '', title, dek, '', caption, '', 'By Ana Ruiz', 'March 4, 2025', '', ...ESSAY];
    expect(detectLines(lines).metadata).toMatchObject({ title, author: 'Ana Ruiz' });
  });

  it('takes a short headline in sentence case over its longer dek for the title when it names the essay’s topic', () => {
    const title = 'Maintaining a tiny library';
    const dek = 'What five years of evenings spent on one small dependency taught a developer about users, patience and saying no';
    const lines = ['Library Weekly', '', title, dek, '', 'By Ana Ruiz', 'March 4, 2025', '', ...ESSAY];
    expect(detectLines(lines).metadata.title).toBe(title);
    // A kicker of another topic over the same dek (no final stop: a subtitle) is no headline.
    expect(
      detectLines(['Library Weekly', '', 'Weekend reading list', dek, '', 'By Ana Ruiz', 'March 4, 2025', '', ...ESSAY]).metadata.title,
    ).toBe(dek);
  });

  it('takes the headline that names the essay’s topic over its dek when blank lines part every line of the header', () => {
    const title = 'Maintaining a tiny library: five years of evenings and what they taught me about saying no';
    const dek = 'Why a weekend project grows into years of evenings, and what the next maintainer should know before starting';
    const page = (over: string) => ['Library Weekly', '', over, '', dek, '', 'By Ana Ruiz', 'March 4, 2025', '', ...withBlankLines(ESSAY)];
    expect(detectLines(page(title)).metadata.title).toBe(title);
  });

  it('takes the upper of two stacked headlines of about the same length for the title, the lower being its dek', () => {
    const title = 'Five Years of Keeping a Tiny Library Alive';
    // Capitalised as a headline is, no longer than one and without a clause: only its place says it is the dek.
    const dek = 'Lessons From Thousands of Users and Late Evenings';
    const lines = ['Library Weekly', '', title, dek, '', 'By Ana Ruiz', 'March 4, 2025', '', ...ESSAY];
    expect(detectLines(lines).metadata.title).toBe(title);
  });

  it('takes no headline in a script without case for a kicker in capitals because of the Latin letters it names', () => {
    const essay = [
      '오 년 전 주말 프로젝트에 필요해서 작은 라이브러리를 공개했는데, 생각보다 훨씬 크게 자랐습니다.',
      '지금은 수천 개의 프로젝트가 이 라이브러리에 의존하고 있고, 저는 다른 어떤 일보다 많은 저녁을 여기에 썼습니다.',
      '처음 시작할 때 누군가 말해 주었으면 좋았을 교훈들을 다음 관리자를 위해 적어 둡니다.',
    ];
    const title = 'AI는 코드를 쓰고, 관리자는 사람을 돌본다';
    const dek = '같은 라이브러리인데 왜 일은 갈수록 늘어날까';
    const lines = ['[글로벌 칼럼]', title, dek, '', '아나 루이스 객원 칼럼니스트', '입력 2025.03.04 09:12', '', ...essay];
    expect(detectLines(lines).metadata.title).toBe(title);
  });

  it('takes no line under a known label of chrome and its colon for the title: a summary, a lead', () => {
    const title = 'Maintaining a Tiny Library';
    for (const lead of [
      'Summary: five years of evenings and thousands of users behind one small library',
      '导读：五年的夜晚与几千个用户背后的一个小型开源库',
    ]) {
      const lines = ['Library Weekly', '', title, 'By Ana Ruiz', 'March 4, 2025', lead, '', ...ESSAY];
      expect(detectLines(lines).metadata.title, lead).toBe(title);
    }
  });

  it('takes a headline that emoji and a tag open, set apart from the byline, for the title when it names the essay’s topic', () => {
    const headline = '🔥【Deep dive】Five years of a tiny library: lessons for the next maintainer';
    const banner = '🎉 Sign up today and get a free month of premium hosting';
    const lines = ['Library Weekly', '', banner, '', headline, '', 'By Ana Ruiz', 'March 4, 2025', '', ...ESSAY];
    expect(detectLines(lines).metadata.title).toBe('Five years of a tiny library: lessons for the next maintainer');
    // A banner's line set apart names its campaign, not the essay's topic: no title.
    expect(detectLines(['Library Weekly', '', banner, '', 'By Ana Ruiz', 'March 4, 2025', '', ...ESSAY]).metadata.title).toBeUndefined();
  });

  it('takes no line that emoji decorate, glued to a banner’s lines, for the title: it is the banner’s first', () => {
    const banner = ['🎉 Library Week Season 3 — write a post and win a year of hosting!', '🏆 Prizes for the top 50 posts', '👉 Join now'];
    const headline = '🧠 Five Years of a Tiny Library: What It Taught Me';
    const lines = [
      'Library Weekly',
      ...banner,
      'Home > Essays',
      '📌 Editor’s pick',
      headline,
      '@ana_ruiz',
      'Follow',
      '17 June 2025',
      ...ESSAY,
    ];
    expect(detectLines(lines).metadata.title).toBe('Five Years of a Tiny Library: What It Taught Me');
  });

  it('takes a title of two words for the title when the breadcrumb glued above it ends on it: the page’s own name', () => {
    const lines = ['Library Weekly', 'Blog › Essays › Library Fatigue', 'Library Fatigue', '17 June 2025', 'Share', '', ...ESSAY];
    expect(detectLines(lines).metadata.title).toBe('Library Fatigue');
    // A breadcrumb that ends on its section over the section's label: the headline under them is the title.
    const section = ['Home › Opinion', 'Opinion', 'Five Years of a Tiny Library', 'By Ana Ruiz', '17 June 2025', '', ...ESSAY];
    expect(detectLines(section).metadata.title).toBe('Five Years of a Tiny Library');
    // A kicker between the breadcrumb and the page's name, a longer tagline above, the name quoted by the comments' heading.
    const kicked = [
      'Library Weekly',
      'Notes from a small desk at the edge of town',
      '',
      'Home › Essays › Fatigue',
      'GUEST POST',
      'Fatigue',
      '17 June 2025',
      '',
      ...withBlankLines(ESSAY),
      '3 thoughts on “Fatigue”',
    ];
    expect(detectLines(kicked).metadata.title).toBe('Fatigue');
  });

  it('leaves the author’s bio, a last paragraph that opens with the byline’s name, out of the essay', () => {
    const bio = 'Ana Ruiz is a librarian in Valencia who has maintained small open-source libraries for a decade.';
    const page = ['Five Years of a Tiny Library', 'By Ana Ruiz', '17 June 2025', '', ...withBlankLines(ESSAY), bio, '', 'Share'];
    const detected = detectLines(page);
    expect(bodyText(detected)).toEqual(ESSAY);
    expect(detected.lines.find((l) => l.text === bio)).toMatchObject({ role: 'boilerplate' });
    // A last paragraph that opens with another name is the essay's.
    const closing = 'Anaïs, my first contributor, still sends a patch every spring, and I still merge it the same day.';
    expect(bodyText(detectLines([...page.slice(0, -3), closing, '', 'Share']))).toEqual([...ESSAY, closing]);
  });

  it('leaves out a bio whose name runs into a full-width comma or into another script, not a name that goes on', () => {
    const essay = [
      '五年前，我在一个周末写下了这个小小的开源库，只是为了解决自己在工作中反复遇到的日期格式问题。',
      '没想到它后来被几千个项目引用，每天都有人提交问题，也有人发来感谢信，这让我既高兴又有些不安。',
      '维护一个被广泛依赖的库，意味着每一次改动都要小心翼翼，因为你无法预知它会影响到谁的工作。',
      '如今回头看，这五年教会我的不是写代码，而是如何与陌生人合作，以及如何对自己说不。',
    ];
    const page = (last: string) => ['小型开源库的五年', '作者：Ana Ruiz', '2025年6月17日', '', ...withBlankLines(essay), last, '', '分享'];
    for (const bio of [
      'Ana Ruiz，瓦伦西亚的图书管理员，十年来一直维护小型开源库。',
      'Ana是瓦伦西亚的图书管理员，十年来一直维护小型开源库。',
    ]) {
      expect(bodyText(detectLines(page(bio)))).toEqual(essay);
    }
    // "Anabel …" opens with the name's letters, not with the name.
    const closing = 'Anabel 是我的第一位贡献者，她至今每年春天都会发来一个补丁，而我总是当天就合并。';
    expect(bodyText(detectLines(page(closing)))).toEqual([...essay, closing]);
  });

  it('takes no photo caption, its credit after a colon or a copyright sign, for the title, nor into the essay', () => {
    const title = 'Five Years of a Tiny Library';
    const caption = 'A desk covered in notebooks and a laptop at night. Photo: Library Weekly Archive';
    const lines = ['Library Weekly', '', title, '', 'By Ana Ruiz', 'March 4, 2025', '', caption, '', ...ESSAY];
    expect(detectLines(lines).metadata).toMatchObject({ title, author: 'Ana Ruiz' });
    // Nor one whose credit follows the copyright sign, which the essay's text does not open with: it is the page's.
    const signed = 'Stacked notebooks on a desk, symbol of a layered routine. © Library Weekly';
    const page = detectLines(['Library Weekly', '', title, '', 'By Ana Ruiz', 'March 4, 2025', signed, ...ESSAY]);
    expect(page.metadata.title).toBe(title);
    expect(bodyText(page)).toEqual(ESSAY);
    // A credit bracketed with its word and colon is one whatever ends it, an abbreviation's stop too (a caption taken
    // for the title once, the title under a kicker and above a dek); a sentence in brackets is none.
    expect(isCaption('Stacked notebooks on a desk at night. (Photo: Library Weekly/Arch.)')).toBe(true);
    expect(isCaption('Ilustrasi lapisan blockchain dan kecerdasan buatan. (Foto: KabarKripto/Dok.)')).toBe(true);
    expect(isCaption('The library grew. (See the notes at the end.)')).toBe(false);
    // A picture's credit on a line of its own, its word and a spaced dash before who made it.
    expect(isCaption('Photo — Unsplash, Shubham Dhage')).toBe(true);
    expect(isCaption('Photo-sharing apps changed how we read')).toBe(false);
    // A picture's word and who made it, after the caption's sentence.
    expect(isCaption('Stacked wooden blocks in three colours. Illustration by Northern Ledger staff')).toBe(true);
    expect(isCaption('Gestapelte Blöcke. Foto von Anna Schmidt')).toBe(true);
    // A Korean paper's credit, its word joined to the name by an equals sign, after a sentence whose last word is one
    // syllable long: a script without abbreviations ends a sentence after any letter.
    expect(isCaption('▲ 도서관의 계층 비교. 그래픽=도서관주간')).toBe(true);
    expect(isCaption('The library grew over the years. x=y')).toBe(false);
    // A picture's word of several and its colon open the credit, after a sentence whose last word is two letters long,
    // the second outside ASCII, as no abbreviation's is ("… tác tử.", not "vs.").
    expect(isCaption('Ba tầng của thư viện: sách, ghi chú và mã nguồn của tác giả tử. Ảnh minh họa: Thư Viện Tuần')).toBe(true);
    expect(isCaption('Library vs. Foto: a comparison')).toBe(false);
    expect(isCaption('The library grew over the years. Written by Ana Ruiz')).toBe(false);
    // A credit naming a site by its address, its dot inside the name.
    expect(isCaption('Serverruimte in een datacenter in de Eemshaven. Foto: Schakel.nu')).toBe(true);
    // A sentence's stop in any script ends the caption before its credit: the Armenian full stop (։) as the Latin one.
    expect(isCaption('Գրադարանի տետրերը սեղանին՝ գիշերով։ Լուսանկար: Արամ Պետրոսյան')).toBe(true);
    // A credit word in capitals, two of them; a credit after a dash rather than a sentence's end. A headline's dash and
    // a longer clause after a word and colon are none.
    expect(isCaption('Notebooks piled on a desk at night. PHOTO ILLUSTRATION: LIBRARY WEEKLY; ISTOCK')).toBe(true);
    expect(isCaption('Camadas de blockchain: o L2 virou remendo de remendo — Foto: Reprodução/Freepik')).toBe(true);
    expect(isCaption('Five Years of a Tiny Library — What It Taught Me')).toBe(false);
    expect(isCaption('Five Years — Analysis: why a tiny library became a full-time job')).toBe(false);
    // A bracketed note naming a picture ends a caption without a sentence's end before it, as Japanese pages print it;
    // a part's number in brackets does not.
    expect(isCaption('小さなライブラリと五年間の机（イメージ画像）')).toBe(true);
    expect(isCaption('Five Years of a Tiny Library (Part 1)')).toBe(false);
    // Nor is a caption whose credit stands on a line of its own under it, glued to the essay's first paragraph.
    const pair = ['Stacked notebooks on a desk, each one a year of evenings spent on one small library.', 'Illustration: Library Weekly'];
    expect(bodyText(detectLines([title, 'By Ana Ruiz', 'March 4, 2025', '', ...pair, '', ...ESSAY]))).toEqual(ESSAY);
    // Nor is a pull quote as a caption, its credit after the quotation's closing mark, glued to the essay's first paragraph.
    const quoted = '“Every release taught me more than the code did.” Illustration: made with an image generator';
    const under = detectLines(['Library Weekly', '', title, '', 'By Ana Ruiz', 'March 4, 2025', '', quoted, ...ESSAY]);
    expect(under.metadata.title).toBe(title);
    expect(bodyText(under)).toEqual(ESSAY);
    // A thread's count after a sentence is no credit: the essay's last paragraph keeps it.
    const counted = [...ESSAY.slice(0, -1), `${ESSAY.at(-1)} (2/2)`];
    expect(bodyText(detectLines([title, 'By Ana Ruiz', '', ...counted]))).toEqual(counted);
    // A headline's colon after a short word and its dot is no credit.
    const colonTitle = 'Libraries vs. Apps: What Five Years Taught Me';
    expect(detectLines(['Library Weekly', '', colonTitle, '', 'By Ana Ruiz', '', ...ESSAY]).metadata.title).toBe(colonTitle);
  });

  it('takes a headline of two words for the title when both name the essay’s topic, and no label of two words', () => {
    const header = (headline: string) => ['Trade', 'Learn', headline, '@ana_ruiz', 'Follow', 'March 4, 2025', '', ...ESSAY];
    expect(detectLines(header('Tiny Libraries')).metadata.title).toBe('Tiny Libraries');
    expect(detectLines(header('Weekend Reads')).metadata.title).toBeUndefined();
    // Over a long headline, two words naming the topic are its section's label.
    const long = 'What Five Years of Evenings Spent Maintaining One Tiny Library Taught Me About Users';
    expect(detectLines(['Library Weekly', 'Tiny Libraries', long, 'By Ana Ruiz', '', ...ESSAY]).metadata.title).toBe(long);
  });

  it('takes no headline from far above a dateline for the title right under it, on a page without blank lines', () => {
    const title = '¿Salto de capacidad o traslado de problemas?';
    const tagline = 'Blog de cripto, web3 y tecnología en español';
    const lines = [
      'Bloque Cero',
      tagline,
      'Inicio',
      'Buscar',
      'Traducción: Lucía Ferrer',
      '19/06/2025',
      title,
      'Autor original: Ana Ruiz',
      ...ENSAYO,
    ];
    expect(detectLines(lines).metadata.title).toBe(title);
  });

  it('reads a hard-wrapped headline whose second part is too short to be a title, and no archive link, as the title', () => {
    const lines = [
      'Previous message: [club] Meeting on Thursday: the agenda',
      'Next message: [club] Re: What I Learned Maintaining a Library, a long translation thread',
      'What I Learned Maintaining a Small Open Source Library for',
      'ten years',
      'Author: Ana Ruiz',
      '',
      ...ESSAY,
    ];
    expect(detectLines(lines).metadata.title).toBe('What I Learned Maintaining a Small Open Source Library for ten years');
  });

  it('reads a headline over two lines in a script without case as one title, its byline under it', () => {
    const [first, second] = ['작은 라이브러리를 지킨다는 것', '5년 동안 배운 일곱 가지'];
    const lines = ['홈 > 칼럼', first, second, 'Ana Ruiz 객원칼럼니스트', '2025.03.04 10:00', '', ...ESSAY];
    expect(detectLines(lines).metadata).toMatchObject({ title: `${first} ${second}`, author: 'Ana Ruiz' });
    // A line twice as long as the short title above it is that title's dek, not its second half.
    const [short, dek] = ['작은 도서관의 역설', '아무도 돌보지 않는 라이브러리를 수천 개의 프로젝트가 매일 쓴다'];
    const deked = ['홈 > 칼럼', short, dek, 'Ana Ruiz 객원칼럼니스트', '2025.03.04 10:00', '', ...ESSAY];
    expect(detectLines(deked).metadata.title).toBe(short);
    // A headline already in two parts is whole: the line under it, however short, is its dek.
    const parted = '라이브러리의 역설…작은 코드, 큰 책임';
    const under = ['홈 > 칼럼', parted, '5년 동안 배운 일곱 가지', 'Ana Ruiz 객원칼럼니스트', '2025.03.04 10:00', '', ...ESSAY];
    expect(detectLines(under).metadata.title).toBe(parted);
    // A poster's name or a label glued under the headline is no part of it.
    for (const name of ['도서관지기', '작성자']) {
      expect(detectLines(['홈 > 칼럼', first, name, '2025.03.04 10:00', '', ...ESSAY]).metadata.title, name).toBe(first);
    }
  });

  it('reads a question glued over a title-shaped line as one headline, the Arabic question mark too', () => {
    const essay = [
      'قبل خمس سنوات نشرتُ مكتبة صغيرة لمشروع في عطلة نهاية الأسبوع، فكبرت على نحو لم أتوقعه أبدًا.',
      'واليوم تعتمد عليها آلاف المشاريع، وقد قضيت معها ليالي أكثر مما قضيت مع أي شيء آخر في حياتي.',
      'هذه هي الدروس التي تمنيت لو أخبرني بها أحد حين بدأت، أكتبها للقائم التالي على صيانتها.',
    ];
    const [question, rest] = ['مكتبة صغيرة أم عبء كبير؟', '«مفارقة الصيانة» بين المكتبات الصغيرة والمشاريع الكبيرة التي تعتمد عليها'];
    const lines = ['الرئيسية > آراء', question, rest, 'بقلم: آنا رويز', 'نُشر في: 17 يونيو 2025', '', ...withBlankLines(essay)];
    expect(detectLines(lines).metadata.title).toBe(`${question} ${rest}`);
  });

  it('takes no long dek glued under a headline in a script without spaces for the headline’s second half', () => {
    // Some thirty-five characters each: a headline and its dek, not two halves of one headline (counted in spaced
    // words, the dek's three Latin ones alone, they were).
    const title = '小さなライブラリを五年間守り続けて分かった、保守という仕事の本当の重さ';
    const dek = 'v1・v2・v3と版を重ね数千のプロジェクトに使われたとき、週末の趣味はなぜ責任に変わったのか';
    expect(detectLines(['ホーム > コラム', title, dek, '2025年3月4日', '', ...ESSAY_JA]).metadata.title).toBe(title);
  });

  it('takes the translated title, not the original’s in Latin letters quoted over it, above an essay in another script, and labels both title lines', () => {
    const [original, translated] = ['What I Learned Maintaining a Library', '小さなライブラリを保守して学んだこと'];
    const detected = detectLines(['ホーム > コラム', original, translated, '2025年3月4日', '', ...ESSAY_JA]);
    expect(detected.metadata.title).toBe(translated);
    // The original's line is the title's too: metadata, not the page's navigation.
    expect(detected.lines[1]).toMatchObject({ role: 'metadata', fields: ['title'] });
    // Alone, the original's title is the page's.
    expect(detectLines(['ホーム > コラム', original, '2025年3月4日', '', ...ESSAY_JA]).metadata.title).toBe(original);
  });

  it('takes the translated title, not the original’s quoted over it, though blank lines part them', () => {
    const [original, translated] = ['What I Learned Maintaining a Library', '小さなライブラリを保守して学んだこと'];
    const detected = detectLines(['ホーム > コラム', '', original, '', translated, '', '2025年3月4日', '', ...ESSAY_JA]);
    expect(detected.metadata.title).toBe(translated);
    expect(detected.lines[2]).toMatchObject({ role: 'metadata', fields: ['title'] });
  });

  it('takes a name of a caseless script glued to the dateline for the author, and no picture’s credit under the title', () => {
    const essay = [
      'सबैजना भन्छन्, इथेरियमको रोलअप-केन्द्रित रणनीति असफल भएजस्तो देखिन्छ, र मानिसहरू यो तहगत खेलबाट थाकेका छन्।',
      'एआईको हरेक तहले अघिल्लो तहले समाधान गर्न नसकेको मूल समस्या समाधान गर्छ, त्यसैले क्षमता क्रमशः बढ्दै जान्छ।',
      'क्रिप्टोको हरेक तहले अघिल्लो तहको समस्यामा टालो लगाउँछ, तर दुर्भाग्यवश त्यसले झन् नयाँ र ठूला समस्या ल्याउँछ।',
    ];
    const title = 'क्षमताको छलाङ कि समस्याको स्थानान्तरण?';
    const header = ['प्रविधि', '', 'हाओतियान', '२०८२ असार ३ गते ११:२०', '', title, '', 'तस्बिर: प्रतीकात्मक', ''];
    expect(detectLines([...header, ...essay]).metadata).toEqual({ title, author: 'हाओतियान', date: '२०८२ असार ३ गते ११:२०' });
    // A translator's credit is no author's name.
    const credited = header.map((line) => (line === 'हाओतियान' ? 'अनुवाद रमेश' : line));
    expect(detectLines([...credited, ...essay]).metadata.author).toBeUndefined();
    // A user's name glued over the dateline is the author's too.
    const named = detectLines(['Quillmint', '', 'Five Years of a Tiny Library', 'ana.eth', 'June 17th, 2025', '', ...ESSAY]);
    expect(named.metadata).toMatchObject({ author: 'ana.eth', date: 'June 17th, 2025' });
    // Apart from a dateline, such a word may be a menu's item: no author.
    expect(detectLines(['प्रविधि', '', 'हाओतियान', '', title, '', ...essay]).metadata.author).toBeUndefined();
  });

  it('takes the translated title, not the original’s quoted over it in another language of the same script', () => {
    const [original, translated] = [
      'What Five Years of Keeping a Library Taught Me',
      'Lo que cinco años cuidando una biblioteca me enseñaron',
    ];
    for (const pair of [
      [original, translated],
      [translated, original],
    ]) {
      const detected = detectLines(['Inicio', ...pair, 'Por Ana Ruiz', '4 de marzo de 2025', '', ...ENSAYO]);
      expect(detected.metadata.title, pair[0]).toBe(translated);
      expect(detected.lines[1 + pair.indexOf(original)], pair[0]).toMatchObject({ role: 'metadata', fields: ['title'] });
    }
    // Alone, the original's title is the page's.
    expect(detectLines([original, 'Por Ana Ruiz', '', ...ENSAYO]).metadata.title).toBe(original);
  });

  it('takes the uppermost of stacked headlines about as long as each other, not the dek of two lines under it', () => {
    const essay = [
      '5년 전 주말 프로젝트에 필요해서 작은 라이브러리를 공개했는데, 생각보다 훨씬 크게 자랐습니다.',
      '지금은 수천 개의 프로젝트가 이 라이브러리에 의존하고 있고, 저는 다른 무엇보다 많은 저녁을 여기에 썼습니다.',
      '이 글은 처음 시작할 때 누군가 알려 주었으면 좋았을 교훈을 다음 관리자를 위해 적어 둔 것입니다.',
    ];
    const headline = '[기고] 작은 라이브러리와 프로젝트를 5년 지킨 관리자의 교훈… 다음 관리자에게';
    // The dek's second line is a little longer than the headline.
    const dek = ['릴리스마다 사용자가 늘었고', '사용자마다 라이선스와 문서·빌드에 대한 질문이 "끝없이" 새로 생겼다… "답은 문서"'];
    const lines = ['홈 > 오피니언', 'Ana Ruiz 객원 칼럼니스트', '2025.03.04 14:05', '', headline, ...dek, '', ...essay];
    expect(detectLines(lines).metadata.title).toBe('작은 라이브러리와 프로젝트를 5년 지킨 관리자의 교훈… 다음 관리자에게');
  });

  it('takes a sentence-case headline, not a label running in lower case over it, as the title', () => {
    const headline = 'What it was like to keep a small library alive for five years of weekends';
    const lines = ['Show notes', 'Text read on the show (03:12)', headline, 'By Ana Ruiz', '', ...ESSAY];
    expect(detectLines(lines).metadata.title).toBe(headline);
  });

  it('keeps a box of key points under its title out of the essay, without evidence', () => {
    const points = [
      'A small library grows by the decisions its maintainer makes in the first year, long before anyone depends on it.',
      'Most of the work is answering issues and reviewing changes, not writing new features for the weekend project.',
    ];
    const lines = ['What I Learned Maintaining a Library', 'By Ana Ruiz', '', 'Key takeaways', ...points, '', ...ESSAY];
    const detected = detectLines(lines);
    expect(bodyText(detected)).toEqual(ESSAY);
    expect(detected.lines.find((l) => l.text === points[0])).toMatchObject({ role: 'boilerplate', category: 'duplicated-teaser' });
  });

  it('takes a sentence-case headline, not the kicker over it, as the title', () => {
    const headline = 'What it was like to keep a small library alive for five years of weekends';
    for (const kicker of ['OPINION OF THE WEEK', 'Source: Library Weekly']) {
      const lines = ['Home', kicker, headline, 'Ana Ruiz', 'March 4, 2025', '', ...ESSAY];
      expect(detectLines(lines).metadata, kicker).toMatchObject({ title: headline });
    }
  });

  it('takes a sentence-case headline, not the longer dek under it past the share buttons, as the title', () => {
    const headline = 'What it was like to keep a small library alive for five years of weekends';
    const dek = 'The small decisions of the first year decide how the next ten years of maintenance will feel';
    const lines = ['Home', 'Opinion', headline, 'Share on X', 'Share on WhatsApp', dek, 'By Ana Ruiz', 'March 4, 2025', '', ...ESSAY];
    expect(detectLines(lines).metadata).toMatchObject({ title: headline });
    // A line of running text less than half as long over it is a note, not the headline.
    const note = ['Home', 'we read it together on a monday in the lab', 'Share on X', dek, 'By Ana Ruiz', '', ...ESSAY];
    expect(detectLines(note).metadata).toMatchObject({ title: dek });
    // A line of running text in another block above (a promotion, past a blank line and the breadcrumb) heads nothing.
    const promo = 'New users pay no fees on bitcoin purchases for a month';
    const apart = ['Log in', promo, '', 'Home / Opinion', dek, 'By Ana Ruiz', '', ...ESSAY];
    expect(detectLines(apart).metadata).toMatchObject({ title: dek });
  });

  it('takes a sentence-case headline over a longer dek that reads as a row of words as the title', () => {
    const headline = 'What five years of keeping a small library alive taught me about its users';
    // Few function words: the dek does not read as running text, though it is the longer line.
    const dek = 'Weekend project turned dependency: thousands of dependents, countless evenings, endless issue triage and reviews';
    const lines = ['Library Notes', 'Subscribe', '', headline, dek, '', 'Ana Ruiz', 'Mar 3, 2025', '', ...ESSAY];
    expect(detectLines(lines).metadata).toEqual({ title: headline, author: 'Ana Ruiz', date: 'Mar 3, 2025' });
  });

  it('takes a headline in sentence case that resembles the known reposts’ titles over the short label above it', () => {
    const known = { essays: [{ language: 'en', paragraphs: ESSAY }], titles: ['What I Learned Maintaining a Small Library'], authors: [] };
    const headline = 'What I learned maintaining a small library: five years, thousands of dependents';
    const lines = ['Live: open source week', '', 'Mar 3, 2025, 10:02', 'Library notes', headline, 'By Ana Ruiz', '', ...ESSAY];
    expect(detectLines(lines, known).metadata.title).toBe(headline);
  });

  it('takes a headline that emoji decorate, set apart, as the title when it resembles the known reposts’ titles', () => {
    const known = { essays: [{ language: 'en', paragraphs: ESSAY }], titles: ['What I Learned Maintaining a Small Library'], authors: [] };
    const lines = ['Home', 'Article', '', '🧠 What I Learned Maintaining a Library for Five Years 📚', '', 'Follow', '', ...ESSAY];
    expect(detectLines(lines, known).metadata.title).toBe('What I Learned Maintaining a Library for Five Years');
    // A banner set apart resembles no title: it stays the banner's.
    const banner = ['🔥 Our Weekly Contest Starts Today 🎁', '', 'Follow', '', ...ESSAY];
    expect(detectLines(banner, known).lines[0]).toMatchObject({ role: 'boilerplate', category: 'promo-banner' });
  });

  it('takes an article’s headline that emoji decorate, over its poster’s name and follow button, and that name, without evidence', () => {
    const profile = ['Mira Okafor | Open Source Notes', '@miraokafor', 'Follow'];
    const article = ['Home', 'Article', '', '🧠 What I Learned Maintaining a Library for Five Years 📚', '', ...profile, '', ...ESSAY];
    expect(detectLines(article).metadata).toMatchObject({
      title: 'What I Learned Maintaining a Library for Five Years',
      author: 'Mira Okafor',
    });
    // A banner set apart over no poster's name stays the banner's.
    const banner = ['🔥 Our Weekly Contest Starts Today 🎁', '', 'Follow', '', ...ESSAY];
    expect(detectLines(banner).lines[0]).toMatchObject({ role: 'boilerplate', category: 'promo-banner' });
  });

  it('reads the author and the date off one line that gives both', () => {
    for (const byline of [
      'Posted on March 4, 2025 by Ana Ruiz',
      'By Ana Ruiz · March 4, 2025',
      'Publié le 4 mars 2025 par Ana Ruiz',
      // A name and a mark before the date: the name is the author's.
      'Ana Ruiz · March 4, 2025',
      'Ana Ruiz | 4 mars 2025',
    ]) {
      const detected = detectLines(['What I Learned Maintaining a Library', byline, '', ...ESSAY]);
      expect(detected.metadata, byline).toMatchObject({
        author: 'Ana Ruiz',
        date: expect.stringMatching(/^(?:March 4, 2025|4 mars 2025)$/),
      });
      expect(detected.lines[1]).toMatchObject({ role: 'metadata', fields: expect.arrayContaining(['author', 'date']) });
    }
  });

  it('reads a handle before the date as the author, without its sign, and no date label as a name', () => {
    expect(detectLines(['What I Learned Maintaining a Library', '@anaruiz · March 4, 2025', '', ...ESSAY]).metadata).toMatchObject({
      author: 'anaruiz',
    });
    expect(detectLines(['What I Learned Maintaining a Library', 'Updated · March 4, 2025', '', ...ESSAY]).metadata.author).toBeUndefined();
  });

  it('takes a bare name under an author label, or right under the title, as the author', () => {
    expect(detectLines(['What I Learned Maintaining a Library', 'Author', 'Mira Okafor', '', ...ESSAY]).metadata.author).toBe(
      'Mira Okafor',
    );
    expect(detectLines(['What I Learned Maintaining a Library', 'Mira Okafor', '', ...ESSAY]).metadata.author).toBe('Mira Okafor');
    // A flair under the title is no author when a name stands beside the dateline.
    const forum = ['Posted by', 'Mira Okafor', 'Mar 3, 2025', 'What I Learned Maintaining a Library', 'Discussion', '', ...ESSAY];
    expect(detectLines(forum).metadata.author).toBe('Mira Okafor');
  });

  it('takes the name under the title, not a section heading a blank line under the dateline, as the author', () => {
    const lines = [
      'What I Learned Maintaining a Library',
      'Mira Okafor',
      'Independent researcher',
      'March 3, 2025',
      '',
      'Abstract',
      ...ESSAY,
    ];
    expect(detectLines(lines).metadata).toMatchObject({ author: 'Mira Okafor', date: 'March 3, 2025' });
  });

  it('takes the name, not the role printed under it beside the dateline, as the author', () => {
    const lines = ['Opinion', 'What I Learned Maintaining a Library', 'Mira Okafor', 'Contributor', 'March 3, 2025', '', ...ESSAY];
    expect(detectLines(lines).metadata).toMatchObject({ author: 'Mira Okafor', date: 'March 3, 2025' });
  });

  it('takes a bare name before a follow button as the author', () => {
    const lines = ['What I Learned Maintaining a Library', 'Mira Okafor', 'Follow', '4 min read', '', ...ESSAY];
    expect(detectLines(lines).metadata).toMatchObject({ title: 'What I Learned Maintaining a Library', author: 'Mira Okafor' });
  });

  it('does not take a bare name for the author when nothing marks it as one', () => {
    // Above the title, with no dateline, follow button or label beside it, a name is the site's or a section's.
    const lines = ['Mira Okafor', 'What I Learned Maintaining a Library', '', ...ESSAY];
    expect(detectLines(lines).metadata.author).toBeUndefined();
  });

  it('keeps a paragraph that cites an address or a link in the essay', () => {
    const lines = [
      'What I Learned Maintaining a Library',
      '',
      ...ESSAY,
      'Security reports now go to security@example.org, and I answer every one of them within two days.',
      'The documentation at https://example.org/docs is rebuilt on every merge, so it never falls behind.',
      'Saying no kindly and early costs less than a pull request left open for months without an answer.',
    ];
    expect(detectLines(lines).lines.filter((l) => l.role === 'body')).toHaveLength(ESSAY.length + 3);
  });
  it('takes a headline set right on the text for the title, even one whose words run in lower case', () => {
    const headline = 'What it was like to be the one who kept a small library alive for all of us';
    const detected = detectLines(['Menu', headline, '', ...ESSAY]);
    expect(detected.metadata).toMatchObject({ title: headline });
    expect(detected.lines[1]).toMatchObject({ role: 'metadata', fields: ['title'] });
    // The first line of a hard-wrapped paragraph runs on into the next one: it stays the essay's.
    const wrapped = [
      'Nobody warned me that a small library used by strangers would',
      'change how I spend my evenings, and for the better.',
    ];
    const lines = detectLines(['What I Learned Maintaining a Library', '', ...wrapped, '', ...ESSAY]).lines;
    expect(lines.slice(2, 4).map((l) => l.role)).toEqual(['body', 'body']);
  });

  it('takes the headline, not a shorter label nearer the essay, nor a site name parted by a bar', () => {
    const title = 'Lo que aprendí manteniendo una biblioteca';
    const lines = ['Cripto e IA | Notas de Ana Ruiz', title, 'Por Ana Ruiz', 'Analista de software', 'Compartir artículo', '', ...ESSAY];
    expect(detectLines(lines).metadata).toMatchObject({ title, author: 'Ana Ruiz' });
  });

  it('never takes a run of clauses for the title, though it lacks a full stop', () => {
    const essay = [
      '世人皆言、以太坊之策、殆已敗矣、而厭層層相套之戲、然智械之道、期年之間、其變甚速、其病安在乎',
      '',
      '智械之層、各補其前之短、故能日進。',
      '',
      '密鏈之層、徒移其患、而不能解之。',
    ];
    const detected = detectLines(['守拙齋', '首頁', '能躍與患移論', '', ...essay]);
    expect(detected.metadata).toMatchObject({ title: '能躍與患移論' });
    expect(detected.lines[4]).toMatchObject({ role: 'body' });
  });
  it('takes the publication date, not the update printed under it', () => {
    for (const [published, updated] of [
      ['17/06/2025', 'Actualizado: 18/06/2025'],
      ['June 17, 2025', 'Last updated June 18, 2025'],
      ['2025年6月17日', '更新于 2025年6月18日'],
    ]) {
      const lines = ['What I Learned Maintaining a Library', 'By Mira Okafor', published!, updated!, '', ...ESSAY];
      expect(detectLines(lines).metadata).toMatchObject({ date: published });
    }
    // A wiki prints each property's label on a line of its own.
    const wiki = [
      'What I Learned Maintaining a Library',
      'Published',
      'June 17, 2025',
      'Last edited',
      'June 21, 2025 3:14 PM',
      '',
      ...ESSAY,
    ];
    expect(detectLines(wiki).metadata).toMatchObject({ date: 'June 17, 2025' });
  });
  it('never takes a profile line parted by a dot, or a line holding a button label, for the title', () => {
    const title = 'What I Learned Maintaining a Library';
    const profile = 'Maintainer · Writing about open source, tooling and the people behind it';
    const cta = 'Subscribe for free to read every new essay about small libraries';
    expect(detectLines(['Mira Okafor', profile, '2d', 'Follow', title, '', ...ESSAY]).metadata).toMatchObject({ title });
    expect(detectLines([title, cta, '', ...ESSAY]).metadata).toMatchObject({ title });
  });
  it('reads the title and the byline of a copied Markdown page without its marks', () => {
    const lines = ['# What I Learned Maintaining a Library', '', '**Author:** Mira Okafor', '', ...ESSAY];
    expect(detectLines(lines).metadata).toMatchObject({ title: 'What I Learned Maintaining a Library', author: 'Mira Okafor' });
  });
  it('reads the author from a dash signature under the essay, which heads nothing below it', () => {
    const reply = 'Great piece, though I think the second layer deserves more credit than it gets here today.';
    const lines = ['Ask the maintainers', '', ...ESSAY, '', '— Mira Okafor', '', 'Reply from a reader, 2 hours ago', reply];
    const detected = detectLines(lines);
    expect(detected.metadata).toMatchObject({ author: 'Mira Okafor' });
    expect(bodyText(detected)).toEqual(ESSAY);
  });
  it('reads a name after a label of any language beside the dateline, but no source, tag, category or translator', () => {
    // Malay, Norwegian, Serbian and Tagalog labels that no vocabulary lists.
    for (const [label, name] of [
      ['Pengarang:', 'Mira Okafor'],
      ['Tekst:', 'Mira Okafor'],
      ['Аутор:', 'Мира Окафор'],
      ['Orihinal na may-akda:', 'Mira Okafor'],
      // A label of four words, as Portuguese builds one with its prepositions.
      ['Autor do texto original:', 'Mira Okafor'],
    ]) {
      const lines = ['What I Learned Maintaining a Library', `${label} ${name}`, '17 June 2025', '', ...ESSAY];
      expect(detectLines(lines).metadata, label).toMatchObject({ title: 'What I Learned Maintaining a Library', author: name });
    }
    // A headline in a script without case, its first part of four words before a colon, is no label and name.
    const headline = 'AI 与 Crypto 的分层悖论：能力跃迁还是问题转移';
    expect(detectLines([headline, '作者：Mira Okafor', '2025年6月17日', '', ...ESSAY]).metadata).toMatchObject({
      title: headline,
      author: 'Mira Okafor',
    });
    for (const label of ['Source:', 'Tags:'])
      expect(
        detectLines(['What I Learned Maintaining a Library', `${label} Bitcoin`, '17 June 2025', '', ...ESSAY]).metadata,
        label,
      ).not.toHaveProperty('author');
    for (const label of ['Traducción y adaptación:', 'Übersetzung:', 'Translated by:'])
      expect(
        detectLines(['What I Learned Maintaining a Library', `${label} Mira Okafor`, '17 June 2025', '', ...ESSAY]).metadata,
        label,
      ).not.toHaveProperty('author');
  });
  it('reads a byline in any wording by the name the known reposts give the author, not by an address that holds it', () => {
    const known = { essays: [{ language: 'en', paragraphs: ESSAY }], titles: [], authors: ['Mira Okafor'] };
    const header = (byline: string) => ['What I Learned Maintaining a Library', byline, '17 June 2025', '', ...ESSAY];
    // Welsh without a colon, Chinese with the column's name after it: labels no vocabulary lists.
    for (const byline of ['Awdur Mira Okafor', '原創 Mira Okafor 鏈上閒話', 'Orihinal na may-akda: Mira Okafor (@mira)'])
      expect(detectLines(header(byline), known).metadata, byline).toMatchObject({ author: 'Mira Okafor' });
    expect(detectLines(header('Awdur Mira Okafor')).metadata).not.toMatchObject({ author: 'Mira Okafor' });
    // A sentence that names the author, or an address, is no byline.
    const mail = ['What I Learned Maintaining a Library', 'Correspondence: okafor.notes@example.org', '17 June 2025', '', ...ESSAY];
    expect(detectLines(mail, { ...known, authors: ['Okafor'] }).metadata).not.toHaveProperty('author');
    const sentence = header('Mira Okafor wrote this for the maintainers of small libraries everywhere');
    expect(detectLines(sentence, known).metadata).not.toHaveProperty('author');
  });
  it('takes the headline above its dek in a script without case, where no capitals mark a kicker', () => {
    const title = 'সক্ষমতার লাফ বনাম সমস্যার স্থানান্তর: এআই ও ক্রিপ্টোর স্তরের প্যারাডক্স';
    const dek = 'কেন এআই-এর স্তরগুলো তাকে আরও বুদ্ধিমান করে, আর ক্রিপ্টোর স্তরগুলো শুধু সমস্যা এক জায়গা থেকে আরেক জায়গায় সরায়';
    expect(detectLines([title, dek, '', 'Haotian', 'Jun 17, 2025', '', ...ESSAY]).metadata).toMatchObject({ title });
  });
  it('joins no line to a Georgian title for its opening in lower case: Georgian writes no capitals', () => {
    const title = 'როგორ ვუვლით პატარა ბიბლიოთეკას ხუთი წლის განმავლობაში';
    expect(detectLines(['ანალიტიკა', title, '17 June 2025', '', ...ESSAY]).metadata).toMatchObject({ title });
  });
  it('reads a Georgian name after an author label, as a name in a script without case', () => {
    const title = 'როგორ ვუვლით პატარა ბიბლიოთეკას ხუთი წლის განმავლობაში';
    const lines = [title, 'ავტორი: ანა რუისი', '17 June 2025', '', ...ESSAY];
    expect(detectLines(lines).metadata).toMatchObject({ title, author: 'ანა რუისი' });
  });
  it('never takes a breadcrumb trail parted by spaced slashes for the title, but a headline pairing two things', () => {
    const title = 'Libraries / Maintainers: What Five Years Taught Me';
    const trail = 'Blog / Open source / What I Learned Maintaining a Library';
    expect(detectLines([trail, title, '17 June 2025', '', ...ESSAY]).metadata).toMatchObject({ title });
  });
  it('never takes a breadcrumb trail parted by "»" for the title, but a title quoting with guillemets', () => {
    const title = 'Ce que j’ai appris en maintenant une « petite » bibliothèque';
    const trail = 'Accueil » Articles » Ce que j’ai appris en maintenant une bibliothèque';
    expect(detectLines([trail, title, '17 juin 2025', '', ...ESSAY]).metadata).toMatchObject({ title });
  });
  it('reads the known author’s name as the line writes it, in any case, and never in a line too long for a byline', () => {
    expect(knownAuthorIn('Autorius HAOTIAN', ['Haotian'])).toBe('HAOTIAN');
    expect(knownAuthorIn('İ Autorius Haotian', ['Haotian'])).toBe('Haotian');
    // A run of letters without spaces around the name would make the address check read it over and over.
    expect(knownAuthorIn(`Autorius Haotian ${'x'.repeat(200)}`, ['Haotian'])).toBeUndefined();
  });

  it('takes, of the lines that resemble the known titles, the one that says most of them: not a blog named with their words', () => {
    const known = {
      essays: [{ language: 'en', paragraphs: ESSAY }],
      titles: ['What Five Years of Maintaining a Tiny Library Taught Me'],
      authors: [],
    };
    // The blog's name holds nothing but words of the known title; the page's own title holds more of them.
    const title = 'Five Years of Maintaining a Tiny Library: Lessons';
    const lines = ['Home About Archive', '', 'The Tiny Library Years', '', title, 'By Ana Ruiz', 'March 4, 2025', '', ...ESSAY];
    expect(detectLines(lines, known).metadata.title).toBe(title);
  });
});
