import { ROW_KINDS, type Collation, type Row, type WitnessSummary } from '../../engine/analyse/collation.ts';
import { styleText } from 'node:util';
import stringWidth from 'string-width';
import { showControls } from '../../corpus/capture/visible-controls.ts';
import { markedSide, type Mark, type Span } from './marked-side.ts';
import { wrapSpans } from './wrap-spans.ts';

/** How to lay the report out. */
export interface TerminalReportOptions {
  /** Terminal width in columns; below `MIN_WIDTH` the report is laid out at `MIN_WIDTH`. */
  width?: number;
  /**
   * ANSI colour on top of the bracket markers (the markers stay, so colour is never the only
   * signal). The caller decides, from the terminal and NO_COLOR / FORCE_COLOR (see `useColor`).
   */
  color?: boolean;
}

/** Narrower than this, two columns of prose stop being readable. */
export const MIN_WIDTH = 40;
const GUTTER = ' │ ';
type Style = Parameters<typeof styleText>[0];
const STYLE: Record<Mark | 'heading' | 'rule', Style | undefined> = {
  plain: undefined,
  deleted: 'red',
  inserted: 'green',
  heading: 'bold',
  rule: 'dim',
};
type Paint = (style: Style | undefined, text: string) => string;

/**
 * The collation as text for a terminal: a header naming both witnesses, then every row with its
 * id, kind and similarity over A's and B's text side by side, wrapped to the width, words B drops
 * marked `[-…-]` on A's side and words B adds marked `{+…+}` on B's side; then a summary of the
 * figures. Control characters in the texts are shown, never sent (`showControls`): a capture's
 * ESC or right-to-left override must not drive the reader's terminal. Pure: the caller decides
 * the width and whether to colour.
 */
export function terminalReport(collation: Collation, options: TerminalReportOptions = {}): string {
  const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? 100));
  // styleText is told not to look at process.stdout: the caller already decided (`color`).
  const paint: Paint = (style, text) => (options.color && style && text ? styleText(style, text, { validateStream: false }) : text);
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
function rule(title: string, width: number, paint: Paint): string {
  const lines = hanging(`── ${title}`, width - 2, 3);
  const last = lines.pop()!;
  const fill = paint(STYLE.rule, ` ${'─'.repeat(Math.max(0, width - stringWidth(last) - 1))}`);
  return [...lines.map((l) => paint(STYLE.heading, l)), paint(STYLE.heading, last) + fill].join('\n');
}

/** Plain text wrapped to the width, the lines after the first indented by `indent` columns. */
function hanging(text: string, width: number, indent: number): string[] {
  return wrapSpans([{ text: shown(text), mark: 'plain' }], width - indent).map(
    (line, i) => ' '.repeat(i ? indent : 0) + line.map((s) => s.text).join(''),
  );
}

/** Two wrapped columns, line by line, the left one padded so the gutter stays straight. */
function sideBySide(a: readonly Span[], b: readonly Span[], left: number, right: number, paint: Paint): string {
  const la = wrapSpans(a.map(showSpan), left);
  const lb = wrapSpans(b.map(showSpan), right);
  const lines: string[] = [];
  for (let i = 0; i < Math.max(la.length, lb.length, 1); i++) {
    const cellA = la[i] ?? [];
    const cellB = lb[i] ?? [];
    const padding = ' '.repeat(Math.max(0, left - cellA.reduce((n, s) => n + stringWidth(s.text), 0)));
    lines.push(`${render(cellA, paint)}${padding}${GUTTER}${render(cellB, paint)}`.trimEnd());
  }
  return lines.join('\n');
}

function render(spans: readonly Span[], paint: Paint): string {
  return spans.map((s) => paint(STYLE[s.mark], s.text)).join('');
}

function summary({ a, b, stats }: Collation): string[] {
  const kinds = ROW_KINDS.filter((k) => stats.kinds[k] > 0).map((k) => `${stats.kinds[k]} ${k}`);
  return [
    `Rows: ${stats.rows} (${stats.changes} not identical)${kinds.length ? `: ${kinds.join(', ')}` : ''}`,
    `Words in common: ${(stats.similarity * 100).toFixed(1)}%`,
    `Sentences paired: ${a.sigil} ${stats.pairedSentences.a} of ${a.sentences}, ${b.sigil} ${stats.pairedSentences.b} of ${b.sentences}`,
  ];
}

/** Text as the terminal may print it: controls and direction overrides made visible. */
function shown(text: string): string {
  return showControls(text, { terminal: true });
}

function showSpan(span: Span): Span {
  return { ...span, text: shown(span.text) };
}
