import type { Row } from './collation.ts';
import type { VariantClass } from './variants.ts';

/**
 * A stretch of one side of a row: words both sides share (`own: false`), or words only this side
 * has (`own: true`, with how much the change matters). The one way every view — the compare page,
 * the inline reading, the terminal report — reads a side as marked stretches.
 */
export interface Stretch {
  text: string;
  own: boolean;
  variant?: VariantClass;
}

/** A changed stretch, its white space kept outside the mark so a mark hugs its words. */
export function ownStretch(text: string, variant?: VariantClass): Stretch[] {
  const [, before = '', core = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  return [
    ...(before ? [{ text: before, own: false }] : []),
    ...(core ? [{ text: core, own: true, ...(variant ? { variant } : {}) }] : []),
    ...(after ? [{ text: after, own: false }] : []),
  ];
}

/**
 * One side of a row as stretches, in that side's own surface (its quotes, its case). A one-sided
 * row has no diff: its text is one unmarked stretch, since the row's kind already says it all.
 */
export function sideStretches(row: Row, side: 'a' | 'b'): Stretch[] {
  if (row.parts.length === 0) return row[side] ? [{ text: row[side], own: false }] : [];
  const own = side === 'a' ? 'delete' : 'insert';
  return row.parts.flatMap((p): Stretch[] =>
    p.op === 'equal' ? [{ text: p[side], own: false }] : p.op === own ? ownStretch(p[side], p.variant) : [],
  );
}
