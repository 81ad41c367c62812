import { ROW_KIND_LABELS, type Collation, type Row, type RowKind } from '../../engine/analyse/collation.ts';
import type { VariantClass } from '../../engine/analyse/variants.ts';
import { type DigestView, digestView } from './digest-view.ts';
import type { Repost } from '../../corpus/repost/repost-schema.ts';
import { comparePath, inlinePath, readerPath } from '../paths.ts';
import { boilerplateModel } from './boilerplate-model.ts';
import { fitsBudget, type ItemWeight, PAGE_BUDGET, type PartRange, partIndexes, partWeight, splitIntoParts } from './page-parts.ts';
import type { Pair } from './witness.ts';
import { ownStretch, type Stretch, sideStretches } from '../../engine/analyse/stretches.ts';

/**
 * A stretch of one side of a row: plain, or words this side has where the other has others. No
 * side is "deleted" or "inserted": the copies are independent versions of one essay.
 */
/** A stretch of one side of a row, as the engine reads it (see `sideStretches`). */
export type SidePart = Stretch;

/** A link from a row to a paragraph of a reader page. */
export interface BlockRef {
  href: string;
  /** e.g. "¶3" (paragraphs and headings each numbered on their own) */
  text: string;
  label: string;
}

/** A row ready to render. */
export interface RowView {
  id: string;
  kind: RowKind;
  kindLabel: string;
  /** What the kind means, with the pair's sigla. */
  kindDescription: string;
  similarityPercent: number;
  /** The sentences each side holds, e.g. "G5–G7"; '' for none. */
  aSpan: string;
  bSpan: string;
  /** Sentence ids each side holds that need an anchor of their own (all but one equal to the row id), so `#G6` leads to its row. */
  aAnchors: string[];
  bAnchors: string[];
  /** True for rows that are not identical: they take part in next/previous change navigation. */
  change: boolean;
  a: SidePart[];
  b: SidePart[];
  aRefs: BlockRef[];
  bRefs: BlockRef[];
  /** Links to the previous and next change, wherever that row's part is. */
  previousChange?: string;
  nextChange?: string;
  /** For moved rows: a note placed where B's sentence stood. */
  movedFrom?: string;
}

/** Identical rows collapse into runs; everything else is a single row. */
export type RowItem =
  | { type: 'row'; row: RowView }
  | { type: 'identical-run'; rows: RowView[] }
  | { type: 'moved-marker'; sigil: string; sentence: string; rowId: string; href: string };

/** One page of a comparison: the first holds the digest, figures and panels as well as its rows. */
export interface ComparePart {
  /** 1 for the first part. */
  n: number;
  /** The part's page, with the base path. */
  href: string;
  /** The ids of its first and last rows. */
  first: string;
  last: string;
  items: RowItem[];
  /** Its estimated compressed weight, page and linked files, within `PAGE_BUDGET` unless one item alone is over. */
  estimate: number;
  /** The overview strip as linked from this part (a mark whose row is on another part links to that part). */
  strip: CompareModel['strip'];
}

/** Everything the compare page shows. */
export interface CompareModel {
  title: string;
  /** The rows in pages, each within the page budget: one part for most comparisons. */
  parts: ComparePart[];
  /** For each row id and sentence id, the number of the part holding it (1 for the first). */
  partOf: Record<string, number>;
  /**
   * One mark per row for the overview strip; `weight` is the row's length, so the strip is a map
   * of the text, and `size` that length in `STRIP_SIZES` steps, for a width class (a strict
   * Content-Security-Policy allows no style attribute to carry the exact figure).
   */
  strip: { id: string; href: string; kind: RowKind; label: string; weight: number; size: number }[];
  figures: { term: string; value: string }[];
  kinds: { kind: RowKind; label: string; description: string; count: number }[];
  firstChange?: string;
  /** What only each side has, grouped by kind, each entry linked to its row. */
  digest: DigestView;
  /** Changes per variant class. */
  variants: { formal: number; wording: number; substance: number };
}

/** The overview strip has at most this many marks; a longer comparison gets one mark per stretch of rows. */
const STRIP_MARKS = 48;

/** Identical rows in a run of at least this many are collapsed behind a disclosure. */
const COLLAPSE_RUN = 2;

/**
 * What every compare part weighs besides its own text, compressed: head, inline styles, header,
 * footer, lede, controls, legend, the strip's markup, the list of parts, and the scripts it
 * links (measured on built pages of real reposts with `tests/bench/real-pages.ts`).
 */
export const COMPARE_CHROME = 7 * 1024;

/** What the digest's section adds in markup, compressed (the first part's). */
const DIGEST_MARKUP = 384;
/** What the figures, the table of kinds and the panels' sections add in markup, compressed (the last part's). */
const CLOSING_MARKUP = 768;

/** What a row's markup adds besides its words and links, compressed (element names, classes, labels). */
const ROW_MARKUP = 40;

/** What a digest entry's link and a boilerplate panel's entry add in markup, compressed. */
const LINK_MARKUP = 6;
const PANEL_ENTRY_MARKUP = 10;

/**
 * Builds the compare pages of a pair from its collation: the rows, collapsed into items, in as
 * many parts as the page budget needs (see `compareParts`), every link to a row pointing at the
 * part that holds it. `href` prefixes paths with the base.
 */
export function compareModel(pair: Pair, collation: Collation, href: (path: string) => string): CompareModel {
  const views = collation.rows.map((row) => rowView(row, pair, href));
  const items = rowItems(views, collation);
  const digest = digestView(collation, pair, href);
  const strip = overview(views, collation.rows);
  const everyPart = [pair.a.outlet, pair.b.outlet, ...strip.map((m) => `#${m.id} ${m.label}`)].join('\n');
  const digestLinks = [digest.a, digest.b].flatMap((side) =>
    side.groups.flatMap((g) => [g.label, ...g.links.map((l) => `${l.href} ${l.text}`)]),
  );
  const panels = [pair.a, pair.b].map(boilerplateModel);
  // The first part opens with the digest; the last closes with the figures and the panels, as one page would.
  const opening: ItemWeight = { text: digestLinks.join('\n'), markup: DIGEST_MARKUP + digestLinks.length * LINK_MARKUP };
  const closing: ItemWeight = {
    text: panels
      .flatMap((panel) => [
        ...panel.blocks.flatMap((b) => [b.label, b.where, b.note, ...b.lines]),
        ...panel.metadata.flatMap((m) => [m.field, m.value, m.text]),
      ])
      .join('\n'),
    markup: CLOSING_MARKUP + panels.reduce((n, p) => n + (p.blocks.length + p.metadata.length) * PANEL_ENTRY_MARKUP, 0),
  };
  const weights = items.map(itemWeight);
  const fixed = (opens: boolean, closes: boolean): ItemWeight =>
    [...(opens ? [opening] : []), ...(closes ? [closing] : [])].reduce(
      (sum, extra) => ({ text: `${sum.text}\n${extra.text}`, markup: sum.markup + extra.markup }),
      { text: everyPart, markup: COMPARE_CHROME },
    );
  const ranges = compareParts(weights, fixed);
  const partOfItem = partIndexes(ranges);
  const partOf = new Map<string, number>();
  items.forEach((item, i) => {
    for (const row of itemRows(item)) for (const id of [row.id, ...row.aAnchors, ...row.bAnchors]) partOf.set(id, partOfItem[i]!);
  });
  const partHref = (k: number) => href(comparePath(pair.slug, k + 1));
  /** A link from part `from` to the row or sentence `id`. */
  const link = (id: string, from: number) => {
    const k = partOf.get(id) ?? 0;
    return k === from ? `#${id}` : `${partHref(k)}#${id}`;
  };
  const changes = views.filter((v) => v.change);
  changes.forEach((v, i) => {
    const from = partOf.get(v.id)!;
    if (i > 0) v.previousChange = link(changes[i - 1]!.id, from);
    if (i < changes.length - 1) v.nextChange = link(changes[i + 1]!.id, from);
  });
  items.forEach((item, i) => {
    if (item.type === 'moved-marker') item.href = link(item.rowId, partOfItem[i]!);
  });
  const parts = ranges.map((range, k): ComparePart => {
    const rows = items.slice(range.start, range.end).flatMap(itemRows);
    return {
      n: k + 1,
      href: partHref(k),
      first: rows[0]?.id ?? '',
      last: rows.at(-1)?.id ?? '',
      items: items.slice(range.start, range.end),
      estimate: partWeight(weights, range, fixed(k === 0, k === ranges.length - 1)),
      strip: strip.map((m) => ({ ...m, href: link(m.id, k) })),
    };
  });
  for (const side of [digest.a, digest.b])
    for (const group of side.groups) for (const l of group.links) if (l.href.startsWith('#')) l.href = link(l.href.slice(1), 0);

  const s = collation.stats;
  return {
    title: `${pair.a.outlet} and ${pair.b.outlet} compared`,
    parts,
    partOf: Object.fromEntries([...partOf].map(([id, k]) => [id, k + 1])),
    digest,
    variants: s.variants ?? { formal: 0, wording: 0, substance: 0 },
    strip: parts[0]!.strip,
    figures: [
      { term: 'Words in common', value: `${Math.round(s.similarity * 100)}%` },
      { term: 'Rows', value: `${s.rows} (${s.changes} with differences)` },
      { term: `Sentences of ${pair.a.sigil} paired`, value: `${s.pairedSentences.a} of ${collation.a.sentences}` },
      { term: `Sentences of ${pair.b.sigil} paired`, value: `${s.pairedSentences.b} of ${collation.b.sentences}` },
      { term: 'Words', value: `${pair.a.sigil} ${collation.a.words}, ${pair.b.sigil} ${collation.b.words}` },
    ],
    kinds: (Object.keys(ROW_KIND_LABELS) as RowKind[]).map((kind) => ({
      kind,
      label: withSigla(KIND_LABELS[kind].label, pair),
      description: withSigla(KIND_LABELS[kind].description, pair),
      count: s.kinds[kind],
    })),
    ...(changes[0] ? { firstChange: changes[0].id } : {}),
  };
}

/**
 * The parts of a compare page: items (rows, runs of identical rows, moved markers) in order,
 * whole, each part within `PAGE_BUDGET` by the estimated compressed weight of its items and of
 * what it shows besides (`fixed(opens, closes)`: the first part opens with the digest, the last
 * closes with the figures and panels). The rows are split greedily with the opening's room kept on
 * the first part; when the last part has no room left for the closing, its last row moves to a
 * part of its own that closes the comparison (the earlier parts stay full: a reader meets them
 * first). A long comparison in a script of two-byte letters needs several parts; most need one.
 */
export function compareParts(items: readonly ItemWeight[], fixed: (opens: boolean, closes: boolean) => ItemWeight): PartRange[] {
  const ranges = splitIntoParts(
    items.length,
    fitsBudget(items, (k) => fixed(k === 0, false)),
  );
  const last = ranges.at(-1)!;
  if (last.end - last.start < 2 || partWeight(items, last, fixed(ranges.length === 1, true)) <= PAGE_BUDGET) return ranges;
  // The earlier parts stay full, as a reader meets them first: the closing part holds the last row.
  return [...ranges.slice(0, -1), { start: last.start, end: last.end - 1 }, { start: last.end - 1, end: last.end }];
}

/** Identical rows collapsed into runs, with a marker where B had each moved sentence. */
function rowItems(views: RowView[], collation: Collation): RowItem[] {
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
      href: `#${row.id}`,
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
  return items;
}

function itemRows(item: RowItem): RowView[] {
  return item.type === 'row' ? [item.row] : item.type === 'identical-run' ? item.rows : [];
}

/**
 * What an item weighs on the page: its rows' words, links to the reader pages and ids, and their
 * markup; a moved marker is a line of markup.
 */
function itemWeight(item: RowItem): ItemWeight {
  const rows = itemRows(item);
  return {
    text: rows
      .map((row) =>
        [row.id, row.aSpan, row.bSpan, ...row.aAnchors, ...row.bAnchors, ...[...row.aRefs, ...row.bRefs].map((r) => r.href + r.label)]
          .concat([...row.a, ...row.b].map((p) => p.text))
          .join(' '),
      )
      .join('\n'),
    markup: Math.max(1, rows.length) * ROW_MARKUP,
  };
}

function rowView(row: Row, pair: Pair, href: (path: string) => string): RowView {
  // One-sided rows stay unmarked: the row's kind and the other side's "Not in …" say it all.
  return {
    id: row.id,
    kind: row.kind,
    kindLabel: withSigla(KIND_LABELS[row.kind].label, pair),
    kindDescription: withSigla(KIND_LABELS[row.kind].description, pair),
    similarityPercent: Math.round(row.similarity * 100),
    aSpan: span(row.aSentences),
    bSpan: span(row.bSentences),
    aAnchors: row.aSentences.filter((id) => id !== row.id),
    bAnchors: row.bSentences.filter((id) => id !== row.id),
    change: row.kind !== 'identical',
    a: sideStretches(row, 'a'),
    b: sideStretches(row, 'b'),
    aRefs: refs(pair.a, row.aBlocks, href),
    bRefs: refs(pair.b, row.bBlocks, href),
  };
}

/**
 * The overview strip: one mark per row, each as wide as its row is long, so the strip is a map
 * of the text; past `STRIP_MARKS` rows, consecutive rows share a mark (linked to its first row,
 * shown with its most telling kind), so a book-length comparison stays one line that still says
 * where the differences are.
 */
function overview(views: readonly RowView[], rows: readonly Row[]): CompareModel['strip'] {
  const marks = weightedMarks(views, rows);
  const heaviest = Math.max(1, ...marks.map((m) => m.weight));
  return marks.map((m) => ({ ...m, size: Math.max(1, Math.ceil((STRIP_SIZES * m.weight) / heaviest)) }));
}

/** Width classes of the overview strip's marks, `w1` to `w8`, in proportion to their rows' length. */
export const STRIP_SIZES = 8;

function weightedMarks(views: readonly RowView[], rows: readonly Row[]): Omit<CompareModel['strip'][number], 'size'>[] {
  const weight = (i: number) => Math.max(rows[i]!.a.length, rows[i]!.b.length, 1);
  const per = Math.ceil(views.length / STRIP_MARKS);
  const marks: Omit<CompareModel['strip'][number], 'size'>[] = [];
  for (let start = 0; start < views.length; start += per) {
    const group = views.slice(start, start + per);
    const first = group[0]!;
    const last = group.at(-1)!;
    const changed = group.filter((v) => v.change);
    const shown = changed.find((v) => v.kind !== 'reworded') ?? changed[0] ?? first;
    let w = 0;
    for (let i = start; i < start + group.length; i++) w += weight(i);
    marks.push({
      id: first.id,
      href: `#${first.id}`,
      weight: w,
      kind: shown.kind,
      label:
        group.length === 1
          ? `Row ${first.id}: ${first.kindLabel}${first.kind === 'only-a' || first.kind === 'only-b' ? '' : `, ${first.similarityPercent}% of words shared`}`
          : `Rows ${first.id} to ${last.id}: ${changed.length} of ${group.length} with differences`,
    });
  }
  return marks;
}

/** A marked stretch with its surrounding white space left unmarked, so a mark covers words only. */

/** "G5", or "G5–G7" for a run of sentences. */
function span(ids: readonly string[]): string {
  return ids.length > 1 ? `${ids[0]}–${ids.at(-1)}` : (ids[0] ?? '');
}

/**
 * Row kinds as this page names them. The engine's "merged" and "split" read as if one copy were
 * made from the other; both are independent versions, so the page says how the sentences
 * correspond instead.
 */
const KIND_LABELS: Record<RowKind, { label: string; description: string }> = {
  ...ROW_KIND_LABELS,
  merged: { label: 'Several to one', description: 'several sentences of A where B has one' },
  split: { label: 'One to several', description: 'one sentence of A where B has several' },
  regrouped: { label: 'Regrouped', description: 'several sentences on each side, divided differently' },
  moved: { label: 'Elsewhere', description: 'a sentence that B places at another point' },
};

/** The engine's generic "A" and "B" in labels, replaced by the pair's sigla. */
function withSigla(text: string, pair: Pair): string {
  return text.replace(/\bA\b/g, pair.a.sigil).replace(/\bB\b/g, pair.b.sigil);
}

/**
 * Links to the reader page. Paragraphs are numbered among paragraphs and headings among headings,
 * as the home page counts them, so "¶3" is the third paragraph wherever it appears.
 */
function refs(repost: Repost, blockIds: readonly string[], href: (path: string) => string): BlockRef[] {
  return blockIds.map((id) => {
    const block = repost.blocks.find((b) => b.id === id);
    const kind = block?.kind === 'heading' ? 'heading' : 'paragraph';
    const n = repost.blocks.filter((b) => (b.kind === 'heading') === (kind === 'heading')).findIndex((b) => b.id === id) + 1;
    return {
      href: `${href(readerPath(repost.id))}#${id}`,
      text: `${kind === 'heading' ? '§' : '¶'}${n}`,
      label: `${repost.outlet}, ${kind} ${n}`,
    };
  });
}

/** A stretch of an inline reading: words both copies share, or words of one copy only. */
export interface InlinePart {
  side: 'both' | 'a' | 'b';
  variant?: VariantClass;
  text: string;
}

/** One row as a single reading carrying both copies: shared words once, each copy's own words in turn. */
export interface InlineRow {
  id: string;
  kindLabel: string;
  parts: InlinePart[];
}

/** One page of the inline view. */
export interface InlinePage {
  /** 1 for the first. */
  n: number;
  href: string;
  first: string;
  last: string;
  /** Each row with the link to it side by side, on the compare part that holds it. */
  rows: (InlineRow & { compareHref: string })[];
  /** Its estimated compressed weight (see `ComparePart`). */
  estimate: number;
}

/** What an inline page weighs besides its rows, compressed (head, styles, header, lede, footer, list of parts). */
export const INLINE_CHROME = 6 * 1024;

/** What an inline row's markup adds besides its words, compressed. */
const INLINE_ROW_MARKUP = 20;

/**
 * The inline view in as many parts as the page budget needs, whole rows each, every row linked
 * to its row side by side on the compare part that holds it (`partOf`, from `compareModel`).
 */
export function inlineModel(
  pair: Pair,
  collation: Collation,
  partOf: Readonly<Record<string, number>>,
  href: (path: string) => string,
): InlinePage[] {
  const rows = inlineRows(pair, collation);
  const weights = rows.map((r) => ({ text: `${r.id} ${r.parts.map((p) => p.text).join('')}`, markup: INLINE_ROW_MARKUP }));
  const fixed = { text: `${pair.a.outlet} ${pair.b.outlet}`, markup: INLINE_CHROME };
  return splitIntoParts(
    rows.length,
    fitsBudget(weights, () => fixed),
  ).map((range, k) => {
    const held = rows.slice(range.start, range.end);
    return {
      n: k + 1,
      href: href(inlinePath(pair.slug, k + 1)),
      first: held[0]?.id ?? '',
      last: held.at(-1)?.id ?? '',
      estimate: partWeight(weights, range, fixed),
      rows: held.map((r) => ({ ...r, compareHref: `${href(comparePath(pair.slug, partOf[r.id] ?? 1))}#${r.id}` })),
    };
  });
}

/** The rows of a collation read inline; shared stretches show A's surface (case and quotes aside, they are the same words). */
export function inlineRows(pair: Pair, collation: Collation): InlineRow[] {
  return collation.rows.map((row) => ({
    id: row.id,
    kindLabel: withSigla(KIND_LABELS[row.kind].label, pair),
    parts: row.parts.length
      ? row.parts.flatMap((p): InlinePart[] => {
          if (p.op === 'equal') return [{ side: 'both', text: p.a }];
          // White space around a copy's own words stays outside its mark, as in the side-by-side view.
          const side = p.op === 'delete' ? 'a' : 'b';
          return ownStretch(p.op === 'delete' ? p.a : p.b, p.variant).map((m) =>
            m.own ? { side, text: m.text, ...(m.variant ? { variant: m.variant } : {}) } : { side: 'both', text: m.text },
          );
        })
      : [{ side: row.a ? ('a' as const) : ('b' as const), text: row.a || row.b }],
  }));
}
