import { ContentError } from '../../corpus/content-error.ts';
import { CollationSizeError } from '../../engine/tokens/size-limit.ts';
import type { Collation } from '../../engine/analyse/collation.ts';
import type { Repost } from '../../corpus/repost/repost-schema.ts';
import type { Witness } from '../../engine/tokens/tokenize.ts';
import { collationAmong, pairCollation } from './synopsis-of.ts';

/** A repost as a witness for the engine: its sigil, outlet and blocks. */
export function toWitness(repost: Repost): Witness {
  return {
    id: repost.id,
    sigil: repost.sigil,
    label: repost.outlet,
    blocks: repost.blocks.map((b) => ({ id: b.id, text: b.text })),
    ...(repost.language ? { language: repost.language } : {}),
    author: repost.author,
  };
}

/** Two reposts compared on one page; `a` sorts before `b` by id. */
export interface Pair {
  a: Repost;
  b: Repost;
  /** URL segment, `<a>-<b>`. */
  slug: string;
  /** Every repost of the site: with more than two, comparisons are read off their synopsis. */
  among?: readonly Repost[];
}

/** Every pair of reposts, once each, in id order. Two pairs with one slug would overwrite each other: refused. */
export function allPairs(reposts: readonly Repost[]): Pair[] {
  const sorted = [...reposts].sort((x, y) => x.id.localeCompare(y.id));
  const pairs = sorted.flatMap((a, i) => sorted.slice(i + 1).map((b) => ({ a, b, slug: `${a.id}-${b.id}`, among: reposts })));
  const seen = new Set<string>();
  for (const p of pairs) {
    if (seen.has(p.slug)) throw new Error(`two repost pairs share the compare URL /compare/${p.slug}/: rename one of the repost folders`);
    seen.add(p.slug);
  }
  return pairs;
}

/**
 * The collation of a pair, computed once per build (every reader page and compare page asks): with
 * more than two reposts, as the synopsis of all of them gives it (see `collationAmong`, which also
 * keeps the caches, keyed by content so that `astro dev` shows an edit at once).
 */
export function collationOf(pair: Pair): Collation {
  return withSizeErrorsAsContent([pair.a, pair.b, ...(pair.among ?? [])], () =>
    pair.among ? collationAmong(pair.a, pair.b, pair.among) : pairCollation(toWitness(pair.a), toWitness(pair.b)),
  );
}

/**
 * A repost too long to collate fails the build like any content error: one line naming its
 * essay file and the limit, never a heap abort or a stack trace.
 */
function withSizeErrorsAsContent<T>(reposts: readonly Repost[], work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof CollationSizeError)) throw error;
    const repost = reposts.find((r) => r.id === error.witness);
    throw new ContentError(repost?.files.essay ?? error.witness, error.problem);
  }
}
