import { describe, expect, it } from 'vitest';
import { detectLines } from '../../../src/importer/detect/detect-lines.ts';
import { NO_EVIDENCE, type Evidence } from '../../../src/importer/detect/evidence.ts';
import { label, bodyText, withBlankLines } from './support.ts';

/** The essay's paragraphs: two before the advert, four after it. */
const OPENING = [
  'Every baker says that sourdough is hard to keep alive, and many people give up on their starter after a week. What is curious is that the same starter, fed on a fixed schedule, becomes reliable within a month. So where exactly does the trouble lie?',
  'A starter is a colony of wild yeast and lactic bacteria living in flour and water. The yeast raises the dough while the bacteria give it its sour taste; both need regular feeding, a steady temperature and patience from the baker who keeps them.',
];
const REST = [
  'Feeding on a schedule is what turns the colony into a dependable leaven: the yeast learns the rhythm, the bacteria keep their balance, and every loaf rises a little more predictably than the one before it.',
  'Skipped feedings do the opposite. The bacteria take over, the starter turns acidic and sluggish, the dough stops rising, and the baker blames the flour, the oven or the weather instead of the missing routine.',
  'So the difference between a lively starter and a dead one is rarely the recipe. It is the habit of feeding the colony at the same hour, with the same flour, in the same warm corner of the kitchen.',
  'The comparison is not perfect. I just find it a useful way to think about any craft where routine matters more than talent.',
];
const TITLE = 'Why Sourdough Starters Fail: A Question of Routine';

/** A blog's header over the essay's opening paragraphs, a blank line after each. */
const HEADED = ['Kitchen Weekly', TITLE, 'By Mara Lind', 'March 3, 2024', '', ...withBlankLines(OPENING)];

/** A news page that drops an advert block after the essay's second paragraph. */
const CAPTURE = [
  'Skip to main content',
  'Kitchen Weekly',
  'Recipes',
  'Opinion',
  TITLE,
  'By Mara Lind',
  'March 3, 2024 · 3 min read',
  ...OPENING,
  'ADVERTISEMENT',
  'Open a savings account in two minutes and earn interest from the very first day.',
  'Learn more',
  ...REST,
  'Share this article',
  '© 2024 Kitchen Weekly. All rights reserved.',
];

const EXPECTED = [
  ...Array<string>(4).fill('boilerplate:site-navigation'),
  'metadata:title',
  'metadata:author',
  'metadata:date',
  'body',
  'body',
  'boilerplate:spam-advert',
  'boilerplate:spam-advert',
  'boilerplate:spam-advert',
  'body',
  'body',
  'body',
  'body',
];

/** Another repost of the essay: the same paragraphs are the evidence. */
const KNOWN: Evidence = { essays: [{ language: 'en', paragraphs: [...OPENING, ...REST] }], titles: [TITLE], authors: [] };

describe('detectLines across an inline advert', () => {
  for (const [name, evidence] of [
    ['without evidence', NO_EVIDENCE],
    ['with the known reposts as evidence', KNOWN],
  ] as const) {
    it(`keeps the paragraphs above the advert in the essay and the advert out of it, ${name}`, () => {
      const detected = detectLines(CAPTURE, evidence);
      expect(detected.lines.slice(0, EXPECTED.length).map(label)).toEqual(EXPECTED);
    });

    it(`reads the header above the essay's real start, ${name}`, () => {
      const { metadata } = detectLines(CAPTURE, evidence);
      expect(metadata).toEqual({ title: TITLE, author: 'Mara Lind', date: 'March 3, 2024' });
    });
  }

  it('still drops a teaser that repeats the opening above the essay', () => {
    const withTeaser = [...CAPTURE.slice(0, 7), OPENING[0]!, 'Read the full column below', ...CAPTURE.slice(7)];
    const detected = detectLines(withTeaser, KNOWN).lines.map(label);
    expect(detected[7]).toBe('boilerplate:duplicated-teaser');
    expect(detected.slice(9, 11)).toEqual(['body', 'body']);
  });
});

describe('detectLines across an advert on the essay’s topic, on a page without blank lines', () => {
  // The advert's copy shares the essay's words (starter, flour, feeding): only its label and its button set it apart.
  const advert = [
    'Sponsored',
    'Crumbly starter kits with organic flour and a glass jar, delivered to your door every week.',
    'See the offer',
  ];
  const page = [TITLE, 'By Mara Lind', 'March 3, 2024', ...OPENING, ...advert, ...REST];

  it('leaves the advert’s label, copy and button out of the essay, with the known reposts and without them', () => {
    for (const evidence of [KNOWN, NO_EVIDENCE]) expect(bodyText(detectLines(page, evidence))).toEqual([...OPENING, ...REST]);
  });

  it('leaves an advert of one line, its label in brackets before its copy, out of the essay, and the essay around it in', () => {
    const line = '[Sponsored] Crumbly starter kits with organic flour and a glass jar, delivered to your door every week.';
    const inline = [TITLE, 'By Mara Lind', 'March 3, 2024', ...OPENING, line, ...REST];
    for (const evidence of [KNOWN, NO_EVIDENCE]) expect(bodyText(detectLines(inline, evidence))).toEqual([...OPENING, ...REST]);
  });

  it('keeps the paragraphs glued under an advert’s label that the known reposts hold: the advert was an image', () => {
    const image = [TITLE, 'By Mara Lind', 'March 3, 2024', ...OPENING, 'Advertisement', ...REST];
    expect(bodyText(detectLines(image, KNOWN))).toEqual([...OPENING, ...REST]);
  });
});

describe('detectLines across a related list set inside the essay, on a page without blank lines', () => {
  // The list's headline ends no sentence; the essay's next section, glued under it, opens with its heading, which does.
  const list = ['READ ALSO', 'Five bakeries that changed how Paris eats bread. Here’s what they share'];
  const heading = 'Routine, not talent, keeps the starter alive.';
  const page = [TITLE, 'By Mara Lind', 'March 3, 2024', ...OPENING, ...list, heading, ...REST, 'Share this article'];

  it('leaves the list’s title and headline out of the essay, and the section glued under them in, with and without evidence', () => {
    for (const evidence of [NO_EVIDENCE, KNOWN]) {
      const detected = detectLines(page, evidence);
      expect(bodyText(detected)).toEqual([...OPENING, heading, ...REST]);
      expect(detected.lines[3 + OPENING.length + 1]).toMatchObject({ role: 'boilerplate', category: 'related-links' });
    }
  });
});

describe('detectLines past a pull quote and a photo caption set between the essay’s paragraphs', () => {
  const quote = '“The bacteria take over, the starter turns acidic and sluggish.”';
  const caption = 'A jar of starter on a sunny windowsill. Photo: Kitchen Weekly';
  // A sentence in brackets at a paragraph's end, an address in it, is the essay's own aside, not a photo's credit.
  const cited = `${REST[2]} (A feeding chart for the whole month is at https://example.org/chart.)`;
  const essay = [...OPENING, REST[0]!, REST[1]!, cited, REST[3]!];
  const page = [TITLE, 'By Mara Lind', 'March 3, 2024', '', ...withBlankLines(OPENING), caption, '', REST[0]!, '', quote, ''];
  page.push(...withBlankLines([REST[1]!, cited, REST[3]!]));

  it('leaves the pull quote, whose words a paragraph says, and the caption out of the essay, with and without evidence', () => {
    for (const evidence of [NO_EVIDENCE, KNOWN]) {
      const detected = detectLines(page, evidence);
      expect(bodyText(detected)).toEqual(essay);
      for (const line of [caption, quote]) expect(detected.lines.find((l) => l.text === line)).toMatchObject({ role: 'boilerplate' });
    }
  });
});

describe('detectLines under a machine summary, on a page without blank lines', () => {
  it('takes the summary’s paragraph under its title out of the essay, and the essay glued under it in', () => {
    const summary = 'The author argues that a starter fails for want of a feeding routine, not for want of a better recipe.';
    const page = [TITLE, 'By Mara Lind', 'March 3, 2024', 'AI Summary', summary, ...OPENING, ...REST, 'Share this article'];
    const detected = detectLines(page, NO_EVIDENCE);
    expect(bodyText(detected)).toEqual([...OPENING, ...REST]);
    expect(detected.lines[4]).toMatchObject({ role: 'boilerplate', category: 'ai-summary' });
  });

  it('keeps a summary of several lines whole in its box when the known reposts say where the essay resumes', () => {
    const points = [
      'The author argues that a starter fails for want of a feeding routine, not for want of a better recipe.',
      'Her advice for beginners: pick an hour, keep to it, and judge the result only after a month.',
    ];
    const page = [TITLE, 'By Mara Lind', 'March 3, 2024', 'AI Summary', ...points, ...OPENING, ...REST, 'Share this article'];
    const detected = detectLines(page, KNOWN);
    expect(bodyText(detected)).toEqual([...OPENING, ...REST]);
    expect(detected.lines.slice(3, 6).map((l) => l.category)).toEqual(Array(3).fill('ai-summary'));
  });

  it('ends the summary’s box at its closing note, which names the box but opens none', () => {
    const points = [
      'The author argues that a starter fails for want of a feeding routine, not for want of a better recipe.',
      'She compares a week of daily feedings with a month of neglect, and finds the routine matters more than the flour.',
    ];
    const note = 'This AI summary may contain errors, please check.';
    const page = [TITLE, 'By Mara Lind', 'March 3, 2024', 'AI Summary', ...points, note, ...OPENING, ...REST, 'Share this article'];
    const detected = detectLines(page, NO_EVIDENCE);
    expect(bodyText(detected)).toEqual([...OPENING, ...REST]);
    expect(detected.lines.slice(3, 7).map((l) => l.category)).toEqual(Array(4).fill('ai-summary'));
  });
});

describe('detectLines across a box set inside the essay', () => {
  /** A blog that sets a sign-up box and a "read also" link between the essay's second and third paragraphs. */
  const BOXED = [
    ...HEADED,
    'Subscribe to our newsletter',
    'New essays on bread, every Sunday morning.',
    'Your email address',
    'Subscribe',
    'No spam. Unsubscribe at any time.',
    '',
    'Read also: How to revive a neglected starter in three days',
    '',
    ...withBlankLines(REST),
  ];

  it('keeps the paragraphs on both sides of the box in the essay, and the box out, when the known reposts hold them', () => {
    const detected = detectLines(BOXED, KNOWN);
    expect(bodyText(detected)).toEqual([...OPENING, ...REST]);
    expect(detected.metadata).toEqual({ title: TITLE, author: 'Mara Lind', date: 'March 3, 2024' });
  });

  it('keeps the paragraphs on both sides of the box in the essay by their shared topic, without evidence', () => {
    const list = [
      'Most read',
      'Ten Breads to Bake This Winter',
      'The Best Flour for Beginners',
      'A Guide to Proofing Baskets',
      'Why Rye Is Different',
    ];
    const page = [...BOXED.slice(0, 9), 'Subscribe to our newsletter', 'Your email address', 'Subscribe', ...list, '', ...BOXED.slice(17)];
    const detected = detectLines(page, NO_EVIDENCE);
    expect(bodyText(detected)).toEqual([...OPENING, ...REST]);
    expect(detected.metadata).toEqual({ title: TITLE, author: 'Mara Lind', date: 'March 3, 2024' });
  });

  it('takes a sentence holding a button label out of the essay when the known reposts do not hold it', () => {
    const thanks = 'Thanks for reading about sourdough and the baker! Subscribe for free to receive new posts on the starter.';
    const page = [...BOXED.slice(0, 9), thanks, '', ...BOXED.slice(9)];
    expect(detectLines(page, KNOWN).lines[9]).toMatchObject({ role: 'boilerplate', text: thanks });
  });

  it('takes a sentence holding a button label out of the essay without evidence when its words are not the essay’s', () => {
    const thanks = 'Thanks for reading The Weekly Crumb! Subscribe for free to receive new posts and support my work.';
    const page = [...BOXED.slice(0, 9), thanks, '', ...BOXED.slice(9)];
    expect(detectLines(page, NO_EVIDENCE).lines[9]).toMatchObject({ role: 'boilerplate', text: thanks });
    // So does one whose newsletter is named after the essay's topic: a third of its words are the essay's, not half.
    const named = 'Thanks for reading The Sourdough Starter! Subscribe for free to receive new posts and support my work.';
    expect(detectLines([...BOXED.slice(0, 9), named, '', ...BOXED.slice(9)], NO_EVIDENCE).lines[9]).toMatchObject({
      role: 'boilerplate',
      text: named,
    });
    // Nor do two copies of the box vouch for each other's words, between the essay's paragraphs.
    const second = BOXED.indexOf(REST[1]!);
    const twice = [...BOXED.slice(0, 9), named, '', ...BOXED.slice(9, second), named, '', ...BOXED.slice(second)];
    const copies = detectLines(twice, NO_EVIDENCE).lines.filter((l) => l.text === named);
    expect(copies.map((l) => l.role)).toEqual(['boilerplate', 'boilerplate']);
    // A paragraph of the essay that happens to hold such words stays, its words being the essay’s.
    const own = 'Bakers who subscribe for free to a starter club still learn that the starter, the flour and the proofing decide the loaf.';
    expect(detectLines([...BOXED.slice(0, 9), own, '', ...BOXED.slice(9)], NO_EVIDENCE).lines[9]).toMatchObject({ role: 'body' });
  });

  it('ends an advert’s box at the essay’s next section on a page without blank lines, however many lines follow', () => {
    const first = [`1) ${OPENING[0]}`, OPENING[1]!];
    const second = [`2) ${REST[0]}`, ...REST.slice(1)];
    const advert = ['Advertisement', 'Automatic dough kneading at home…the first month on us', 'Apply today'];
    const page = [TITLE, 'By Mara Lind', 'March 3, 2024', ...first, ...advert, ...second, 'Share this article'];
    const detected = detectLines(page, NO_EVIDENCE);
    expect(bodyText(detected)).toEqual([...first, ...second]);
  });

  it('reads the header between an aggregator’s teaser card and the essay, the card’s title printed again there', () => {
    const card = [TITLE, OPENING[0]!.slice(0, 80), 'Read full post ↓'];
    const header = [TITLE, '', 'Mara Lind', 'Originally posted Mar 3, 2024', '4 min read'];
    const page = [
      'Crumb Digest',
      '',
      ...card,
      '',
      '✨ AI Summary',
      'Generating summary…',
      '',
      ...header,
      '',
      ...withBlankLines([...OPENING, ...REST]),
    ];
    const detected = detectLines(page, NO_EVIDENCE);
    expect(detected.metadata).toEqual({ title: TITLE, author: 'Mara Lind', date: 'Mar 3, 2024' });
    expect(bodyText(detected)).toEqual([...OPENING, ...REST]);
  });

  it('takes a campaign’s line that a banner’s emoji opens out of the essay without evidence, not a paragraph of its topic', () => {
    const promo = '🎁 New to baking? Get a 20% bonus voucher on your first flour order at our partner mill this week!';
    const page = [TITLE, 'By Mara Lind', ...OPENING, promo, ...REST];
    expect(bodyText(detectLines(page, NO_EVIDENCE))).toEqual([...OPENING, ...REST]);
    // A paragraph of the essay that an emoji opens and that speaks of rewards shares the essay's topic: it stays.
    const own = '🎁 The reward of feeding the starter on a schedule is a leaven that rises every time, and a baker who trusts the routine.';
    expect(bodyText(detectLines([TITLE, 'By Mara Lind', ...OPENING, own, ...REST], NO_EVIDENCE))).toContain(own);
  });

  it('takes a notice after the essay out of it without evidence when its words are not the essay’s', () => {
    const page = (last: string) => [...BOXED, last, '', 'Share', 'Home · About · Contact'];
    // One notice phrase ("does not constitute"): a phrase names the line's kind, the words off the essay's topic decide.
    const notice = 'The Weekly Crumb publishes guest columns; this one does not constitute a recommendation of any product.';
    expect(detectLines(page(notice), NO_EVIDENCE).lines.find((l) => l.text === notice)).toMatchObject({
      role: 'boilerplate',
      category: 'disclaimer',
    });
    // A paragraph of the essay worded as a notice stays, its words being the essay’s.
    const own = 'A recipe does not constitute a routine: the starter, the flour and the proofing decide the loaf more than the oven.';
    expect(detectLines(page(own), NO_EVIDENCE).lines.find((l) => l.text === own)).toMatchObject({ role: 'body' });
  });

  it('ends the essay at a glued FAQ, whose answers share its topic, without evidence', () => {
    const faq = [
      'Frequently asked questions',
      'How often should a starter be fed?',
      'Feed a sourdough starter once or twice a day at the same hour, with the same flour, and keep it in a warm corner.',
      'Why does my starter smell sour?',
      'A sour smell means the bacteria took over after a skipped feeding; feed the starter on schedule and it recovers.',
    ];
    const page = [TITLE, 'By Mara Lind', 'March 3, 2024', ...OPENING, ...REST, ...faq, '© 2024 Kitchen Weekly'];
    expect(bodyText(detectLines(page, NO_EVIDENCE))).toEqual([...OPENING, ...REST]);
  });

  it('continues the essay across the header of the thread post its counter numbers next, whatever its topic', () => {
    const post = (date: string, ...text: string[]) => ['', `Kitchen Notes, [${date}]`, ...text, '', '👁 1.2K'];
    const other = 'Flour prices rose again this week, and two mills in the north announced a pause in deliveries to bakeries.';
    const crypto =
      'Meanwhile the bakery down the street now takes payment in tokens, and its owner explains the ledger to anyone who asks.';
    const page = [
      'Kitchen Notes',
      ...post('02.03.2024 18:00', other),
      ...post('03.03.2024 09:00', `${TITLE} (1/2)`, '', ...OPENING),
      ...post('03.03.2024 09:02', '(2/2)', '', ...REST),
      ...post('03.03.2024 12:00', crypto),
    ];
    for (const evidence of [NO_EVIDENCE, KNOWN]) expect(bodyText(detectLines(page, evidence))).toEqual([...OPENING, ...REST]);
    // A thread may print the counter at the end of each post instead.
    const last = `${REST.at(-1)} 2/2`;
    const ending = [...page.slice(0, page.indexOf('(2/2)')), ...page.slice(page.indexOf('(2/2)') + 1)].map((l) =>
      l === REST.at(-1) ? last : l,
    );
    expect(bodyText(detectLines(ending, NO_EVIDENCE))).toEqual([...OPENING, ...REST.slice(0, -1), last]);
    // A post's header alone between two posts is the page's, never the essay's.
    const bare = [`${TITLE} (1/2)`, '', ...OPENING, '', 'Kitchen Notes, [03.03.2024 09:02]', '', `(2/2) ${REST[0]}`, ...REST.slice(1)];
    const header = detectLines(bare, NO_EVIDENCE).lines.find((l) => l.text.startsWith('Kitchen Notes'));
    expect(header).toMatchObject({ role: 'boilerplate', category: 'stray-timestamp' });
    expect(bodyText(detectLines(bare, NO_EVIDENCE))).toEqual([...OPENING, `(2/2) ${REST[0]}`, ...REST.slice(1)]);
    // Without the counter, the next post's header ends the essay.
    const uncounted = page.map((line) => (line === '(2/2)' ? 'Part two' : line));
    expect(bodyText(detectLines(uncounted, NO_EVIDENCE))).toEqual(OPENING);
  });

  it('takes a fraction inside a sentence for no part counter: the app promo under a related list is no next post', () => {
    const related = [
      'Related posts',
      'Ten Recipes for a Rainy Weekend',
      '12 March 2024',
      'Why Rye Flour Behaves Differently',
      '9 March 2024',
    ];
    const app = ['Our bakery in your pocket!', 'Fresh loaves from our ovens, delivered 7/24 to every door in the city.', 'App Store'];
    const page = [TITLE, 'By Mara Lind', '', ...withBlankLines([...OPENING, ...REST]), '', ...related, '', ...app];
    for (const evidence of [NO_EVIDENCE, KNOWN]) expect(bodyText(detectLines(page, evidence))).toEqual([...OPENING, ...REST]);
  });

  it('continues the essay across its own post’s header printed again word for word: a chat app’s message split in two', () => {
    const header = 'Kitchen Notes, [03.03.2024 09:00]';
    const other = 'Flour prices rose again this week, and two mills in the north announced a pause in deliveries to bakeries.';
    const page = ['Kitchen Notes, [02.03.2024 18:00]', other, '', header, TITLE, '', ...OPENING, header, ...REST, '', '👁 1.2K'];
    for (const evidence of [NO_EVIDENCE, KNOWN]) expect(bodyText(detectLines(page, evidence))).toEqual([...OPENING, ...REST]);
    const repeated = detectLines(page, NO_EVIDENCE).lines.filter((l) => l.text === header);
    expect(repeated.map((l) => l.role)).toEqual(['metadata', 'boilerplate']);
    // Another time is another message: it ends the essay.
    const later = page.map((line, i) => (i === page.lastIndexOf(header) ? 'Kitchen Notes, [03.03.2024 09:05]' : line));
    expect(bodyText(detectLines(later, NO_EVIDENCE))).toEqual(OPENING);
  });

  it('continues the essay across its title printed again over each clipping of a reading app’s export', () => {
    const title = '小さなライブラリを保守して学んだこと';
    const clipping = (page: number) => [
      '==========',
      title,
      `- ${page}ページ|位置No. ${page * 20}-${page * 20 + 19}のハイライト |作成日: 2025年6月21日土曜日 23:12:05`,
      '',
    ];
    const opening = [
      '五年前、週末のプロジェクトのために小さなライブラリを公開したところ、思いがけず大きく育ちました。',
      '今では数千のプロジェクトが依存しており、ほかの何よりも多くの夜をこのライブラリに費やしてきました。',
    ];
    const rest = [
      'これは、始めたときに誰かに教えてほしかった教訓を、次の保守担当者のために書き留めたものです。',
      '最初の教訓は、小さな約束ほど長く守らなければならないということで、それは今も変わっていません。',
    ];
    const page = [...clipping(1), ...opening, ...clipping(2), ...rest, '=========='];
    expect(bodyText(detectLines(page, NO_EVIDENCE))).toEqual([...opening, ...rest]);
    // Another title over the second clipping is another book's: it ends the essay.
    const other = page.map((line, i) => (i === page.lastIndexOf(title) ? '台所の覚え書き' : line));
    expect(bodyText(detectLines(other, NO_EVIDENCE))).toEqual(opening);
  });

  it('takes a publication’s label printed above and under the essay for no header of more of it', () => {
    const label = 'Published in Kitchen Notes Weekly';
    const tagline = 'Essays on bread, baking and the kitchen, written by home bakers for home bakers.';
    const header = [TITLE, 'Mara Lind', label, '5 min read · Mar 3, 2024', ''];
    const footer = [
      '',
      'Baking',
      'Sourdough',
      '',
      '214',
      '6',
      '',
      'Kitchen Notes Weekly',
      label,
      '1.2K followers · Last published 3 days ago',
      tagline,
      'Follow',
    ];
    expect(bodyText(detectLines([...header, ...withBlankLines([...OPENING, ...REST]), ...footer], NO_EVIDENCE))).toEqual([
      ...OPENING,
      ...REST,
    ]);
  });

  it('ends an advert’s box glued over the essay at the essay’s next section heading', () => {
    const advert = ['Advertisement', 'Learn to bake in 30 days. The first lesson is free! Find out more today.'];
    const page = [
      TITLE,
      'By Mara Lind',
      'March 3, 2024',
      '1) The starter',
      ...OPENING,
      ...advert,
      '2) The routine',
      '',
      ...REST,
      '',
      '© Kitchen Notes',
    ];
    expect(bodyText(detectLines(page, NO_EVIDENCE))).toEqual(['1) The starter', ...OPENING, '2) The routine', ...REST]);
  });

  it('takes a list numbered in another way for no section of the essay: a most-read list under its first section', () => {
    const list = [
      'Most read',
      '1. Flour prices rose again this week',
      '2. Two mills in the north pause their deliveries',
      '3. Bakers weigh the cost of rye',
    ];
    const page = [TITLE, 'By Mara Lind', 'March 3, 2024', '', '1) The starter', ...OPENING, '', ...list, '', '© Kitchen Notes'];
    expect(bodyText(detectLines(page, NO_EVIDENCE))).toEqual(['1) The starter', ...OPENING]);
  });

  it('continues the essay under a heading that goes on with its numbering, whatever the last section’s topic', () => {
    const last = 'Anyway, that is my weekend musing; tell me below whether your grandmother agrees with this odd comparison.';
    const page = [TITLE, 'By Mara Lind', 'March 3, 2024', '', ...OPENING, '2) The routine', ...REST, '3) Closing', last, 'Upvote', '214'];
    expect(bodyText(detectLines(page, NO_EVIDENCE))).toEqual([...OPENING, '2) The routine', ...REST, '3) Closing', last]);
  });

  it('opens the essay with a section under its own numbered heading that the next heading goes on with, whatever its topic', () => {
    // No blank lines, and the share row glued under the essay keeps its last section a group of its own: the first
    // section's words share too little with it to join it by topic.
    const history = [
      'Egyptian tomb paintings show bakers kneading dough in long troughs beside the granaries of a temple estate.',
      'Archaeologists have found loaves in those tombs, flat and dense, baked from emmer wheat ground on stone querns.',
    ];
    const essay = [OPENING[0]!, '1) A little history', ...history, '2) The routine', ...REST];
    const page = [TITLE, 'By Mara Lind', 'March 3, 2024', ...essay, 'Share this article'];
    expect(bodyText(detectLines(page, NO_EVIDENCE))).toEqual(essay);
    // A most-read list numbered "1. … 4." between the essay's runs is no section of it, though its last item stands
    // right above the essay's next heading.
    const list = [
      'Most read',
      '1. Ten soups for a cold week in the mountains, and why the cheapest pot makes the best broth of all',
      '2. Where to find the best olive oil this season, according to the growers who press it themselves',
      '3. A guide to cast-iron pans and their care, from the first seasoning to the hundredth omelette',
      '4. The derby: when it is played',
    ];
    const listed = [
      TITLE,
      'By Mara Lind',
      'March 3, 2024',
      OPENING[0]!,
      ...list,
      '2) The routine matters more than the recipe.',
      ...REST,
      'Share this article',
    ];
    expect(bodyText(detectLines(listed, NO_EVIDENCE)).filter((line) => list.includes(line))).toEqual([]);
  });

  it('opens the essay with the run right above its first numbered section, glued under a counter', () => {
    const intro =
      'Egyptian tomb paintings show bakers kneading dough in long troughs, and archaeologists have found their loaves, flat and dense, beside the granaries of a temple estate.';
    const essay = [intro, '1) The routine', ...OPENING, ...REST];
    const page = [TITLE, 'By Mara Lind', 'March 3, 2024', '1,204 views', ...essay, '', 'Share this article'];
    expect(bodyText(detectLines(page, NO_EVIDENCE))).toEqual(essay);
  });

  // Sections numbered in digits, in Chinese numerals, or by keycap emoji as social posts number them.
  it.each([
    ['1) ', '2) '],
    ['一、', '二、'],
    ['1️⃣ ', '2️⃣ '],
  ])('continues the essay beyond a box with the section its numbering goes on with, whatever that section’s topic: %j, %j', (one, two) => {
    const history = [
      `${two}Egyptian tomb paintings show bakers kneading dough in long troughs beside the granaries of a temple estate, long ago.`,
      'Archaeologists have found loaves in those tombs, flat and dense, baked from emmer wheat ground on stone querns by hand.',
    ];
    const box = ['Read also', 'Ten soups for a cold week in the mountains', 'Where to find the best olive oil this season'];
    const page = [TITLE, 'By Mara Lind', 'March 3, 2024', '', `${one}The routine`, ...OPENING, ...REST, '', ...box, '', ...history];
    expect(bodyText(detectLines(page, NO_EVIDENCE))).toEqual([`${one}The routine`, ...OPENING, ...REST, ...history]);
  });

  it('continues the essay beyond a box with a run that repeats the terms the essay repeats, though it shares few of its words', () => {
    // Under a third of either run's terms are the other's, but both keep coming back to the starter, its yeast, the baker
    // and keeping it: the same essay's second half, not another article.
    const later = [
      'Think of the starter as a small farm: the baker is its farmer, the kitchen its field, and every feeding a harvest planned weeks ahead by someone who keeps a calendar on the fridge door.',
      'A starter that misses its feeding goes hungry, its yeast falls asleep, and a hungry colony behaves like a neglected garden: weeds arrive first, the harvest shrinks, and nobody notices until the bread comes out flat.',
      'Professional bakeries solve this with timers, logbooks and a second jar they keep in the refrigerator as insurance against holidays, illness and the ordinary chaos of a busy week.',
      'Home bakers can borrow the same tricks: a phone alarm at breakfast, a note taped inside the cupboard, and a spare starter whose yeast sleeps in the cold for the day the first one fails the baker.',
    ];
    const box = ['Read also', 'Ten soups for a cold week in the mountains', 'Where to find the best olive oil this season'];
    const page = [...HEADED, ...box, '', ...withBlankLines(later), 'Share this article'];
    expect(bodyText(detectLines(page, NO_EVIDENCE))).toEqual([...OPENING, ...later]);
  });

  it('opens the essay with the run before a box that holds its first numbered section, whatever its topic', () => {
    // The later run is the heavier, and its first heading ("2) …") goes on with the earlier run's only one ("1) …").
    const history = [
      'Egyptian tomb paintings show bakers kneading dough in long troughs beside the granaries of a temple estate.',
      'Archaeologists have found loaves in those tombs, flat and dense, baked from emmer wheat ground on stone querns.',
    ];
    const box = ['Read also', 'Ten soups for a cold week in the mountains', 'Where to find the best olive oil this season'];
    const essay = ['1) A little history', ...history, ...OPENING, '2) The routine', ...REST];
    const page = [
      TITLE,
      'By Mara Lind',
      'March 3, 2024',
      '',
      ...essay.slice(0, 3),
      '',
      ...box,
      '',
      ...essay.slice(3),
      '',
      'Share this article',
    ];
    expect(bodyText(detectLines(page, NO_EVIDENCE))).toEqual(essay);
  });

  it('continues the essay beyond a box with a run of another topic whose first heading goes on with the essay’s only one', () => {
    // The earlier run is headed by the byline; the later opens with a paragraph, and its heading ("2) …") comes after it.
    const history = [
      'Egyptian tomb paintings show bakers kneading dough in long troughs beside the granaries of a temple estate.',
      'Archaeologists have found loaves in those tombs, flat and dense, baked from emmer wheat ground on stone querns.',
    ];
    const box = ['Read also', 'Ten soups for a cold week in the mountains', 'Where to find the best olive oil this season'];
    const essay = ['1) The routine', ...OPENING, ...REST, history[0]!, '2) A little history', history[1]!];
    const page = [
      TITLE,
      'By Mara Lind',
      'March 3, 2024',
      '',
      ...essay.slice(0, 1 + OPENING.length + REST.length),
      '',
      ...box,
      '',
      ...essay.slice(1 + OPENING.length + REST.length),
      '',
      'Share this article',
    ];
    expect(bodyText(detectLines(page, NO_EVIDENCE))).toEqual(essay);
  });

  it('keeps the later run’s own numbered heading, glued under the box, when the essay is reached back from that run', () => {
    // The run after the box is the heavier, so the essay is reached backwards to the run before it; no blank lines.
    const box = ['Read also', 'Ten soups for a cold week in the mountains', 'Where to find the best olive oil this season'];
    const essay = ['1) The colony', OPENING[1]!, '2) The routine', ...REST, ...OPENING.slice(0, 1)];
    const page = [TITLE, 'By Mara Lind', 'March 3, 2024', ...essay.slice(0, 2), ...box, ...essay.slice(2), 'Share this article'];
    expect(bodyText(detectLines(page, NO_EVIDENCE))).toEqual(essay);
  });

  it('keeps a list bulleted with emoji inside a paragraph block in the essay, and a banner apart out of it', () => {
    const items = ['✅ Feed it daily', '✅ Keep it warm', '✅ Wait a month'];
    const banner = '🔥 Join the Kitchen Weekly baking contest 🎁';
    const page = [TITLE, 'By Mara Lind', 'March 3, 2024', '', ...OPENING, ...items, ...REST, '', banner];
    for (const evidence of [NO_EVIDENCE, KNOWN]) {
      const detected = detectLines(page, evidence);
      expect(bodyText(detected)).toEqual([...OPENING, ...items, ...REST]);
      expect(detected.lines.at(-1)).toMatchObject({ role: 'boilerplate', category: 'promo-banner' });
    }
  });

  it('does not reach across share buttons to a comment on the essay', () => {
    const comment = 'The routine point is spot on: my starter only became reliable once I fed it at the same hour every day.';
    const page = [...BOXED, 'Share this article', '3 Comments', 'breadlover · 2h ago', comment, 'Reply · Like 4'];
    const detected = detectLines(page, KNOWN);
    expect(detected.lines.find((l) => l.text === comment)?.role).toBe('boilerplate');
  });
});

describe('detectLines before an advertorial, without evidence', () => {
  const advertorial = [
    'Tokenised bonds promise faster settlement for mid-sized companies, and several banks now run pilots with real issuers and real investors.',
    'The principle is simple: an asset is recorded on a ledger, split into units and traded around the clock without a central registry in between.',
    'Custody, once the sticking point, is now offered by regulated institutions that hold the keys on behalf of their clients and insure them.',
    'Sceptics point to open questions about liquidity, since secondary markets for these instruments remain thin and prices are hard to discover.',
    'For smaller firms, waiting may still be the costlier choice: the first movers are setting the standards that everyone else will have to follow.',
    'Our advisers explain in a free first meeting how your company can issue its first tokenised bond within a quarter, from paperwork to launch.',
    'Regulators in several countries have published guidance that treats these instruments like their paper ancestors, which removes much uncertainty.',
    'Issuers report that the cost of a small placement falls by a third once the registry, the paying agent and the settlement run on one ledger.',
    'Investors, for their part, value the transparency: every transfer is visible to the auditor, and coupon payments arrive on the same day.',
    'The technology is no longer the bottleneck; the habits of treasurers, lawyers and boards are, and those change more slowly than software.',
    'Book your free consultation today and receive our guide to the first hundred days of a tokenised issuance, written by our senior partners.',
  ];
  const page = [
    'Kitchen Weekly',
    TITLE,
    'March 3, 2024',
    '',
    ...withBlankLines([...OPENING, ...REST]),
    'Disclaimer: guest columns reflect the views of their authors only.',
    '',
    'Sponsored',
    'Why Tokenised Bonds Are Coming to the Mid-Market',
    'By Partner Studio · March 2, 2024',
    ...advertorial,
  ];

  it('takes the page’s own article, not a longer one under an advert’s label', () => {
    const detected = detectLines(page, NO_EVIDENCE);
    expect(bodyText(detected)).toEqual([...OPENING, ...REST]);
    expect(detected.metadata).toEqual({ title: TITLE, date: 'March 3, 2024' });
  });
});

describe('detectLines under a menu with an advertising item, without evidence', () => {
  it('takes the article, not a comment under it, when the site’s menu far above it names an advert', () => {
    const page = [
      // A site's menu, its advertising page's link named as an advert's label is ("Publicidad", "Реклама").
      'News',
      'Analysis',
      'Advertisement',
      'Search',
      '',
      TITLE,
      'By Haotian',
      'March 3, 2024',
      '',
      ...withBlankLines([...OPENING, ...REST]),
      '',
      'Comments (1)',
      'Mira K.',
      'Thanks for translating this, I had only seen the original thread and missed half of it.',
    ];
    const detected = detectLines(page, NO_EVIDENCE);
    expect(bodyText(detected)).toEqual([...OPENING, ...REST]);
    expect(detected.metadata.title).toBe(TITLE);
  });
});

describe('detectLines before the next article', () => {
  it('leaves the next article’s headline, glued over its byline, out of the essay', () => {
    const next = [
      'the city council will vote on the new tram timetable before the summer holidays begin',
      'Words: Jon Berg',
      'March 4, 2024 11:40',
      'Councillors from three parties have asked for more evening trams on the eastern line, citing the new hospital and the late shifts of its staff.',
      'The transport office says the budget allows for two extra trams an hour, but only if the western line gives up one of its morning runs.',
    ];
    const page = [TITLE, 'March 3, 2024', '', ...withBlankLines([...OPENING, ...REST]), ...next];
    for (const evidence of [NO_EVIDENCE, { essays: [{ language: 'en', paragraphs: [...OPENING, ...REST] }], titles: [], authors: [] }])
      expect(bodyText(detectLines(page, evidence))).toEqual([...OPENING, ...REST]);
  });
});

describe('detectLines before a longer article, without evidence', () => {
  const story = [
    'The city council has approved a plan for thirty kilometres of new cycle lanes, to be built over the next three years.',
    'The lanes will link the station with the university and the hospital, and several crossings will be redesigned along the way.',
    'Shopkeepers on the eastern avenue have collected signatures against the loss of about two hundred parking spaces.',
    'The council answers that new car parks are planned on two empty plots near the avenue, to open before the works begin.',
    'Cycling groups welcome the plan, and parents say that riding to school with their children is dangerous on the current roads.',
    'The university expects many of its students to switch to bicycles once the lanes reach the campus on the hill.',
    'Works should begin in the autumn with the most dangerous stretches, and the last lanes should open before the next election.',
    'The opposition fears years of roadworks in the same districts, since the tram line is being rebuilt there at the same time.',
    'The mayor has promised monthly meetings with residents and shopkeepers in each district while the lanes are being built.',
    'An online survey on the routes drew more than four thousand answers in ten days, most of them asking for safer crossings.',
  ];
  const page = [
    ...HEADED,
    'READ ALSO',
    'How to revive a neglected starter in three days',
    'The best flour for beginners',
    '',
    ...withBlankLines(REST),
    'Disclaimer: guest columns reflect the views of their authors only.',
    '',
    'CITY',
    'Council approves thirty kilometres of new cycle lanes',
    'By Jon Berg',
    'March 2, 2024',
    '',
    ...withBlankLines(story),
  ];

  it('takes the page’s own article, weighed whole across the box inside it, not the longer one after it', () => {
    // The essay's opening alone weighs less than half the other article; the whole essay more.
    const chars = (ps: readonly string[]) => ps.join('').length;
    expect(chars(OPENING) * 2).toBeLessThan(chars(story));
    expect(chars([...OPENING, ...REST]) * 2).toBeGreaterThan(chars(story));
    const detected = detectLines(page, NO_EVIDENCE);
    expect(bodyText(detected)).toEqual([...OPENING, ...REST]);
    expect(detected.metadata).toEqual({ title: TITLE, author: 'Mara Lind', date: 'March 3, 2024' });
  });
});

describe('detectLines around a link to another story', () => {
  for (const link of [
    'Read also: how a forgotten starter came back to life after three weeks in the back of the fridge',
    // A headline too short for a sentence is still another story's, not the title of a list that ends the essay.
    'Read also: Five Flours Compared',
  ])
    it(`takes a line opening with a "read also" label out of the essay, and keeps the paragraphs after it: ${link}`, () => {
      const page = [TITLE, 'March 3, 2024', '', ...withBlankLines([...OPENING, link, ...REST])];
      // A page without blank lines (an AMP copy) glues the link to the paragraphs on both sides.
      const glued = [TITLE, 'March 3, 2024', ...OPENING, link, ...REST];
      for (const [evidence, lines] of [NO_EVIDENCE, KNOWN].flatMap(
        (e) =>
          [
            [e, page],
            [e, glued],
          ] as const,
      )) {
        const detected = detectLines(lines, evidence);
        expect(detected.lines.find((l) => l.text === link)).toMatchObject({ role: 'boilerplate', category: 'related-links' });
        expect(bodyText(detected)).toEqual([...OPENING, ...REST]);
      }
    });
});

describe('detectLines on a paged copy', () => {
  it('takes a running header and the page numbers out of the essay, and keeps a heading that stands once', () => {
    const heading = 'What the starter needs';
    const page = [
      TITLE,
      'March 3, 2024',
      '',
      ...withBlankLines(OPENING),
      'Kitchen Notes · Sourdough',
      'Page 1 of 2',
      '',
      heading,
      '',
      ...withBlankLines(REST),
      'Kitchen Notes · Sourdough',
      'Page 2 of 2',
    ];
    for (const evidence of [NO_EVIDENCE, KNOWN]) {
      const body = bodyText(detectLines(page, evidence));
      expect(body).toEqual([...OPENING, heading, ...REST]);
    }
  });
});

describe('detectLines on a hard-wrapped PDF copy', () => {
  it('takes a page break that falls between paragraphs out of the essay when it counts the pages', () => {
    const pageBreak = ['Page 1 of 2', 'KITCHEN NOTES | Essays and comments'];
    const page = [TITLE, 'March 3, 2024', '', ...OPENING, ...pageBreak, ...REST];
    for (const evidence of [NO_EVIDENCE, KNOWN]) expect(bodyText(detectLines(page, evidence))).toEqual([...OPENING, ...REST]);
  });

  it('takes a page break that falls inside a sentence out of the essay: the page number, the running header and title', () => {
    // Each paragraph wrapped at about 70 characters, as a PDF's text layer gives it.
    const wrap = (p: string) => p.match(/.{1,70}(?:\s|$)/g)!.map((l) => l.trim());
    const [first, ...rest] = wrap(REST[1]!);
    const pageBreak = ['14', 'KITCHEN NOTES 2/2024          Bakers’ Guild', 'Mara Lind: Why Sourdough Starters Fail'];
    const page = [
      TITLE,
      'March 3, 2024',
      '',
      ...[...OPENING, REST[0]!].flatMap((p) => [...wrap(p), '']),
      first!,
      ...pageBreak,
      ...rest,
      '',
      REST[3]!,
    ];
    for (const evidence of [NO_EVIDENCE, KNOWN]) {
      const detected = detectLines(page, evidence);
      expect(detected.lines.filter((l) => pageBreak.includes(l.text)).map((l) => l.role)).toEqual([
        'boilerplate',
        'boilerplate',
        'boilerplate',
      ]);
      expect(bodyText(detected).join(' ')).toBe([...OPENING, REST[0]!, REST[1]!, REST[3]!].join(' '));
    }
  });
});

describe('detectLines on a thread, without evidence', () => {
  it('takes the opening post, not a shorter reply that carries a name and a date', () => {
    const reply = (name: string, date: string, text: string) => ['', 'Reply', name, date, text];
    const page = [
      'Bakers’ Forum',
      'Thread: sourdough starters',
      '',
      ...withBlankLines([...OPENING, ...REST]),
      ...reply(
        'Mira Okafor',
        'March 4, 2024',
        'Fed mine at seven every morning for a month and it finally rises on time, thank you for this.',
      ),
      ...reply(
        'Sam Lee',
        'March 5, 2024',
        'The warm corner of the kitchen is the part everyone forgets; mine sits on top of the fridge now.',
      ),
    ];
    const body = bodyText(detectLines(page, NO_EVIDENCE));
    expect(body).toEqual([...OPENING, ...REST]);
  });
});

describe('detectLines on a thread of posts under their poster’s handle, without evidence', () => {
  it('follows the poster’s next posts, whatever their topic, and its next numbered section; not another’s reply', () => {
    const post = (text: string[], counts = ['0', '2', '5'], who = ['Mara Lind 🌾', '@mara@bakers.social']) => [
      ...who,
      '17. jun.',
      ...text,
      ...counts,
    ];
    // The first section's number opens its paragraph; the second's heading stands on its own line.
    const numbered = `1) ${OPENING[1]!}`;
    const heading = '2) What the habit does';
    const reply = '@mara Thank you for the thread! Does this work with rye flour as well, or only with wheat?';
    const page = [
      'Bakers Social',
      'Log in',
      ...post([OPENING[0]!, numbered]),
      ...post([REST[0]!]),
      ...post([heading, REST[1]!]),
      ...post([REST[2]!, REST[3]!]),
      ...post([reply], ['0', '0', '1'], ['Sam Lee', '@sam@bread.town']),
    ];
    expect(bodyText(detectLines(page, NO_EVIDENCE))).toEqual([OPENING[0]!, numbered, REST[0]!, heading, ...REST.slice(1)]);
  });
});

describe('detectLines before a related list, without evidence', () => {
  it('does not take the headlines glued under a related list’s title for more of the essay', () => {
    const headlines = [
      'Why a sourdough starter needs feeding at the same hour every day of the week',
      'What bakers get wrong about the temperature of the kitchen and the flour they use',
      'How the bacteria in a starter decide the sour taste of the bread you bake at home',
      'A week of feeding the same starter at different hours, and what the loaves showed',
      'The yeast, the bacteria and the baker: a short history of the sourdough routine',
    ];
    const page = [
      TITLE,
      'March 3, 2024',
      '',
      ...withBlankLines([...OPENING, ...REST]),
      'Filed under:',
      'Bread',
      'Baking',
      'You may also like',
      ...headlines,
    ];
    const body = bodyText(detectLines(page, NO_EVIDENCE));
    expect(body).toEqual([...OPENING, ...REST]);
  });
});

describe('detectLines on a page printed without blank lines', () => {
  it('keeps a section heading between the essay’s parts when its last part is glued to a line of tags', () => {
    const heading = 'Part two: the habit';
    const page = [
      TITLE,
      'By Mara Lind',
      ...OPENING,
      REST[0]!,
      heading,
      ...REST.slice(1),
      '#bread #sourdough #routine',
      'Like 12 Comment 3 Share',
    ];
    for (const evidence of [NO_EVIDENCE, KNOWN]) {
      const body = bodyText(detectLines(page, evidence));
      expect(body).toEqual([...OPENING, REST[0], heading, ...REST.slice(1)]);
    }
  });
});

describe('detectLines on an opening the known reposts hold', () => {
  it('keeps opening paragraphs on another topic than the next section, under a photo caption', () => {
    // The opening speaks of trains; the essay's bulk, after a heading, of bread. Only the known repost ties them.
    const opening = [
      'Every commuter knows the night train from the coast is late, and most travellers have stopped trusting its timetable at all.',
      'The railway blames the signals, the drivers blame the old carriages, and the passengers simply buy tickets for the bus instead.',
    ];
    const caption = 'A platform at dawn, with a porter pushing a trolley of parcels past the waiting room. (Photo: Lee Park)';
    const page = [
      TITLE,
      'By Mara Lind',
      '',
      caption,
      '',
      ...opening,
      'The routine',
      ...OPENING,
      ...REST,
      'Advertisement',
      'Save 40% on home internet.',
    ];
    const known: Evidence = {
      essays: [{ language: 'en', paragraphs: [...opening, 'The routine', ...OPENING, ...REST] }],
      titles: [TITLE],
      authors: [],
    };
    const body = bodyText(detectLines(page, known));
    expect(body).toEqual([...opening, 'The routine', ...OPENING, ...REST]);
  });
});

/** A page: a headline and byline, paragraphs with blank lines between, a box, and more paragraphs. */
const pageWithBox = (before: readonly string[], box: readonly string[], after: readonly string[], headline = TITLE): string[] => [
  headline,
  'By Mara Lind',
  '',
  ...withBlankLines(before),
  ...box,
  '',
  ...withBlankLines(after),
];

/** A known repost in German, another language than the pages': only its names and codes (R2D2, SF-7) can match. */
const inGerman = (paragraphs: string[]): Evidence => ({ essays: [{ language: 'de', paragraphs }], titles: [], authors: [] });
const GERMAN_OPENING = [
  'Jeder Bäcker mit einer KitchenAid sagt, die R2D2-Methode sei schwer.',
  'Das SF-7-Mehl ändert das: nach Plan gefüttert, wird der R2D2-Sauerteig verlässlich.',
];

describe('detectLines with a known repost in another language', () => {
  it('joins a post of a thread that its names tie to the essay, across the thread’s counters', () => {
    // The names and codes (R2D2, KitchenAid, SF-7) are what a translation keeps; the words differ.
    const posts = [
      'Every baker with a KitchenAid says the R2D2 starter method is hard, and most give up after a week of feeding it.',
      'The SF-7 flour changes that: fed on a schedule, the R2D2 starter becomes reliable within a month of weekends.',
      'Why does the R2D2 schedule matter so much? Because the yeast and the bacteria in the jar both need the rhythm.',
      'The comparison with the KitchenAid routine is not perfect, and the SF-7 flour is not cheap, but the habit works.',
    ];
    const counters = ['12', 'boosts', '31', 'favourites', 'Mara Lind', '@mara@bread.social', '17 Jun'];
    const page = [TITLE, 'By Mara Lind', '', posts[0]!, posts[1]!, ...counters, posts[2]!, ...counters, posts[3]!, ...counters];
    const known = inGerman([
      ...GERMAN_OPENING,
      'Warum ist der R2D2-Plan so wichtig? Hefe und Bakterien brauchen den Rhythmus.',
      'Der Vergleich mit der KitchenAid-Routine hinkt, und das SF-7-Mehl ist teuer, aber die Gewohnheit wirkt.',
    ]);
    const body = bodyText(detectLines(page, known));
    expect(body).toEqual(expect.arrayContaining(posts));
  });
});

describe('detectLines across a paywall’s box inside the essay', () => {
  it('leaves out the whole box when one of its lines is worded as chrome: its other lines vouch for nothing', () => {
    const paywall = [
      'You have read 3 of your 5 free articles this month.',
      'Subscribe for 1 € the first month and keep reading without limits.',
      'Continue reading',
      'Already a subscriber? Log in',
    ];
    const page = [...HEADED, ...withBlankLines(REST.slice(0, 2)), ...paywall, '', ...withBlankLines(REST.slice(2))];
    expect(bodyText(detectLines(page, NO_EVIDENCE))).toEqual([...OPENING, ...REST]);
  });
});

describe('detectLines across a ticker’s row on a page without blank lines', () => {
  it('keeps the paragraphs glued above the row in the essay: a ticker is a widget of its own', () => {
    const ticker = 'Rye 0,3412 € %4,6 ▼   Spelt 0,6120 € %3,9 ▼   Wheat 2,541 € %0,8 ▼';
    const link = 'Read also: Ten years of the valley’s flour market in one chart';
    const page = [
      TITLE,
      'By Mara Lind',
      'March 3, 2024',
      ...OPENING,
      link,
      REST[0]!,
      REST[1]!,
      ticker,
      REST[2]!,
      REST[3]!,
      '',
      'Share on: Mastodon  Bluesky  E-mail',
    ];
    for (const evidence of [NO_EVIDENCE, KNOWN]) expect(bodyText(detectLines(page, evidence))).toEqual([...OPENING, ...REST]);
  });
});

describe('detectLines across a box drawn with line characters', () => {
  it('reads the box by its text, without the frame, and leaves it out of the essay', () => {
    const box = [
      '┌ Related news',
      '│ Rye flour prices rise for the third month in a row',
      '│ A guide to proofing baskets for beginners',
      '└ More →',
    ];
    const page = pageWithBox(OPENING, box, REST);
    for (const evidence of [KNOWN, NO_EVIDENCE]) expect(bodyText(detectLines(page, evidence))).toEqual([...OPENING, ...REST]);
  });
});

describe('detectLines across a box fenced by rules', () => {
  it('leaves the box out of the essay when the known reposts say which side is the essay', () => {
    const box = [
      '━━━━━━━━━━━━━━━━',
      'This issue is brought to you by Crumbly, the valley’s flour mill since 1921.',
      'Use code CRUMB10',
      '━━━━━━━━━━━━━━━━',
    ];
    const page = pageWithBox(OPENING, box, REST);
    expect(bodyText(detectLines(page, KNOWN))).toEqual([...OPENING, ...REST]);
    // Without them a rule parts the essay's sections as often: the run goes on across it.
    expect(bodyText(detectLines(page, NO_EVIDENCE))).toEqual(expect.arrayContaining([...OPENING, ...REST]));
  });
});

describe('detectLines across a box with a known repost in another language', () => {
  // Names and codes (R2D2, KitchenAid, SF-7, TX-9) are what a translation keeps; many paragraphs name none.
  const first = [
    'Every baker with a KitchenAid says the R2D2 starter method is hard, and most give up after a week of feeding it.',
    'The SF-7 flour changes that: fed on a schedule, the R2D2 starter becomes reliable within a month of weekends.',
    'Why does the schedule matter so much? Because the yeast and the bacteria in the jar both need the same rhythm.',
    'A KitchenAid on the lowest speed mixes the TX-9 dough without tearing what the starter has built overnight.',
    'With the SF-7 flour and a warm corner, even a beginner keeps the jar alive through the first hard weeks of feeding.',
  ];
  const second = [
    'Skipped feedings do the opposite: the bacteria take over, the jar turns sour and sluggish, and the dough stops rising.',
    'Bakers then blame the SF-7 flour, the TX-9 oven or the weather, instead of the routine they let slip for a week.',
    'So the difference between a lively starter and a dead one is rarely the recipe, but the habit of feeding it.',
    'Next month I will try the same routine with a KitchenAid bowl kept warm, and report on how the loaves compare.',
    'The comparison with the R2D2 method is not perfect; I just find it a useful way to think about any routine.',
  ];
  const known = inGerman([
    ...GERMAN_OPENING,
    'Warum ist der Plan so wichtig?',
    'Eine KitchenAid auf kleinster Stufe knetet den TX-9-Teig.',
    'Mit dem SF-7-Mehl hält auch ein Anfänger das Glas am Leben.',
    'Ausgelassene Fütterungen bewirken das Gegenteil.',
    'Dann gibt man dem SF-7-Mehl oder dem TX-9-Ofen die Schuld.',
    'Der Unterschied ist selten das Rezept.',
    'Nächsten Monat versuche ich es mit einer warmen KitchenAid-Schüssel.',
    'Der Vergleich mit der R2D2-Methode hinkt, aber die Gewohnheit wirkt.',
  ]);
  it('joins the essay’s run beyond a box when it names the essay’s names half as often as the run before it', () => {
    // The box's own sentence, glued under its title, joins the run beyond it: 3 of its 7 lines name one, the main run 4 of 5.
    const box = [
      '📬 The Crumb Letter',
      'Every Friday the week’s best bread stories from our kitchen, straight to your inbox.',
      'Your e-mail   Sign up',
    ];
    const page = pageWithBox(first, box, second, 'Bread Notes');
    expect(bodyText(detectLines(page, known))).toEqual(expect.arrayContaining([...first, ...second]));
  });

  it('joins the essay’s run beyond a box when its names cluster in a few lines, as many a line as the run before it', () => {
    // 2 of the 7 lines beyond the box name any (the main run: 4 of 5), but 8 names in all (the main run: 7 in 5 lines).
    const clustered = [
      second[0]!,
      'Bakers then blame the SF-7 flour, the TX-9 oven, the KitchenAid or the R2D2 jar, instead of the routine they let slip.',
      second[2]!,
      'Skipped weeks show in the crumb: the loaf turns dense, its crust pale, and its smell sharper than it should be.',
      'The fix is dull and reliable: feed at the same hour, keep the jar warm, and wait a week before judging the loaf.',
      'Next month I will try the same routine with the R2D2 jar, the SF-7 flour, the TX-9 oven and a KitchenAid bowl.',
      'The comparison is not perfect; I just find it a useful way to think about any craft where routine matters.',
    ];
    const box = ['READ ALSO', 'How to revive a neglected starter in three days', 'The best flour for beginners'];
    const page = pageWithBox(first, box, clustered, 'Bread Notes');
    expect(bodyText(detectLines(page, known))).toEqual([...first, ...clustered]);
  });

  it('weighs the names of the run beyond a box by its prose, not by the lines of a form set inside that run', () => {
    // Beyond the advert, 3 of the run's 5 paragraphs name one; counted with the sign-up form's 4 lines, 3 of 9 would.
    const form = ['The Crumb Letter', 'Every Friday the week’s best bread stories, straight to your inbox.', 'Your e-mail', 'Sign up'];
    const beyond = [...withBlankLines(second.slice(0, 4)), '', ...form, '', second[4]!];
    const advert = ['Advertisement', '"Bake like a pro in 10 minutes a day" Free trial of the DoughBot mixer ▶', 'Ads: ads@crumb.example'];
    const page = [TITLE, 'By Mara Lind', '', ...withBlankLines(first), '', ...advert, '', ...beyond];
    expect(bodyText(detectLines(page, known))).toEqual(expect.arrayContaining([...first, ...second]));
  });

  it('crosses a post quoted inside the essay, its name, handle, text, date and counts, to the run the names tie to it', () => {
    const post = [
      'Jonas Becker',
      '@jonas_bakes',
      'Fed mine at seven every morning for a month with SF-7 flour: it has never been livelier.',
      '9:14 AM · Jun 17, 2025',
      '12 Replies · 40 Reposts · 310 Likes',
    ];
    const page = [TITLE, 'By Mara Lind', '', ...withBlankLines(first), ...post, '', ...withBlankLines(second)];
    expect(bodyText(detectLines(page, known))).toEqual([...first, ...second]);
    // With a known repost in the page's language, its words say so.
    const same = [...HEADED, ...withBlankLines(REST.slice(0, 1)), ...post, '', ...withBlankLines(REST.slice(1))];
    expect(bodyText(detectLines(same, KNOWN))).toEqual([...OPENING, ...REST]);
    // A header may print the name and the handle on one line; a page may part nothing by blank lines.
    const oneLine = ['Jonas Becker @jonas_bakes', ...post.slice(2)];
    const glued = [...HEADED.filter((l) => l !== ''), REST[0]!, ...oneLine, ...REST.slice(1), '', 'Share'];
    expect(bodyText(detectLines(glued, KNOWN))).toEqual([...OPENING, ...REST]);
    // A byline's handle over the essay is no post: the header stays the essay's, and so does the opening under it.
    const bylined = [TITLE, 'Mara Lind', 'Baker and writer · @mara_bakes', 'March 3, 2024', '', ...withBlankLines([...OPENING, ...REST])];
    expect(detectLines(bylined, KNOWN).metadata).toMatchObject({ author: 'Mara Lind', date: 'March 3, 2024' });
    const advert = ['Advertisement', 'Knead less, bake more: the DoughBot mixer, now 20% off.', 'Shop now'];
    const handled = [TITLE, '@mara_bakes', 'Follow', 'March 3, 2024', 'Like', 'Share', ...OPENING, ...advert, ...REST, '', 'Share'];
    expect(bodyText(detectLines(handled, KNOWN))).toEqual([...OPENING, ...REST]);
    // Right under the essay's opening, before its heavier rest: the essay is read backwards across the post too.
    const early = [...HEADED, ...oneLine, '', ...withBlankLines(REST)];
    expect(bodyText(detectLines(early, KNOWN))).toEqual([...OPENING, ...REST]);
  });

  it('crosses a post quoted inside the essay without evidence when the essay’s numbering goes on beyond it', () => {
    const post = [
      'Crumb Pulse @crumb_pulse',
      'Flour prices rose again this week, and two mills in the north paused their deliveries to bakeries.',
      '6:42 PM · Mar 2, 2024',
      '312 Reposts  1.4K Likes',
    ];
    const [opening, rest] = [
      [`1) ${OPENING[0]}`, OPENING[1]!],
      [`2) ${REST[0]}`, ...REST.slice(1)],
    ];
    const page = [TITLE, 'By Mara Lind', 'March 3, 2024', ...opening, ...post, ...rest, 'Share'];
    expect(bodyText(detectLines(page, NO_EVIDENCE))).toEqual([...opening, ...rest]);
  });

  it('does not join a comment under the essay, its text under its poster’s handle and time, though it names the names', () => {
    const comments = ['Comments (41)', '@jonas_bakes', '2 hours ago', 'Agree about the R2D2 method and the SF-7 flour, spot on.'];
    const page = [TITLE, 'By Mara Lind', '', ...withBlankLines([...first, ...second]), 'Like', 'Comment', 'Share', '', ...comments];
    expect(bodyText(detectLines(page, known))).toEqual([...first, ...second]);
  });

  it('keeps a related list’s headline in its box, though it names the essay’s names, as a headline may', () => {
    const box = ['Read also', 'Ten loaves with one starter', 'The R2D2 method and SF-7 flour tested: what changes for home bakers?'];
    const page = pageWithBox(first, box, second, 'Bread Notes');
    expect(bodyText(detectLines(page, known))).toEqual([...first, ...second]);
  });

  it('ends an advert’s box at the first paragraph naming the essay’s names, glued under its copy', () => {
    const advert = ['Advertisement', 'Bake like a pro: 0% fees on your first mixer, order today and get a free apron.'];
    // The box's glued lines are few enough for a box: a blank line follows the paragraph under the copy.
    const page = [TITLE, 'By Mara Lind', ...first.slice(0, 3), ...advert, second[1]!, second[0]!, '', ...first.slice(3), '', 'Share'];
    const body = bodyText(detectLines(page, known));
    expect(body).toEqual(expect.arrayContaining(second.slice(0, 2)));
    expect(body).not.toContain(advert[1]);
  });

  it('keeps a summary’s box whole, though its lines name the essay’s names, as a summary does', () => {
    const summary = [
      'AI summary',
      'The author compares the R2D2 method and SF-7 flour with the TX-9 oven routine.',
      'This summary was generated automatically and reviewed by the editors.',
      'Was it useful? Yes · No',
    ];
    const dek = 'While a starter gains strength with every feeding, most bakers give up on theirs within a week.';
    const page = [TITLE, dek, 'Share on X', '', ...summary, '', ...withBlankLines([...first, ...second])];
    const detected = detectLines(page, known);
    expect(bodyText(detected)).toEqual([...first, ...second]);
    // Its lines are no prose the header reads past to its title.
    expect(detected.metadata.title).toBe(TITLE);
  });

  it('takes a sentence glued under an emoji-decorated headline past the page’s first prose as the box’s', () => {
    const promo = [
      '💰 CrumbBank Earn: Up to Eight Percent a Year on Savings',
      'Flexible terms and withdrawals at any time, so open an account today and start earning.',
    ];
    const page = pageWithBox(first, promo, second, 'Bread Notes');
    expect(bodyText(detectLines(page, known))).toEqual([...first, ...second]);
  });
});

describe('detectLines before a note glued to the tags', () => {
  it('keeps the last section, and leaves out only the note glued to the tags', () => {
    const note = 'Translated from the Chinese by Jonas Becker, with the kind permission of the author, who reviewed it.';
    const page = [
      TITLE,
      'By Mara Lind',
      '',
      ...withBlankLines([...OPENING, REST[0]!, REST[1]!]),
      'The habit',
      ...withBlankLines([REST[2]!, REST[3]!]),
      note,
      'Tags: bread  baking  routine',
      'Share on: Mastodon  Bluesky  E-mail',
    ];
    for (const evidence of [NO_EVIDENCE, KNOWN]) {
      const body = bodyText(detectLines(page, evidence));
      expect(body).toEqual([...OPENING, REST[0], REST[1], 'The habit', REST[2], REST[3]]);
    }
  });
});

describe('detectLines before the next item of a reader', () => {
  it('does not cross a dated header into the next article, without evidence', () => {
    const next = [
      'Next article',
      'Why rye bread keeps longer',
      'March 5, 2024',
      'Rye bread keeps for a week in a cool kitchen, while a wheat loaf baked with the same starter goes stale in two days.',
    ];
    const page = [TITLE, 'March 3, 2024', '', ...withBlankLines([...OPENING, ...REST]), ...next];
    const body = bodyText(detectLines(page, NO_EVIDENCE));
    expect(body).toEqual([...OPENING, ...REST]);
  });

  it('does not cross into the next news item under a relative time, however close its topic', () => {
    const next = [
      'Tags: sourdough, starter, routine',
      'Bakery chain launches a starter subscription for home bakers',
      '3 hours ago',
      'A bakery chain will send a fresh sourdough starter to home bakers every month, with a feeding schedule and flour for the routine.',
      'The company said the first subscribers will receive their jars next week, and that the starter can be fed on the same schedule.',
    ];
    const page = [TITLE, 'March 3, 2024', '', ...withBlankLines([...OPENING, ...REST]), ...next];
    expect(bodyText(detectLines(page, NO_EVIDENCE))).toEqual([...OPENING, ...REST]);
  });
});

describe('detectLines on a slide deck the known reposts hold', () => {
  it('keeps short points that another repost holds, whatever their shape', () => {
    const points = [
      '• Feed the starter at one hour',
      '• Use one flour for a month',
      '• Keep the jar somewhere warm',
      '• Skipped feedings make it sour',
      '• Routine matters more than recipes',
    ];
    const page = ['Slides: Why Sourdough Starters Fail', 'Mara Lind', '', ...points, '', 'Slide 1 of 1', 'Download PDF'];
    const known: Evidence = { essays: [{ language: 'en', paragraphs: points.map((p) => p.slice(2)) }], titles: [TITLE], authors: [] };
    const body = bodyText(detectLines(page, known));
    expect(body).toEqual(points);
  });
});

describe('detectLines past a sign-up box, without evidence', () => {
  it('keeps the section heading set apart under the box, glued to the paragraph it heads or a blank line above it', () => {
    const heading = 'What the routine does';
    const box = ['Get the Kitchen Weekly newsletter', 'Your Email', 'Get it!'];
    for (const under of [[heading], [heading, '']]) {
      const page = [TITLE, 'By Mara Lind', '', ...withBlankLines(OPENING), ...box, '', ...under, ...withBlankLines(REST)];
      const detected = detectLines(page, NO_EVIDENCE);
      expect(bodyText(detected), String(under.length)).toEqual([...OPENING, heading, ...REST]);
      expect(detected.lines.filter((l) => box.includes(l.text)).map((l) => l.role)).toEqual(['boilerplate', 'boilerplate', 'boilerplate']);
    }
  });
});

describe('detectLines on a slide deck without evidence', () => {
  it('keeps the points of the list its prose is bulleted in, sentences or not, and leaves a menu’s bullets out', () => {
    const slide = (n: number, points: string[]) => [`Slide ${n} of 3`, ...points, ''];
    const page = [
      '• Home',
      '• Decks',
      '',
      'Why Sourdough Starters Fail',
      'Mara Lind',
      '',
      ...slide(1, [`• ${OPENING[0]}`, '• Many bakers give up after the first week', `• ${OPENING[1]}`]),
      ...slide(2, [
        'Routine',
        '• Yeast learns its feeding rhythm',
        '• Skipped feedings make it sour',
        '• Same hour, same flour, same corner',
      ]),
      ...slide(3, [`• ${REST[2]}`, `• ${REST[3]}`]),
      '• Download',
    ];
    // A slide's heading between the points is a heading of the essay; the slide counters are the deck's.
    const essay = page.filter((l) => (l.startsWith('• ') && l.split(' ').length > 4) || l === 'Routine');
    expect(bodyText(detectLines(page, NO_EVIDENCE))).toEqual(essay);
  });
});

describe('detectLines on an AMP copy without blank lines', () => {
  it('spans an advert’s label and placeholder between two parts of the essay, without evidence', () => {
    // The parts share little vocabulary (trains, then bread): only their being one block of prose joins them.
    const trains = [
      'Every commuter knows the night train from the coast is late, and most travellers have stopped trusting its timetable at all.',
      'The railway blames the signals, the drivers blame the old carriages, and the passengers simply buy tickets for the bus instead.',
    ];
    const page = [TITLE, 'By Mara Lind', 'March 3, 2024', ...trains, 'ADVERTISEMENT', 'Loading the advert…', ...REST];
    const body = bodyText(detectLines(page, NO_EVIDENCE));
    expect(body).toEqual([...trains, ...REST]);
  });
});

describe('detectLines across a sign-up box of a page without blank lines', () => {
  it('keeps the box’s field and button, two short lines between parts, out of the essay', () => {
    const box = ['Your address here', 'Go'];
    const page = [TITLE, 'By Mara Lind', ...OPENING, REST[0]!, ...box, ...REST.slice(1), '#bread #sourdough #routine'];
    for (const evidence of [NO_EVIDENCE, KNOWN]) {
      const body = bodyText(detectLines(page, evidence));
      expect(body).toEqual([...OPENING, ...REST]);
    }
  });

  it('keeps a sign-up box out of the essay: its field and button are known labels, and its pitch holds one', () => {
    const box = [
      'Kitchen Weekly is a reader-supported publication: subscribe now to receive new posts and support my work.',
      'Enter your email',
      'Subscribe now',
    ];
    const page = [TITLE, 'By Mara Lind', ...OPENING, REST[0]!, ...box, ...REST.slice(1), '#bread #sourdough #routine'];
    const detection = detectLines(page, NO_EVIDENCE);
    expect(bodyText(detection)).toEqual([...OPENING, ...REST]);
    expect(detection.lines.filter((l) => box.includes(l.text)).map(label)).toEqual(Array(3).fill('boilerplate:promo-banner'));
  });
});

describe('detectLines under a summary on its label’s line, without evidence', () => {
  it('keeps the summary that opens with its label and a colon out of the essay, and a paragraph that only uses the word', () => {
    const summary = 'Summary: a starter fails for want of routine, not for want of a recipe, and feeding it on time fixes it.';
    const page = [TITLE, 'By Mara Lind', 'March 3, 2024', summary, ...OPENING, ...REST];
    const detected = detectLines(page, NO_EVIDENCE);
    expect(detected.lines.find((l) => l.text === summary)).toMatchObject({ role: 'boilerplate', category: 'duplicated-teaser' });
    expect(bodyText(detected)).toEqual([...OPENING, ...REST]);
    const closing = 'In brief: routine matters more than recipes, and the starter is the proof of it.';
    expect(bodyText(detectLines([TITLE, 'By Mara Lind', 'March 3, 2024', ...OPENING, ...REST, closing], NO_EVIDENCE))).toEqual([
      ...OPENING,
      ...REST,
      closing,
    ]);
  });
});

describe('detectLines around a translation, without evidence', () => {
  it('keeps the translator’s notes that open on the translation out of the essay, before it and after it', () => {
    const before = 'Translated from the Swedish by Jonas Reuter. The original appeared as a thread; the headings are hers.';
    const after = 'Tłumaczenie: redakcja. Uwagi do przekładu prosimy przesyłać do redakcji.';
    const page = [TITLE, 'By Mara Lind', '', before, '', ...withBlankLines([...OPENING, ...REST]), after];
    const detection = detectLines(page, NO_EVIDENCE);
    expect(bodyText(detection)).toEqual([...OPENING, ...REST]);
  });

  it('keeps a paragraph of the essay that closes with a word on the translation', () => {
    const last = `${REST[3]!} Send your views on this translation to the editors.`;
    const page = [TITLE, 'By Mara Lind', '', ...withBlankLines([...OPENING, ...REST.slice(0, 3), last])];
    expect(bodyText(detectLines(page, NO_EVIDENCE))).toEqual([...OPENING, ...REST.slice(0, 3), last]);
  });
});

describe('detectLines on an essay in numbered sections', () => {
  it('opens the essay with the heading of its first section, under a translator’s note', () => {
    const page = [
      TITLE,
      'By Mara Lind',
      '',
      "Translator's note: this is an English rendering of a thread the author wrote in Swedish.",
      '',
      '1. Background',
      ...OPENING,
      '',
      '2. Routine',
      ...REST,
    ];
    expect(bodyText(detectLines(page, NO_EVIDENCE))).toEqual(['1. Background', ...OPENING, '2. Routine', ...REST]);
  });
});

describe('detectLines across a newsletter’s box', () => {
  it('crosses a box whose copy and button stand between the essay’s parts, with or without the known reposts', () => {
    // A newsletter sets "Thanks for reading …! This post is public …" and its "Share" button inside the post: the button is
    // the box's, not a share row ending the article.
    const capture = [
      'Kitchen Weekly',
      'Subscribe',
      'Sign in',
      TITLE,
      'Mara Lind',
      'March 3, 2024',
      'Share',
      ...OPENING,
      'Thanks for reading Kitchen Weekly! This post is public, so feel free to pass it on to a friend who bakes.',
      'Share',
      ...REST,
      'Thanks for reading Kitchen Weekly! Subscribe for free to receive new posts.',
      'Subscribe',
      'Comments',
    ];
    for (const evidence of [KNOWN, NO_EVIDENCE]) expect(bodyText(detectLines(capture, evidence))).toEqual([...OPENING, ...REST]);
  });
});

describe('detectLines across a promo’s box on a page without blank lines', () => {
  it('leaves out a box of a campaign line, its copy and its button, though the copy is prose on the essay’s topic', () => {
    const box = [
      '🏆 Summer Cup: bake a sourdough loaf and win a 500 USD kitchen voucher',
      'The more loaves you bake from your own starter this month, the higher you rank and the bigger your reward.',
      'Take part',
    ];
    const capture = ['Kitchen Weekly', TITLE, 'By Mara Lind', 'March 3, 2024', ...OPENING, ...box, ...REST, '© 2024 Kitchen Weekly'];
    const detected = detectLines(capture, NO_EVIDENCE);
    expect(bodyText(detected)).toEqual([...OPENING, ...REST]);
    expect(detected.lines.slice(6, 9).map(label)).toEqual(Array<string>(3).fill('boilerplate:promo-banner'));
  });
});

describe('detectLines on a thread of posts and its replies', () => {
  it('ends the essay at the first reply, under another poster’s handle, though it shares the date and the topic', () => {
    const header = (name: string, handle: string) => [name, handle, 'March 3'];
    const capture = [
      'hearth.social',
      '← Back',
      ...header('Mara Lind', '@mara@hearth.social'),
      TITLE,
      OPENING[0]!,
      '3 · 12 · 20',
      ...header('Mara Lind', '@mara@hearth.social'),
      OPENING[1]!,
      '1 · 8 · 15',
      ...header('Mara Lind', '@mara@hearth.social'),
      REST[0]!,
      '2 · 9 · 18',
      ...header('Jon Berg', '@jon@crumb.social'),
      '@mara Thanks for this! Feeding my starter on a schedule turned my loaves around within a month, exactly as you say.',
      '0 · 1 · 4',
      ...header('Mara Lind', '@mara@hearth.social'),
      '@jon Glad it worked: the routine matters more than the recipe, and the starter learns the rhythm of its feeding.',
      '0 · 0 · 2',
      'hearth.social: About · Privacy',
    ];
    expect(bodyText(detectLines(capture, NO_EVIDENCE))).toEqual([OPENING[0], OPENING[1], REST[0]]);
  });
});
