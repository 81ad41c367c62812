import type { Collation } from '../../engine/analyse/collation.ts';
import { DIGEST_KIND_LABELS, DIGEST_KINDS, type DigestEntry, type DigestKind } from '../../engine/analyse/digest.ts';
import { readerPath } from '../paths.ts';
import type { Pair } from './witness.ts';

/** Longer entries (sentences, questions, passages) are shown by their first words, linked to the whole row. */
const EXCERPT_WORDS = 9;

/** Entries shown per kind; a long text's digest would otherwise push the rows off the first screen. */
const PER_KIND = 8;

/** One entry of the digest as a link. */
export interface DigestLink {
  text: string;
  href: string;
}

/** What one side alone has, grouped by kind in a fixed order. */
export interface DigestSide {
  sigil: string;
  outlet: string;
  /** `more`: entries of that kind left out here (all are in the JSON); `count`: all entries of that kind. */
  groups: { kind: DigestKind; label: string; links: DigestLink[]; more: number; count: number }[];
  count: number;
}

/** The digest of a comparison as the page shows it. */
export interface DigestView {
  a: DigestSide;
  b: DigestSide;
}

/** Groups each side's digest by kind; row entries link to their row, the author credit to the reader page. */
export function digestView(collation: Collation, pair: Pair, href: (path: string) => string): DigestView {
  const side = (entries: readonly DigestEntry[], repost: Pair['a']): DigestSide => ({
    sigil: repost.sigil,
    outlet: repost.outlet,
    count: entries.length,
    groups: DIGEST_KINDS.map((kind) => {
      const all = entries.filter((e) => e.kind === kind);
      return {
        kind,
        label: DIGEST_KIND_LABELS[kind],
        links: all
          .slice(0, PER_KIND)
          .map((e) => ({ text: excerpt(e.text), href: e.row === null ? href(readerPath(repost.id)) : `#${e.row}` })),
        more: Math.max(0, all.length - PER_KIND),
        count: all.length,
      };
    }).filter((g) => g.links.length > 0),
  });
  return { a: side(collation.digest?.a ?? [], pair.a), b: side(collation.digest?.b ?? [], pair.b) };
}

/** The first words of a long entry, with an ellipsis when cut. */
export function excerpt(text: string, words = EXCERPT_WORDS): string {
  const all = text.trim().split(/\s+/);
  return all.length <= words ? text.trim() : `${all.slice(0, words).join(' ')}…`;
}
