import type { Collation } from '../analyse/collation.ts';
import { termWeights } from '../align/similarity.ts';
import { collate } from '../collate.ts';
import { type Sentence, tokenize, type Witness, wordsIn } from '../tokens/tokenize.ts';
import { medoid } from './medoid.ts';
import { readings } from './readings.ts';
import { mergeStar, type StarLink } from './star.ts';
import { SYNOPSIS_VERSION, type Synopsis, type SynopsisRow } from './synopsis.ts';

/** Options of `collateMany`. */
export interface CollateManyOptions {
  /**
   * Ids of the witnesses the base may be chosen from (say, the copies that credit the author);
   * the base is the medoid of these, or of all witnesses when none is given or none matches.
   */
  prefer?: readonly string[];
  /**
   * The pairwise collation to build on, called k−1 times with the base and each other witness
   * (either order in the result is accepted). Defaults to the engine's `collate`; a caller that
   * also shows pairwise pages passes its cache so nothing is computed twice.
   */
  collate?: (a: Witness, b: Witness) => Collation;
}

/**
 * Collates any number of witnesses into one table (see `Synopsis`), with k−1 pairwise alignments
 * rather than k(k−1)/2: a star around a base witness (see `mergeStar`). Sigla must be distinct,
 * since sentence and row ids are built from them. Pure: no I/O.
 */
export function collateMany(witnesses: readonly Witness[], options: CollateManyOptions = {}): Synopsis {
  if (witnesses.length === 0) throw new Error('collateMany needs at least one witness');
  const sigla = new Set<string>();
  for (const w of witnesses) {
    if (sigla.has(w.sigil)) throw new Error(`two witnesses share the sigil ${w.sigil}: sigla must be distinct`);
    sigla.add(w.sigil);
  }
  const sentences = witnesses.map((w) => tokenize(w));
  const preferred = witnesses.flatMap((w, i) => (options.prefer?.includes(w.id) ? [i] : []));
  const base = medoid(sentences, preferred);
  const pairwise = options.collate ?? collate;
  const links = witnesses.map((w, i) =>
    i === base ? undefined : starLinks(pairwise(witnesses[base]!, w), witnesses[base]!, w, sentences, base, i),
  );
  const table = mergeStar(sentences, base, links, termWeights(...sentences));

  // A witness whose sentence on an earlier row spans this one is in none of this row's readings.
  const covered = table.map(() => new Set<number>());
  table.forEach((row, r) =>
    row.spans?.forEach((span, w) => {
      for (let q = r + 1; q < r + span; q++) covered[q]!.add(w);
    }),
  );
  const rows: SynopsisRow[] = table.map(({ cells }, r) => {
    const picked = cells.map((list, w) => list.map((j) => sentences[w]![j]!));
    const first = picked[base]![0] ?? picked.find((list) => list.length)![0]!;
    return {
      id: first.id,
      cells: picked.map((list) => list.map((s) => s.text).join(' ')),
      sentences: picked.map((list) => list.map((s) => s.id)),
      blocks: picked.map((list) => [...new Set(list.map((s) => s.block))]),
      readings: readings(picked, base, covered[r]!),
    };
  });
  // Sentence ids are sigil + number, so sigla such as G and G1 can give two rows one id ("G12"): the later one gets a suffix.
  const seen = new Set<string>();
  for (const row of rows) {
    let id = row.id;
    for (let n = 2; seen.has(id); n++) id = `${row.id}-${n}`;
    row.id = id;
    seen.add(id);
  }
  // Moved sentences name the row that holds the base's counterpart, now that rows have ids.
  const rowOfBase = new Map<number, string>();
  table.forEach((row, r) => row.cells[base]!.forEach((i) => rowOfBase.set(i, rows[r]!.id)));
  table.forEach((row, r) => {
    if (row.spans) rows[r]!.spans = Object.fromEntries(row.spans);
    if (row.moved) rows[r]!.moved = Object.fromEntries([...row.moved].map(([w, i]) => [w, rowOfBase.get(i)!]));
  });

  return {
    version: SYNOPSIS_VERSION,
    witnesses: witnesses.map((w, i) => ({
      id: w.id,
      sigil: w.sigil,
      label: w.label,
      sentences: sentences[i]!.length,
      words: wordsIn(sentences[i]!),
    })),
    base,
    rows,
  };
}

/** The rows of a pairwise collation of the base with witness `w`, as sentence indexes. */
function starLinks(
  collation: Collation,
  base: Witness,
  other: Witness,
  sentences: readonly Sentence[][],
  b: number,
  w: number,
): StarLink[] {
  const flipped = collation.a.sigil !== base.sigil;
  if (flipped && collation.b.sigil !== base.sigil)
    throw new Error(`the pairwise collation given for ${other.id} does not involve the base ${base.id}`);
  const index = (list: readonly Sentence[]) => new Map(list.map((s) => [s.id, s.index]));
  const [inBase, inOther] = [index(sentences[b]!), index(sentences[w]!)];
  return collation.rows.map((row) => {
    const [baseIds, otherIds] = flipped ? [row.bSentences, row.aSentences] : [row.aSentences, row.bSentences];
    return {
      base: baseIds.map((id) => inBase.get(id)!),
      other: otherIds.map((id) => inOther.get(id)!),
      moved: row.kind === 'moved',
    };
  });
}
