import { textLang } from './text-lang.ts';
import type { Repost } from '../../corpus/repost/repost-schema.ts';
import type { Synopsis } from '../../engine/multi/synopsis.ts';
import { apparatusPath, readerPath, synopsisPath } from '../paths.ts';
import { fitsBudget, partIndexes, partWeight, splitIntoParts } from './page-parts.ts';
import { type SiteSynopsis, sentencesOf } from './synopsis-of.ts';

/** One page of a paged view: which part, where, and the ids of its first and last rows. */
export interface PageOfParts {
  /** 1 for the first. */
  n: number;
  href: string;
  first: string;
  last: string;
  /** Its estimated compressed weight, page and linked files, within `PAGE_BUDGET` unless one item alone is over. */
  estimate: number;
}

/**
 * What a synopsis page weighs besides its rows, compressed: head with
 * inline styles, header, footer, lede, figures and the list of parts (measured, rounded up).
 */
export const SYNOPSIS_CHROME = 5 * 1024;

/** What a table cell's markup adds besides its words, compressed. */
const CELL_MARKUP = 2;

/** What the apparatus weighs besides its own text (see `SYNOPSIS_CHROME`). */
export const APPARATUS_CHROME = 5.25 * 1024;

/** What a note's markup adds besides its words, and each siglum in it (an abbreviation titled with its outlet). */
const NOTE_MARKUP = 30;
const SIGLUM_MARKUP = 4;

/** A repost as a column or siglum of the synopsis. */
export interface SiglumView {
  sigil: string;
  outlet: string;
  href: string;
  /** The repost's language, for its words on the page (none when undetermined). */
  lang?: string;
}

/** One cell of the aligned table; `rows` > 1 when the copy's sentence stands for several rows. */
export type CellView = { rows: number } /** The first witness (in column order) with this reading: its text. */ & (
  | { type: 'text'; text: string; lang?: string }
  /** A later witness with the same words: which column already shows them. */
  | { type: 'same'; sigil: string; outlet: string }
  /** The witness has nothing in this row. */
  | { type: 'none' }
);

/** One row of the aligned table. */
export interface TableRowView {
  id: string;
  /** Distinct readings in the row (1: every copy agrees). */
  readings: number;
  cells: CellView[];
  /** A note when some copy holds this sentence elsewhere relative to the base. */
  moved?: string;
}

/** The aligned table: columns in witness order, the base first. */
export interface SynopsisTableModel {
  columns: (SiglumView & { base: boolean })[];
  rows: TableRowView[];
  figures: { term: string; value: string }[];
  /** The rows in pages within the page budget, whole rows, a cell spanning rows never cut. */
  parts: (PageOfParts & { rows: TableRowView[] })[];
  /** For each row id, the number of the part holding it. */
  partOf: Record<string, number>;
}

/**
 * The synopsis as an aligned table. Columns put the base first, then the others by id. A cell
 * whose words an earlier column already shows (case, quotes and dashes aside) says so instead of
 * repeating them: with many near-identical copies the table stays readable and within the page
 * budget, and a difference stands out as the only text in a row of "same as" cells.
 */
export function synopsisTableModel(site: SiteSynopsis, href: (path: string) => string): SynopsisTableModel {
  const { synopsis, reposts } = site;
  const order = columnOrder(synopsis);
  const columns = order.map((w) => ({ ...siglum(reposts[w]!, href), base: w === synopsis.base }));
  // A cell spanning several rows (a merge) is one cell with a row span; the rows it covers have no cell of that column.
  const coveredUntil = new Map<number, number>();
  const rows = synopsis.rows.map((row, r): TableRowView => {
    const readingOf = new Map<number, number>();
    row.readings.forEach((g, i) => g.witnesses.forEach((w) => readingOf.set(w, i)));
    const shownBy = new Map<number, number>();
    const cells = order.flatMap((w): CellView[] => {
      if ((coveredUntil.get(w) ?? -1) >= r) return [];
      const span = row.spans?.[w] ?? 1;
      if (span > 1) coveredUntil.set(w, r + span - 1);
      if (!row.cells[w]) return [{ type: 'none', rows: span }];
      const reading = readingOf.get(w)!;
      const first = shownBy.get(reading);
      if (first !== undefined) return [{ type: 'same', sigil: reposts[first]!.sigil, outlet: reposts[first]!.outlet, rows: span }];
      shownBy.set(reading, w);
      return [{ type: 'text', text: row.cells[w]!, rows: span, ...langOf(reposts[w]!) }];
    });
    const moved = Object.entries(row.moved ?? {}).map(
      ([w, to]) => `${reposts[Number(w)]!.sigil} has this sentence in another place: the base's counterpart is row ${to}`,
    );
    return { id: row.id, readings: row.readings.length, cells, ...(moved.length ? { moved: moved.join('; ') } : {}) };
  });
  const agree = synopsis.rows.filter((r) => r.readings.length === 1).length;
  // Rows joined by a cell that spans them are one unit: a part boundary between them would cut the cell.
  const units: { start: number; end: number }[] = [];
  let reach = -1;
  synopsis.rows.forEach((row, r) => {
    if (r > reach) units.push({ start: r, end: r + 1 });
    else units.at(-1)!.end = r + 1;
    reach = Math.max(reach, r, ...Object.values(row.spans ?? {}).map((span) => r + span - 1));
  });
  const fixed = {
    text: columns.map((c) => `${c.sigil} ${c.outlet} ${c.href}`).join('\n'),
    markup: SYNOPSIS_CHROME + CELL_MARKUP * columns.length,
  };
  const weights = units.map((u) => {
    const held = rows.slice(u.start, u.end);
    return { text: held.map(tableRowText).join('\n'), markup: held.reduce((n, row) => n + CELL_MARKUP * (row.cells.length + 2), 0) };
  });
  const unitRanges = splitIntoParts(
    units.length,
    fitsBudget(weights, () => fixed),
  );
  const ranges = unitRanges.map((p) => ({ start: units[p.start]?.start ?? 0, end: units[p.end - 1]?.end ?? 0 }));
  const partOfRow = partIndexes(ranges);
  const parts = ranges.map((p, k) => ({
    n: k + 1,
    href: href(synopsisPath(k + 1)),
    first: rows[p.start]?.id ?? '',
    last: rows[p.end - 1]?.id ?? '',
    estimate: partWeight(weights, unitRanges[k]!, fixed),
    rows: rows.slice(p.start, p.end),
  }));
  return {
    columns,
    rows,
    parts,
    partOf: Object.fromEntries(rows.map((row, r) => [row.id, partOfRow[r]! + 1])),
    figures: [
      { term: 'Copies', value: String(reposts.length) },
      { term: 'Rows', value: `${rows.length}, ${agree} where every copy has the same words` },
      { term: 'Base text', value: `${reposts[synopsis.base]!.outlet} (${reposts[synopsis.base]!.sigil}): ${site.baseReason}` },
    ],
  };
}

function tableRowText(row: TableRowView): string {
  return [row.id, row.moved ?? '', ...row.cells.map((c) => (c.type === 'text' ? c.text : c.type === 'same' ? c.sigil : ''))].join(' ');
}

/** A piece of the base text in the apparatus view. */
export interface ApparatusPiece {
  text: string;
  /** Set on the first piece of each row: the row id, so `#G5` lands on it. */
  id?: string;
  /** The note number after this piece, when copies differ here. */
  note?: number;
}

/** A numbered note of the apparatus. */
export interface ApparatusNote {
  n: number;
  /** The row, for the link to the aligned table. */
  rowId: string;
  /** The base's reading ('' when the base has nothing here: the note records an addition). */
  lemma: string;
  /** The other readings, each with the sigla that have it; `text` '' means they leave it out. */
  variants: { text: string; sigla: SiglumView[] }[];
}

/** A block of the base text in the apparatus view. */
export interface ApparatusBlock {
  kind: 'heading' | 'paragraph';
  pieces: ApparatusPiece[];
}

/** The apparatus view: the base read continuously, and the notes. */
export interface ApparatusModel {
  base: SiglumView & { reason: string };
  sigla: SiglumView[];
  /** The blocks that have text or a note marker. */
  blocks: ApparatusBlock[];
  notes: ApparatusNote[];
  /** Whole blocks in pages within the page budget, each with the notes of its blocks. */
  parts: (PageOfParts & { blocks: ApparatusBlock[]; notes: ApparatusNote[] })[];
}

/**
 * The apparatus view: the base text block by block, each row's first sentence carrying the row id,
 * and a numbered note wherever another copy reads differently, adds or leaves out — the form of a
 * critical edition's apparatus, with the sigla of the copies that have each reading.
 */
export function apparatusModel(site: SiteSynopsis, href: (path: string) => string): ApparatusModel {
  const { synopsis, reposts } = site;
  const baseRepost = reposts[synopsis.base]!;
  const baseSentences = new Map(sentencesOf(baseRepost).map((s) => [s.id, s]));
  const blocks = baseRepost.blocks.map((b) => ({ id: b.id, kind: b.kind, pieces: [] as ApparatusPiece[] }));
  const blockIndex = new Map(blocks.map((b, i) => [b.id, i]));
  const notes: ApparatusNote[] = [];
  let current = 0;
  for (const row of synopsis.rows) {
    const note = row.readings.length > 1 ? notes.length + 1 : undefined;
    if (note) {
      notes.push({
        n: note,
        rowId: row.id,
        lemma: row.cells[synopsis.base]!,
        variants: row.readings
          .filter((r) => !r.witnesses.includes(synopsis.base))
          .map((r) => ({ text: r.text, sigla: r.witnesses.map((w) => siglum(reposts[w]!, href)) })),
      });
    }
    const ids = row.sentences[synopsis.base]!;
    if (ids.length === 0) {
      // Only other copies have something here: a bare note marker where it would stand.
      blocks[current]!.pieces.push({ text: '', id: row.id, ...(note ? { note } : {}) });
      continue;
    }
    ids.forEach((id, i) => {
      const sentence = baseSentences.get(id)!;
      current = blockIndex.get(sentence.block) ?? current;
      blocks[current]!.pieces.push({
        text: sentence.text,
        ...(i === 0 ? { id: row.id } : {}),
        ...(note && i === ids.length - 1 ? { note } : {}),
      });
    });
  }
  const shown = blocks.filter((b) => b.pieces.length > 0).map(({ kind, pieces }) => ({ kind, pieces }));
  const sigla = reposts.map((r) => siglum(r, href));
  // The items paged are the pieces, with their notes: one paragraph with its notes on every variant of
  // thirty copies outweighs a page, so a part may end inside a paragraph, as a printed page does.
  const pieces = shown.flatMap((block, b) =>
    block.pieces.map((piece) => ({ b, piece, note: piece.note ? notes[piece.note - 1] : undefined })),
  );
  const weights = pieces.map(({ piece, note }) => ({
    text: [
      `${piece.id ?? ''} ${piece.text}`,
      ...(note
        ? [
            `${note.rowId} ${note.lemma} ${note.variants.map((v) => `${v.sigla.map((x) => `${x.sigil} ${x.outlet}`).join(' ')} ${v.text}`).join(' ')}`,
          ]
        : []),
    ].join(' '),
    markup: note ? NOTE_MARKUP + SIGLUM_MARKUP * note.variants.reduce((n, v) => n + v.sigla.length, 0) : 0,
  }));
  const siglaText = sigla.map((x) => `${x.sigil} ${x.outlet} ${x.href}`).join('\n');
  const fixed = (k: number) => ({
    text: `${baseRepost.outlet} ${site.baseReason}${k === 0 ? `\n${siglaText}` : ''}`,
    markup: APPARATUS_CHROME + (k === 0 ? SIGLUM_MARKUP * sigla.length : 0),
  });
  const ranges = splitIntoParts(pieces.length, fitsBudget(weights, fixed));
  const parts = ranges.map((p, k) => {
    const held = pieces.slice(p.start, p.end);
    const partBlocks: ApparatusBlock[] = [];
    held.forEach((x, i) => {
      if (i === 0 || held[i - 1]!.b !== x.b) partBlocks.push({ kind: shown[x.b]!.kind, pieces: [] });
      partBlocks.at(-1)!.pieces.push(x.piece);
    });
    const ids = held.flatMap((x) => (x.piece.id ? [x.piece.id] : []));
    return {
      n: k + 1,
      href: href(apparatusPath(k + 1)),
      first: ids[0] ?? '',
      last: ids.at(-1) ?? '',
      estimate: partWeight(weights, p, fixed(k)),
      blocks: partBlocks,
      notes: held.flatMap((x) => (x.note ? [x.note] : [])),
    };
  });
  return { base: { ...siglum(baseRepost, href), reason: site.baseReason }, sigla, blocks: shown, notes, parts };
}

/** For each block of a repost, the synopsis row holding its first sentence (for the reader page's links). */
export function synopsisRowOfBlocks(site: SiteSynopsis, repost: Repost): Map<string, string> {
  const w = site.reposts.findIndex((r) => r.id === repost.id);
  const rows = new Map<string, string>();
  for (const row of site.synopsis.rows) for (const block of row.blocks[w] ?? []) if (!rows.has(block)) rows.set(block, row.id);
  return rows;
}

/** Where the synopsis pages are, for links. */
export const SYNOPSIS_PAGES = { table: synopsisPath(), apparatus: apparatusPath() };

const tableCache = new WeakMap<SiteSynopsis, Map<string, SynopsisTableModel>>();

/** The synopsis table of a site, made once per base path: the reader pages and the apparatus link into its parts. */
export function synopsisTableOf(site: SiteSynopsis, href: (path: string) => string): SynopsisTableModel {
  const byBase = tableCache.get(site) ?? tableCache.set(site, new Map()).get(site)!;
  const key = href('/');
  return byBase.get(key) ?? byBase.set(key, synopsisTableModel(site, href)).get(key)!;
}

/** A link to a row of the synopsis table, on the part that holds it. */
export function synopsisRowHref(table: SynopsisTableModel, href: (path: string) => string, rowId: string): string {
  return `${href(synopsisPath(table.partOf[rowId] ?? 1))}#${rowId}`;
}

function columnOrder(synopsis: Synopsis): number[] {
  return [synopsis.base, ...synopsis.witnesses.keys()].filter((w, i) => i === 0 || w !== synopsis.base);
}

function siglum(repost: Repost, href: (path: string) => string): SiglumView {
  return { sigil: repost.sigil, outlet: repost.outlet, href: href(readerPath(repost.id)), ...langOf(repost) };
}

/** `{ lang }` for a repost's own words, or nothing when its language is undetermined. */
function langOf(repost: Repost): { lang?: string } {
  const lang = textLang(repost.language);
  return lang ? { lang } : {};
}
