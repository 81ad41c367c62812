import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadReposts } from '../../../src/corpus/repost/load-repost.ts';
import { detectLines } from '../../../src/importer/detect/detect-lines.ts';
import { evidenceOf } from '../../../src/importer/detect/evidence.ts';
import { ROOT } from '../../support/build-site.ts';
import { expectedLabels, fixtureLines, label } from './support.ts';

/**
 * Captures made for these tests, each with the essay in its own paraphrase and the wrapping of one
 * kind of mirror. Every line's verdict is spelled out, so a rule that drops an essay line or
 * keeps a boilerplate line fails here.
 */
interface Case {
  ranges: [number, number, string][];
  metadata: Record<string, string>;
  /** What the shipped reposts as evidence change (ranges over the others): the name they give the author makes a poster's line a byline. */
  withEvidence?: Omit<Case, 'withEvidence'>;
}

const CASES: Record<string, Case> = {
  'contest-banner': {
    // Emoji bullets, campaign links, a rules line cut mid-word, the title glued to the body,
    // post-action buttons and an unlabelled legal notice.
    ranges: [
      [1, 8, 'boilerplate:promo-banner'],
      [9, 9, 'metadata:title'],
      [10, 17, 'body'],
      [18, 18, 'boilerplate:site-navigation'],
      [19, 22, 'boilerplate:share-widget'],
      [23, 23, 'boilerplate:disclaimer'],
    ],
    metadata: { title: 'Layers That Add Up and Layers That Pile Up: AI Versus Crypto' },
  },
  'price-ticker': {
    // A teaser glued to the author label, a source label, token tickers whose names stand on their
    // own lines (one in Korean), a notice with an address, and a related list without adverts.
    ranges: [
      [1, 2, 'boilerplate:duplicated-teaser'],
      [3, 3, 'metadata:title'],
      [5, 5, 'boilerplate:site-navigation'],
      [6, 6, 'metadata:date'],
      [7, 12, 'boilerplate:price-ticker'],
      [14, 14, 'metadata:author'],
      [16, 34, 'body'],
      [36, 36, 'boilerplate:disclaimer'],
      [37, 37, 'boilerplate:share-widget'],
      [39, 39, 'boilerplate:related-links'],
      [41, 43, 'boilerplate:related-links'],
      [45, 45, 'boilerplate:share-widget'],
      [46, 46, 'boilerplate:stray-timestamp'],
    ],
    metadata: {
      title: 'Capability Stacking or Problem Shifting? The Layer Paradox of AI and Crypto',
      author: 'Haotian',
      date: '2025/06/17 10:00',
    },
  },
  'chinese-mirror': {
    // A Chinese banner, byline, reading time ("阅读时间 3 分钟") and date, a Chinese notice,
    // share button and related list.
    ranges: [
      [1, 6, 'boilerplate:promo-banner'],
      [7, 7, 'metadata:title'],
      [8, 8, 'metadata:author'],
      [9, 9, 'boilerplate:reading-time'],
      [10, 10, 'metadata:date'],
      [11, 19, 'body'],
      [20, 20, 'boilerplate:disclaimer'],
      [21, 21, 'boilerplate:share-widget'],
      [22, 24, 'boilerplate:related-links'],
    ],
    metadata: { title: 'AI 与 Crypto 的分层悖论：能力跃迁还是问题转移', author: 'Haotian', date: '2025年6月17日' },
  },
  'ai-summary-widgets': {
    // A breadcrumb, a byline that carries the date, an AI-summary box, an unnumbered heading
    // inside the essay, tags, a counted button row and a back-to-top link.
    ranges: [
      [1, 1, 'boilerplate:site-navigation'],
      [2, 2, 'metadata:title'],
      [3, 3, 'metadata:date'],
      [4, 5, 'boilerplate:ai-summary'],
      [7, 15, 'body'],
      [17, 17, 'boilerplate:site-navigation'],
      [18, 18, 'boilerplate:share-widget'],
      [19, 19, 'boilerplate:site-navigation'],
    ],
    metadata: { title: 'Layers That Add Up and Layers That Pile Up: AI Versus Crypto', date: 'Jun 17, 2025' },
  },
  'teaser-disclaimer-spam': {
    // Italian reading time and a contact sentence glued to it (its block's category: contact
    // wording is no signal of its own); after the notice a sponsored box and an advert headline
    // shown twice, then a share button and the advert's timestamp.
    ranges: [
      [1, 2, 'boilerplate:duplicated-teaser'],
      [3, 3, 'metadata:title'],
      [5, 5, 'metadata:date'],
      [6, 7, 'boilerplate:reading-time'],
      [9, 9, 'metadata:author'],
      [11, 25, 'body'],
      [27, 27, 'boilerplate:disclaimer'],
      [29, 34, 'boilerplate:spam-advert'],
      [36, 36, 'boilerplate:share-widget'],
      [37, 37, 'boilerplate:stray-timestamp'],
    ],
    metadata: { title: 'Layers That Add Up and Layers That Pile Up: AI Versus Crypto', author: 'Haotian', date: '2025/06/17 10:00' },
  },
  'inline-widgets': {
    // German reading time ("Lesezeit 3 Min."), a price ticker and a short heading between
    // paragraphs, and a "You may also like" list.
    ranges: [
      [1, 1, 'metadata:title'],
      [2, 2, 'metadata:author'],
      [3, 3, 'metadata:date'],
      [4, 4, 'boilerplate:reading-time'],
      [6, 11, 'body'],
      [12, 13, 'boilerplate:price-ticker'],
      [15, 29, 'body'],
      [31, 33, 'boilerplate:related-links'],
    ],
    metadata: { title: 'Capability Stacking vs. Problem Shifting', author: 'Haotian', date: 'June 17, 2025' },
  },
  'square-post': {
    // A social post: the poster's display name and handle, a follow button, an unlabelled body,
    // a notice, then counts between the post-action buttons.
    ranges: [
      [1, 2, 'boilerplate:site-navigation'],
      [3, 3, 'metadata:date'],
      [4, 4, 'boilerplate:share-widget'],
      [5, 14, 'body'],
      [15, 15, 'boilerplate:disclaimer'],
      [16, 21, 'boilerplate:share-widget'],
    ],
    metadata: { date: 'Jun 17, 2025, 10:02' },
    withEvidence: { ranges: [[1, 1, 'metadata:author']], metadata: { author: 'Haotian', date: 'Jun 17, 2025, 10:02' } },
  },
  'editor-summary': {
    // The title, the source's own title and an editor's summary above the byline; a notice
    // without a label and a link to the original after the essay.
    ranges: [
      [1, 2, 'boilerplate:promo-banner'],
      [3, 3, 'metadata:title'],
      [4, 5, 'boilerplate:duplicated-teaser'],
      [6, 6, 'metadata:author'],
      [7, 14, 'body'],
      [15, 15, 'boilerplate:disclaimer'],
      [16, 16, 'boilerplate:site-navigation'],
    ],
    metadata: { title: 'Layers That Add Up and Layers That Pile Up: AI Versus Crypto', author: 'Haotian' },
  },
  'crlf-bom-whitespace': {
    // Byte-order mark, CRLF line ends, trailing spaces and tabs, lines of white space.
    ranges: [
      [1, 1, 'metadata:title'],
      [2, 2, 'metadata:author'],
      [3, 19, 'body'],
      [20, 20, 'boilerplate:share-widget'],
    ],
    metadata: { title: 'Layers That Add Up and Layers That Pile Up: AI Versus Crypto', author: 'Haotian' },
  },
  'truncated-mid-word': {
    // A banner line and the essay's last line both cut off mid-word, no final line end.
    ranges: [
      [1, 2, 'boilerplate:promo-banner'],
      [3, 3, 'metadata:title'],
      [4, 13, 'body'],
    ],
    metadata: { title: 'Capability Stacking vs. Problem Shifting' },
  },
};

describe('detectLines on captures of other mirrors', () => {
  for (const [name, { ranges, metadata }] of Object.entries(CASES)) {
    it(`labels every line of ${name}`, () => {
      const lines = fixtureLines(name);
      const detection = detectLines(lines);
      const numbered = (labels: readonly string[]) => labels.map((l, i) => `${i + 1} ${l}`);
      expect(numbered(detection.lines.map(label))).toEqual(numbered(expectedLabels(lines, ranges)));
      expect(detection.metadata).toEqual(metadata);
    });
  }

  it('labels them the same with the shipped reposts as evidence, but for a byline in their author’s name', () => {
    const evidence = evidenceOf(loadReposts(join(ROOT, 'content'), ROOT));
    for (const [name, plain] of Object.entries(CASES)) {
      const ranges = [...plain.ranges, ...(plain.withEvidence?.ranges ?? [])];
      const metadata = plain.withEvidence?.metadata ?? plain.metadata;
      const lines = fixtureLines(name);
      const detection = detectLines(lines, evidence);
      const numbered = (labels: readonly string[]) => labels.map((l, i) => `${name}:${i + 1} ${l}`);
      expect(numbered(detection.lines.map(label))).toEqual(numbered(expectedLabels(lines, ranges)));
      expect(detection.metadata).toEqual(metadata);
    }
  });

  it('gives every boilerplate line a reason', () => {
    for (const name of Object.keys(CASES)) {
      for (const line of detectLines(fixtureLines(name)).lines) expect(line.reason.length, `${name}:${line.line}`).toBeGreaterThan(3);
    }
  });
});
