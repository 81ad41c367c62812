import type { Repost } from '../../corpus/repost/repost-schema.ts';

/** One known repost's essay: its headings and paragraphs in order, in its language. */
export interface KnownEssay {
  /** BCP 47 tag of the repost's text. */
  language: string;
  /** Headings and paragraphs, one entry each. */
  paragraphs: readonly string[];
}

/**
 * What the reposts already in `content/` say about the essay: its paragraphs and its titles, in
 * whatever languages they were published. Detection scores a new capture's lines against them.
 */
export interface Evidence {
  /** The essay as each known repost prints it. */
  essays: readonly KnownEssay[];
  /** The titles the known reposts gave the essay. */
  titles: readonly string[];
  /** The author's name as the known reposts give it ("Haotian"). */
  authors: readonly string[];
}

/** No reposts yet: detection falls back on the shape of the text alone. */
export const NO_EVIDENCE: Evidence = { essays: [], titles: [], authors: [] };

/** The evidence of some checked reposts (all of them but the one being replaced, usually). */
export function evidenceOf(reposts: readonly Repost[]): Evidence {
  return {
    essays: reposts.map((r) => ({ language: r.language, paragraphs: r.blocks.map((b) => b.text) })),
    titles: reposts.flatMap((r) => (r.title === undefined ? [] : [r.title])),
    authors: [...new Set(reposts.flatMap((r) => (r.author === undefined ? [] : [r.author])))],
  };
}

/** Every known paragraph, of every known repost. */
export function knownParagraphs(evidence: Evidence): string[] {
  return evidence.essays.flatMap((e) => e.paragraphs);
}
