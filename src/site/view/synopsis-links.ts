import type { Repost } from '../../corpus/repost/repost-schema.ts';
import type { BlockLink } from '../render/rehype-block-anchors.ts';
import { comparePath } from '../paths.ts';
import { synopsisRowHref, synopsisRowOfBlocks, synopsisTableOf } from './synopsis-model.ts';
import type { SiteSynopsis } from './synopsis-of.ts';
import { allPairs } from './witness.ts';

/**
 * For each block of a repost, one link to the synopsis row holding its first sentence, on the
 * synopsis part that holds that row: one link
 * per paragraph whatever the number of reposts (one link per other repost made the line of links
 * wider than a phone from ten reposts on).
 */
export function synopsisBlockLinks(site: SiteSynopsis, repost: Repost, href: (path: string) => string): Record<string, BlockLink[]> {
  const table = synopsisTableOf(site, href);
  const others = site.reposts.length - 1;
  const label = `this ${others === 1 ? 'passage in both copies' : `passage in all ${others + 1} copies`}`;
  return Object.fromEntries(
    [...synopsisRowOfBlocks(site, repost)].map(([block, row]) => [
      block,
      [{ href: synopsisRowHref(table, href, row), text: '⇄ all', label }],
    ]),
  );
}

/** The reader page's one "compare with" control: each other repost and its compare page. */
export function compareWith(
  repost: Repost,
  reposts: readonly Repost[],
  href: (path: string) => string,
): { sigil: string; outlet: string; href: string }[] {
  return allPairs(reposts)
    .filter((p) => p.a.id === repost.id || p.b.id === repost.id)
    .map((p) => {
      const other = p.a.id === repost.id ? p.b : p.a;
      return { sigil: other.sigil, outlet: other.outlet, href: href(comparePath(p.slug)) };
    });
}
