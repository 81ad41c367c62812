import type { Ledger, LedgerBlock } from '../corpus/ledger/ledger-schema.ts';
import type { DetectedLine } from './detect/detect-lines.ts';

/** Longest note: the reasons of a merged block, joined, are cut here. */
const MAX_NOTE_CHARS = 200;

/**
 * Turns line verdicts into a ledger: consecutive lines with the same role (and category or field)
 * become one block, and blank lines between two lines of one block stay inside it, as the shipped
 * ledgers do for the paragraphs of an essay. Other blank lines form `blank` blocks. A boilerplate
 * block's note lists the distinct reasons of its lines.
 */
export function toLedger(lines: readonly DetectedLine[]): Ledger {
  const blocks: LedgerBlock[] = [];
  let open: { key: string; first: number; last: number; line: DetectedLine; reasons: string[] } | undefined;
  let pendingBlank: [number, number] | undefined;

  const close = () => {
    if (open) blocks.push(block(open.line, open.first, open.last, open.reasons));
    open = undefined;
  };
  const flushBlank = () => {
    if (pendingBlank) blocks.push({ lines: pendingBlank, role: 'blank' });
    pendingBlank = undefined;
  };

  for (const line of lines) {
    if (line.role === 'blank') {
      pendingBlank = pendingBlank ? [pendingBlank[0], line.line] : [line.line, line.line];
      continue;
    }
    const key = `${line.role}/${line.category ?? ''}/${line.fields?.join('+') ?? ''}`;
    if (open && open.key === key) {
      // The blank lines since the last line of this block become its separators.
      pendingBlank = undefined;
      open.last = line.line;
      if (!open.reasons.includes(line.reason)) open.reasons.push(line.reason);
      continue;
    }
    close();
    flushBlank();
    open = { key, first: line.line, last: line.line, line, reasons: [line.reason] };
  }
  close();
  flushBlank();
  return { blocks };
}

function block(line: DetectedLine, first: number, last: number, reasons: readonly string[]): LedgerBlock {
  const lines: [number, number] = [first, last];
  if (line.role === 'metadata') return { lines, role: 'metadata', field: line.fields!.length > 1 ? line.fields! : line.fields![0]! };
  if (line.role === 'boilerplate') return { lines, role: 'boilerplate', category: line.category!, note: note(reasons) };
  return { lines, role: line.role };
}

/** The reasons as one sentence-cased note, short enough for the boilerplate panel. */
function note(reasons: readonly string[]): string {
  const text = reasons.join('; ');
  const cut = text.length > MAX_NOTE_CHARS ? `${text.slice(0, MAX_NOTE_CHARS - 1).trimEnd()}…` : text;
  return cut.charAt(0).toUpperCase() + cut.slice(1) + (cut.endsWith('…') ? '' : '.');
}
