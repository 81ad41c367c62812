import type { Collation } from '../../engine/analyse/collation.ts';
import { normalizeToken } from '../../engine/text/normalize.ts';
import type { Essay, Repost } from '../../corpus/repost/repost-schema.ts';
import { formatIsoDate } from '../format.ts';

/** What a reader page says about where its text comes from, every clause computed from the data. */
export interface Provenance {
  /** The original: title, author and date from `essay.json`. */
  original: { title: string; author: string; date: string };
  /** What this copy credits and what it leaves out, one short clause each. */
  credits: string[];
}

/** Two titles or names that differ only in case, quotes or dashes are the same. */
function same(x: string, y: string): boolean {
  const norm = (s: string) => s.split(/\s+/).map(normalizeToken).join(' ');
  return norm(x) === norm(y);
}

/** The provenance of one repost against the essay record. */
export function provenance(repost: Repost, essay: Essay): Provenance {
  const credits = [
    repost.author === undefined
      ? 'does not name the author'
      : same(repost.author, essay.author)
        ? `credits the author, ${repost.author}`
        : `names the author as “${repost.author}”`,
    repost.title === undefined
      ? 'gives no title'
      : same(repost.title, essay.title)
        ? 'keeps the original title'
        : `retitles it “${repost.title}”`,
    repost.date === undefined ? 'gives no date' : `dates it “${repost.date}”`,
  ];
  return { original: { title: essay.title, author: essay.author, date: formatIsoDate(essay.date) }, credits };
}

/**
 * Sentences about a set of reposts for the home page, computed from the data so that they stay
 * true when a repost is added: which copies credit the author, and which pair is closest and
 * which furthest apart by words in common. Empty entries are left out.
 */
export function repostsOverview(
  reposts: readonly Repost[],
  essay: Essay,
  collations: readonly { a: Repost; b: Repost; collation: Collation }[],
): string[] {
  const list = (names: string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);
  const crediting = reposts.filter((r) => r.author !== undefined && same(r.author, essay.author)).map((r) => r.outlet);
  const sentences = [
    crediting.length === 0
      ? `None of the ${reposts.length} copies names ${essay.author}.`
      : crediting.length === reposts.length
        ? `Every copy names ${essay.author}.`
        : `${list(crediting)} ${crediting.length === 1 ? 'names' : 'name'} ${essay.author}; ${list(reposts.filter((r) => !crediting.includes(r.outlet)).map((r) => r.outlet))} ${reposts.length - crediting.length === 1 ? 'does' : 'do'} not.`,
  ];
  const sorted = [...collations].sort((x, y) => y.collation.stats.similarity - x.collation.stats.similarity);
  const pct = (c: Collation) => `${Math.round(c.stats.similarity * 100)}% of words in common`;
  const closest = sorted[0];
  const furthest = sorted.at(-1);
  if (closest)
    sentences.push(
      `${sorted.length > 1 ? 'The closest pair is' : 'The two copies share'} ${sorted.length > 1 ? `${closest.a.outlet} and ${closest.b.outlet}, with ` : ''}${pct(closest.collation)}.`,
    );
  if (furthest && sorted.length > 1)
    sentences.push(`The furthest apart are ${furthest.a.outlet} and ${furthest.b.outlet}, with ${pct(furthest.collation)}.`);
  return sentences;
}
