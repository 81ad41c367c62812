import { collate } from '../../engine/collate.ts';
import type { Collation } from '../../engine/analyse/collation.ts';
import type { Repost } from '../../corpus/repost/repost-schema.ts';
import type { Witness } from '../../engine/tokens/tokenize.ts';

/** A repost as a witness for the engine: its sigil, outlet and blocks. */
export function toWitness(repost: Repost): Witness {
  return {
    id: repost.id,
    sigil: repost.sigil,
    label: repost.outlet,
    blocks: repost.blocks.map((b) => ({ id: b.id, text: b.text })),
    author: repost.author,
  };
}

/** Two reposts compared on one page; `a` sorts before `b` by id. */
export interface Pair {
  a: Repost;
  b: Repost;
  /** URL segment, `<a>-<b>`. */
  slug: string;
}

/** Every pair of reposts, once each, in id order. Two pairs with one slug would overwrite each other: refused. */
export function allPairs(reposts: readonly Repost[]): Pair[] {
  const sorted = [...reposts].sort((x, y) => x.id.localeCompare(y.id));
  const pairs = sorted.flatMap((a, i) => sorted.slice(i + 1).map((b) => ({ a, b, slug: `${a.id}-${b.id}` })));
  const seen = new Set<string>();
  for (const p of pairs) {
    if (seen.has(p.slug)) throw new Error(`two repost pairs share the compare URL /compare/${p.slug}/: rename one of the repost folders`);
    seen.add(p.slug);
  }
  return pairs;
}

const cache = new Map<string, Collation>();

/** The collation of a pair, computed once per build (every reader page and compare page asks). */
export function collationOf(pair: Pair): Collation {
  let result = cache.get(pair.slug);
  if (!result) {
    result = collate(toWitness(pair.a), toWitness(pair.b));
    cache.set(pair.slug, result);
  }
  return result;
}
