import { ROW_KIND_LABELS, type Collation, type Row, type RowKind } from '../../engine/analyse/collation.ts';
import type { Repost } from '../../corpus/repost/repost-schema.ts';
import { readerPath } from '../paths.ts';
import type { Pair } from './witness.ts';

/** A stretch of one side of a row: plain, deleted (A only) or inserted (B only). */
export interface SidePart {
  mark: 'none' | 'del' | 'ins';
  text: string;
}

/** A link from a row to a paragraph of a reader page. */
export interface BlockRef {
  href: string;
  /** e.g. "G ¶3" */
  text: string;
  label: string;
}

/** A row ready to render. */
export interface RowView {
  id: string;
  kind: RowKind;
  kindLabel: string;
  similarityPercent: number;
  /** True for rows that are not identical: they take part in next/previous change navigation. */
  change: boolean;
  a: SidePart[];
  b: SidePart[];
  aRefs: BlockRef[];
  bRefs: BlockRef[];
  previousChange?: string;
  nextChange?: string;
  /** For moved rows: a note placed where B's sentence stood. */
  movedFrom?: string;
}

/** Identical rows collapse into runs; everything else is a single row. */
export type RowItem =
  | { type: 'row'; row: RowView }
  | { type: 'identical-run'; rows: RowView[] }
  | { type: 'moved-marker'; sigil: string; sentence: string; rowId: string };

/** Everything the compare page shows. */
export interface CompareModel {
  title: string;
  items: RowItem[];
  /** One mark per row for the overview strip. */
  strip: { id: string; kind: RowKind; label: string }[];
  figures: { term: string; value: string }[];
  kinds: { kind: RowKind; label: string; description: string; count: number }[];
  firstChange?: string;
}

/** Identical rows in a run of at least this many are collapsed behind a disclosure. */
const COLLAPSE_RUN = 2;

/** Builds the compare page of a pair from its collation. `base` prefixes reader links. */
export function compareModel(pair: Pair, collation: Collation, href: (path: string) => string): CompareModel {
  const views = collation.rows.map((row) => rowView(row, pair, href));
  const changes = views.filter((v) => v.change);
  changes.forEach((v, i) => {
    if (i > 0) v.previousChange = changes[i - 1]!.id;
    if (i < changes.length - 1) v.nextChange = changes[i + 1]!.id;
  });

  const items: RowItem[] = [];
  let run: RowView[] = [];
  const flush = () => {
    if (run.length >= COLLAPSE_RUN) items.push({ type: 'identical-run', rows: run });
    else items.push(...run.map((row) => ({ type: 'row' as const, row })));
    run = [];
  };
  const markersAfter = new Map<string, Row[]>();
  for (const row of collation.rows) {
    if (row.kind === 'moved' && row.bOriginAfter !== undefined) {
      markersAfter.set(row.bOriginAfter, [...(markersAfter.get(row.bOriginAfter) ?? []), row]);
    }
  }
  const markers = (after: string) =>
    (markersAfter.get(after) ?? []).map((row) => ({
      type: 'moved-marker' as const,
      sigil: collation.b.sigil,
      sentence: row.bSentences[0]!,
      rowId: row.id,
    }));
  items.push(...markers(''));
  for (const view of views) {
    if (view.kind === 'identical') run.push(view);
    else {
      flush();
      items.push({ type: 'row', row: view });
    }
    const after = markers(view.id);
    if (after.length) {
      flush();
      items.push(...after);
    }
  }
  flush();

  const s = collation.stats;
  return {
    title: `${pair.a.outlet} and ${pair.b.outlet} compared`,
    items,
    strip: views.map((v) => ({
      id: v.id,
      kind: v.kind,
      label: `Row ${v.id}: ${v.kindLabel}${v.kind === 'only-a' || v.kind === 'only-b' ? '' : `, ${v.similarityPercent}% of words shared`}`,
    })),
    figures: [
      { term: 'Words in common', value: `${Math.round(s.similarity * 100)}%` },
      { term: 'Rows', value: `${s.rows} (${s.changes} with differences)` },
      { term: `Sentences of ${pair.a.sigil} paired`, value: `${s.pairedSentences.a} of ${collation.a.sentences}` },
      { term: `Sentences of ${pair.b.sigil} paired`, value: `${s.pairedSentences.b} of ${collation.b.sentences}` },
      { term: 'Words', value: `${pair.a.sigil} ${collation.a.words}, ${pair.b.sigil} ${collation.b.words}` },
    ],
    kinds: (Object.keys(ROW_KIND_LABELS) as RowKind[]).map((kind) => ({
      kind,
      label: withSigla(ROW_KIND_LABELS[kind].label, pair),
      description: withSigla(ROW_KIND_LABELS[kind].description, pair),
      count: s.kinds[kind],
    })),
    ...(changes[0] ? { firstChange: changes[0].id } : {}),
  };
}

function rowView(row: Row, pair: Pair, href: (path: string) => string): RowView {
  const a: SidePart[] = row.parts.length
    ? row.parts.filter((p) => p.op !== 'insert').map((p) => ({ mark: p.op === 'delete' ? 'del' : 'none', text: p.a }))
    : row.a
      ? [{ mark: 'del', text: row.a }]
      : [];
  const b: SidePart[] = row.parts.length
    ? row.parts.filter((p) => p.op !== 'delete').map((p) => ({ mark: p.op === 'insert' ? 'ins' : 'none', text: p.b }))
    : row.b
      ? [{ mark: 'ins', text: row.b }]
      : [];
  return {
    id: row.id,
    kind: row.kind,
    kindLabel: withSigla(ROW_KIND_LABELS[row.kind].label, pair),
    similarityPercent: Math.round(row.similarity * 100),
    change: row.kind !== 'identical',
    a,
    b,
    aRefs: refs(pair.a, row.aBlocks, href),
    bRefs: refs(pair.b, row.bBlocks, href),
  };
}

/** The engine's generic "A" and "B" in labels, replaced by the pair's sigla. */
function withSigla(text: string, pair: Pair): string {
  return text.replace(/\bA\b/g, pair.a.sigil).replace(/\bB\b/g, pair.b.sigil);
}

function refs(repost: Repost, blockIds: readonly string[], href: (path: string) => string): BlockRef[] {
  return blockIds.map((id) => {
    const n = repost.blocks.findIndex((b) => b.id === id) + 1;
    const kind = repost.blocks[n - 1]?.kind === 'heading' ? 'heading' : 'paragraph';
    return {
      href: `${href(readerPath(repost.id))}#${id}`,
      text: `${repost.sigil} ${kind === 'heading' ? '§' : '¶'}${n}`,
      label: `${kind} ${n} of ${repost.outlet}`,
    };
  });
}

/** For each block of a repost, links to its first row in each comparison it takes part in. */
export function blockLinks(
  repost: Repost,
  comparisons: readonly { pair: Pair; collation: Collation; path: string }[],
): Record<string, { href: string; text: string; label: string }[]> {
  const links: Record<string, { href: string; text: string; label: string }[]> = {};
  for (const { pair, collation, path } of comparisons) {
    const side = pair.a.id === repost.id ? 'aBlocks' : pair.b.id === repost.id ? 'bBlocks' : undefined;
    if (!side) continue;
    const other = side === 'aBlocks' ? pair.b : pair.a;
    const seen = new Set<string>();
    for (const row of collation.rows) {
      for (const block of row[side]) {
        if (seen.has(block)) continue;
        seen.add(block);
        (links[block] ??= []).push({ href: `${path}#${row.id}`, text: `⇄ ${other.sigil}`, label: `Compare with ${other.outlet}` });
      }
    }
  }
  return links;
}
