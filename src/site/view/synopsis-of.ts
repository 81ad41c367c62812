import { createHash } from 'node:crypto';
import type { Collation } from '../../engine/analyse/collation.ts';
import { collate } from '../../engine/collate.ts';
import { collateMany } from '../../engine/multi/collate-many.ts';
import { collationFromSynopsis } from '../../engine/multi/project.ts';
import type { Synopsis } from '../../engine/multi/synopsis.ts';
import { type Sentence, tokenize, type Witness } from '../../engine/tokens/tokenize.ts';
import type { Repost } from '../../corpus/repost/repost-schema.ts';
import { toWitness } from './witness.ts';

/** The synopsis of a set of reposts, with the reposts in its witness order (by id). */
export interface SiteSynopsis {
  synopsis: Synopsis;
  reposts: Repost[];
  /** Why the base was chosen, as a clause: "it credits the author" or "…closest to the others". */
  baseReason: string;
}

// Caches are keyed by content, not by id, so that `astro dev` shows an edit to a repost at once.
const synopses = new Map<string, SiteSynopsis>();
const pairwise = new Map<string, Collation>();
const sentences = new Map<string, Sentence[]>();
/** Collations read off a synopsis, per synopsis (a new synopsis, after an edit, starts afresh). */
const readOff = new WeakMap<SiteSynopsis, Map<string, Collation>>();
const keyOf = (...witnesses: Witness[]) => createHash('sha256').update(JSON.stringify(witnesses)).digest('hex');

/**
 * The synopsis of all reposts, computed once per build. The base is the copy that credits an
 * author (the medoid of those, if several do), else the medoid of all: a credited copy is the
 * one most likely to be the text as written, and the medoid is the copy the others are closest
 * to. Built on the same cached pairwise collations the compare pages show.
 */
export function siteSynopsis(reposts: readonly Repost[]): SiteSynopsis {
  const sorted = [...reposts].sort((x, y) => x.id.localeCompare(y.id));
  const key = keyOf(...sorted.map(toWitness));
  let result = synopses.get(key);
  if (!result) {
    const prefer = sorted.filter((r) => r.author !== undefined).map((r) => r.id);
    const synopsis = collateMany(sorted.map(toWitness), { prefer, collate: pairCollation });
    const base = sorted[synopsis.base]!;
    const baseReason =
      prefer.length === 0
        ? 'no copy names the author, and it is the copy closest on average to the others'
        : prefer.length === 1
          ? `it is the only copy that names the author (${base.author})`
          : `it names the author (${base.author}) and, of the ${prefer.length} copies that do, is closest on average to the others`;
    result = { synopsis, reposts: sorted, baseReason };
    synopses.set(key, result);
  }
  return result;
}

/** The engine's pairwise collation of two witnesses, once per build, in id order (as compare pages show it). */
export function pairCollation(x: Witness, y: Witness): Collation {
  const [a, b] = x.id.localeCompare(y.id) <= 0 ? [x, y] : [y, x];
  const key = keyOf(a, b);
  let result = pairwise.get(key);
  if (!result) {
    result = collate(a, b);
    pairwise.set(key, result);
  }
  return result;
}

/**
 * The collation of two reposts among `among`: the engine's own when one of them is the synopsis
 * base (it was computed for the synopsis anyway), else read off the synopsis, which costs word
 * diffs but no alignment. With k reposts that is k−1 alignments for all k(k−1)/2 compare pages,
 * and every compare page agrees with the synopsis.
 */
export function collationAmong(a: Repost, b: Repost, among: readonly Repost[]): Collation {
  if (among.length <= 2) return pairCollation(toWitness(a), toWitness(b));
  const site = siteSynopsis(among);
  const { synopsis, reposts } = site;
  const base = reposts[synopsis.base]!.id;
  if (a.id === base || b.id === base) return pairCollation(toWitness(a), toWitness(b));
  let collations = readOff.get(site);
  if (!collations) readOff.set(site, (collations = new Map()));
  const slug = `${a.id}-${b.id}`;
  let result = collations.get(slug);
  if (!result) {
    result = collationFromSynopsis(synopsis, toWitness(a), toWitness(b), [sentencesOf(a), sentencesOf(b)]);
    collations.set(slug, result);
  }
  return result;
}

/** A repost's sentences, tokenized once per build. */
export function sentencesOf(repost: Repost): Sentence[] {
  const witness = toWitness(repost);
  const key = keyOf(witness);
  let result = sentences.get(key);
  if (!result) {
    result = tokenize(witness);
    sentences.set(key, result);
  }
  return result;
}
