import { textLang } from './text-lang.ts';
import type { Repost } from '../../corpus/repost/repost-schema.ts';
import type { Synopsis } from '../../engine/multi/synopsis.ts';
import { apparatusPath, readerPath, synopsisPath } from '../paths.ts';
import { type SiteSynopsis, sentencesOf } from './synopsis-of.ts';

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
  return {
    columns,
    rows,
    figures: [
      { term: 'Copies', value: String(reposts.length) },
      { term: 'Rows', value: `${rows.length}, ${agree} where every copy has the same words` },
      { term: 'Base text', value: `${reposts[synopsis.base]!.outlet} (${reposts[synopsis.base]!.sigil}): ${site.baseReason}` },
    ],
  };
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

/** The apparatus view: the base read continuously, and the notes. */
export interface ApparatusModel {
  base: SiglumView & { reason: string };
  sigla: SiglumView[];
  blocks: { kind: 'heading' | 'paragraph'; pieces: ApparatusPiece[] }[];
  notes: ApparatusNote[];
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
  return {
    base: { ...siglum(baseRepost, href), reason: site.baseReason },
    sigla: reposts.map((r) => siglum(r, href)),
    blocks: blocks.map(({ kind, pieces }) => ({ kind, pieces })),
    notes,
  };
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
