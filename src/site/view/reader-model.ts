import type { BlockLink } from '../render/rehype-block-anchors.ts';
import { renderEssay } from '../render/render-essay.ts';
import type { Essay, Repost } from '../../corpus/repost/repost-schema.ts';
import { count, minutes } from '../format.ts';

/** One fact shown at the top of a reader page. */
export interface Fact {
  term: string;
  value: string;
}

/** Everything a reader page shows, computed from a repost. */
export interface ReaderModel {
  /** The page heading: the repost's own title, or the essay's when the capture gives none. */
  title: string;
  /** True when the repost gave no title of its own. */
  titleFromEssay: boolean;
  /** Author, date, outlet, words, reading time. */
  facts: Fact[];
  /** Section headings for the table of contents (empty when the text has none). */
  toc: { id: string; text: string }[];
  /** The essay rendered to HTML, with ids and permalinks. */
  html: string;
  /** One sentence for meta description. */
  description: string;
  /** schema.org Article. */
  jsonLd: Record<string, unknown>;
}

/** Builds the reader page of one repost. `links` adds per-block links (e.g. to comparison rows). */
export function readerModel(repost: Repost, essay: Essay, canonical: string, links: Record<string, BlockLink[]> = {}): ReaderModel {
  const title = repost.title ?? essay.title;
  const facts: Fact[] = [
    { term: 'Author', value: repost.author ?? 'not named in this repost' },
    { term: 'Date', value: repost.date ? `${repost.date} (as the repost gives it)` : 'not given in this repost' },
    { term: 'Outlet', value: `${repost.outlet} (sigil ${repost.sigil})` },
    { term: 'Length', value: `${count(repost.wordCount)} words, about ${minutes(repost.readingMinutes)} to read` },
  ];
  const toc = repost.blocks.filter((b) => b.kind === 'heading').map((b) => ({ id: b.id, text: b.text }));
  const html = renderEssay(repost.markdown, { ids: repost.blocks.map((b) => b.id), links });
  const description = `${essay.author}’s essay “${essay.title}” as reposted by ${repost.outlet}: ${count(repost.wordCount)} words.`;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: title,
    ...(repost.author ? { author: { '@type': 'Person', name: repost.author } } : {}),
    isBasedOn: { '@type': 'CreativeWork', name: essay.title, author: { '@type': 'Person', name: essay.author }, datePublished: essay.date },
    publisher: { '@type': 'Organization', name: repost.outlet },
    wordCount: repost.wordCount,
    url: canonical,
    mainEntityOfPage: canonical,
    ...(repost.language !== 'und' ? { inLanguage: repost.language } : {}),
  };
  return { title, titleFromEssay: repost.title === undefined, facts, toc, html, description, jsonLd };
}
