import type { Synopsis, SynopsisRow } from '../../engine/multi/synopsis.ts';
import stringWidth from 'string-width';
import { showControls } from '../../corpus/capture/visible-controls.ts';
import { wrapSpans } from './wrap-spans.ts';

/** How to lay the synopsis out. */
export interface SynopsisReportOptions {
  /** Terminal width in columns (at least 40 is used). */
  width?: number;
  /** ANSI bold for row headings (the layout never depends on it). */
  color?: boolean;
}

/**
 * The synopsis as text for a terminal: one line per witness, then every row with its id and, for
 * each distinct reading, the sigla that have it and its text wrapped under itself. Witnesses with
 * nothing in a row are listed as "(nothing)". k columns side by side would leave a few letters per
 * column at 80 columns; readings grouped by sigla stay readable with any number of witnesses.
 */
export function synopsisReport(synopsis: Synopsis, options: SynopsisReportOptions = {}): string {
  const width = Math.max(40, Math.floor(options.width ?? 100));
  const bold = (text: string) => (options.color ? `\x1b[1m${text}\x1b[0m` : text);
  const sigla = synopsis.witnesses.map((w) => w.sigil);
  const out: string[] = synopsis.witnesses.map(
    (w, i) => `${w.sigil} = ${w.label}: ${w.sentences} sentences, ${w.words} words${i === synopsis.base ? ' (base)' : ''}`,
  );
  const agreeing = synopsis.rows.filter((r) => r.readings.length === 1).length;
  out.push(`${synopsis.rows.length} rows, ${agreeing} where every witness reads the same`, '');
  // One indent for the whole report, so every text column starts at the same place.
  const widest = Math.max(0, ...synopsis.rows.flatMap((r) => r.readings.map((g) => stringWidth(siglaOf(g.witnesses, sigla)))));
  const indent = Math.min(widest + 2, Math.floor(width / 3));
  for (const row of synopsis.rows) {
    out.push(bold(heading(row, sigla)));
    for (const reading of row.readings) {
      const who = siglaOf(reading.witnesses, sigla);
      const lines = wrapSpans([{ text: showControls(reading.text, { terminal: true }) || '(nothing)', mark: 'plain' }], width - indent).map(
        (l) => l.map((s) => s.text).join(''),
      );
      const label = stringWidth(who) + 2 <= indent ? who.padEnd(indent) : `${who}\n${' '.repeat(indent)}`;
      out.push(...lines.map((line, i) => (i === 0 ? label : ' '.repeat(indent)) + line));
    }
    out.push('');
  }
  return out.join('\n');
}

function siglaOf(witnesses: readonly number[], sigla: readonly string[]): string {
  return witnesses.map((w) => sigla[w]).join(' ');
}

function heading(row: SynopsisRow, sigla: readonly string[]): string {
  const agreement = row.readings.length === 1 ? 'all agree' : `${row.readings.length} readings`;
  const moved = Object.entries(row.moved ?? {}).map(([w, to]) => `${sigla[Number(w)]} has it moved from row ${to}`);
  const spans = Object.entries(row.spans ?? {}).map(([w, n]) => `${sigla[Number(w)]}'s sentence covers ${n} rows`);
  return ['──', row.id, '·', agreement, ...[...spans, ...moved].map((m) => `· ${m}`)].join(' ');
}
