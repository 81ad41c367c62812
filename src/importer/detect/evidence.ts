import type { Repost } from '../../corpus/repost/repost-schema.ts';

/**
 * What the reposts already in `content/` say about the essay: its paragraphs and its titles, in
 * whatever languages they were published. Detection scores a new capture's lines against them.
 */
export interface Evidence {
  /** The essay's headings and paragraphs, one entry each, from every known repost. */
  paragraphs: readonly string[];
  /** The titles the known reposts gave the essay. */
  titles: readonly string[];
}

/** No reposts yet: detection falls back on the shape of the text alone. */
export const NO_EVIDENCE: Evidence = { paragraphs: [], titles: [] };

/** The evidence of some checked reposts (all of them but the one being replaced, usually). */
export function evidenceOf(reposts: readonly Repost[]): Evidence {
  return {
    paragraphs: reposts.flatMap((r) => r.blocks.map((b) => b.text)),
    titles: reposts.flatMap((r) => (r.title === undefined ? [] : [r.title])),
  };
}
