import { ROW_KINDS, type Collation, type Row, type WitnessSummary } from '../../engine/analyse/collation.ts';
import { displayWidth } from './display-width.ts';
import { markedSide, type Mark, type Span } from './marked-side.ts';
import { wrapSpans } from './wrap-spans.ts';

/** How to lay the report out. */
export interface TerminalReportOptions {
  /** Terminal width in columns; below `MIN_WIDTH` the report is laid out at `MIN_WIDTH`. */
  width?: number;
  /** ANSI colour on top of the bracket markers (the markers stay, so colour is never the only signal). */
  color?: boolean;
}

/** Narrower than this, two columns of prose stop being readable. */
export const MIN_WIDTH = 40;
const GUTTER = ' │ ';
const SGR: Record<Mark | 'heading' | 'rule', string> = { plain: '', deleted: '31', inserted: '32', heading: '1', rule: '2' };

/**
 * The collation as text for a terminal: a header naming both witnesses, then every row with its
 * id, kind and similarity over A's and B's text side by side, wrapped to the width, words B drops
 * marked `[-…-]` on A's side and words B adds marked `{+…+}` on B's side; then a summary of the
 * figures. Pure: the caller decides the width and whether to colour.
 */
export function terminalReport(collation: Collation, options: TerminalReportOptions = {}): string {
  const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? 100));
  const paint = (code: string, text: string) => (options.color && code && text ? `\x1b[${code}m${text}\x1b[0m` : text);
  const left = Math.floor((width - GUTTER.length) / 2);
  const right = width - GUTTER.length - left;
  const { a, b } = collation;

  const out: string[] = [...hanging(witnessLine(a), width, 4), ...hanging(witnessLine(b), width, 4), ''];
  out.push(
    sideBySide(
      [{ text: `${a.sigil}  ${a.label}`, mark: 'plain' }],
      [{ text: `${b.sigil}  ${b.label}`, mark: 'plain' }],
      left,
      right,
      paint,
    ),
  );
  for (const row of collation.rows) {
    out.push(rule(rowHeading(row, collation), width, paint));
    out.push(sideBySide(markedSide(row, 'a'), markedSide(row, 'b'), left, right, paint));
  }
  out.push(rule('Summary', width, paint), ...summary(collation).flatMap((line) => hanging(line, width, 2)), '');
  return out.join('\n');
}

function witnessLine(w: WitnessSummary): string {
  const named = w.label.endsWith(w.id) ? w.label : `${w.label} (${w.id})`;
  return `${w.sigil} = ${named}: ${w.sentences} sentences, ${w.words} words`;
}

function rowHeading(row: Row, collation: Collation): string {
  const sentences = [row.aSentences.join(' '), row.bSentences.join(' ')].filter(Boolean).join(' → ');
  const heading = `${row.id} · ${row.kind} · similarity ${row.similarity.toFixed(2)} · ${sentences}`;
  if (row.bOriginAfter === undefined) return heading;
  const origin = row.bOriginAfter ? `after row ${row.bOriginAfter}` : 'at the start';
  return `${heading} · ${collation.b.sigil} has it ${origin}`;
}

/** A heading line, `── title ───…` to the full width; a title too long for one line wraps under itself. */
function rule(title: string, width: number, paint: (code: string, text: string) => string): string {
  const lines = hanging(`── ${title}`, width - 2, 3);
  const last = lines.pop()!;
  const fill = paint(SGR.rule, ` ${'─'.repeat(Math.max(0, width - displayWidth(last) - 1))}`);
  return [...lines.map((l) => paint(SGR.heading, l)), paint(SGR.heading, last) + fill].join('\n');
}

/** Plain text wrapped to the width, the lines after the first indented by `indent` columns. */
function hanging(text: string, width: number, indent: number): string[] {
  return wrapSpans([{ text, mark: 'plain' }], width - indent).map(
    (line, i) => ' '.repeat(i ? indent : 0) + line.map((s) => s.text).join(''),
  );
}

/** Two wrapped columns, line by line, the left one padded so the gutter stays straight. */
function sideBySide(
  a: readonly Span[],
  b: readonly Span[],
  left: number,
  right: number,
  paint: (code: string, text: string) => string,
): string {
  const la = wrapSpans(a, left);
  const lb = wrapSpans(b, right);
  const lines: string[] = [];
  for (let i = 0; i < Math.max(la.length, lb.length, 1); i++) {
    const cellA = la[i] ?? [];
    const cellB = lb[i] ?? [];
    const padding = ' '.repeat(Math.max(0, left - cellA.reduce((n, s) => n + displayWidth(s.text), 0)));
    lines.push(`${render(cellA, paint)}${padding}${GUTTER}${render(cellB, paint)}`.trimEnd());
  }
  return lines.join('\n');
}

function render(spans: readonly Span[], paint: (code: string, text: string) => string): string {
  return spans.map((s) => paint(SGR[s.mark], s.text)).join('');
}

function summary({ a, b, stats }: Collation): string[] {
  const kinds = ROW_KINDS.filter((k) => stats.kinds[k] > 0).map((k) => `${stats.kinds[k]} ${k}`);
  return [
    `Rows: ${stats.rows} (${stats.changes} not identical)${kinds.length ? `: ${kinds.join(', ')}` : ''}`,
    `Words in common: ${(stats.similarity * 100).toFixed(1)}%`,
    `Sentences paired: ${a.sigil} ${stats.pairedSentences.a} of ${a.sentences}, ${b.sigil} ${stats.pairedSentences.b} of ${b.sentences}`,
  ];
}
