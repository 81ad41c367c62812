import { BOILERPLATE_CATEGORIES, type BoilerplateCategory, type MetadataField } from '../../corpus/ledger/taxonomy.ts';
import type { Repost } from '../../corpus/repost/repost-schema.ts';

/** One stripped block, verbatim. */
export interface StrippedBlock {
  category: BoilerplateCategory;
  label: string;
  /** "line 7" or "lines 33–37". */
  where: string;
  /** First capture line, for a link into the annotated capture. */
  firstLine: number;
  note: string;
  /** The block's non-blank lines, exactly as captured. */
  lines: string[];
}

/** A capture line lifted into frontmatter. */
export interface LiftedLine {
  field: MetadataField;
  line: number;
  text: string;
  value: string;
}

/** What the boilerplate panel of a repost shows. */
export interface BoilerplateModel {
  blocks: StrippedBlock[];
  metadata: LiftedLine[];
  /** Counts by role, for a one-line summary. */
  counts: { lines: number; body: number; metadata: number; boilerplate: number; blank: number };
}

/** Builds the boilerplate panel from a repost's ledger, in capture order. */
export function boilerplateModel(repost: Repost): BoilerplateModel {
  const blocks = repost.ledger.blocks
    .flatMap((block) => (block.role === 'boilerplate' ? [block] : []))
    .sort((x, y) => x.lines[0] - y.lines[0])
    .map((block) => {
      const [first, last] = block.lines;
      return {
        category: block.category,
        label: BOILERPLATE_CATEGORIES[block.category].label,
        where: first === last ? `line ${first}` : `lines ${first}–${last}`,
        firstLine: first,
        note: block.note,
        lines: repost.lines
          .slice(first - 1, last)
          .filter((l) => l.role !== 'blank')
          .map((l) => l.text),
      };
    });
  const metadata = repost.lines.flatMap((l) =>
    l.role === 'metadata' ? (l.fields ?? []).map((field) => ({ field, line: l.line, text: l.text, value: repost[field] ?? '' })) : [],
  );
  const count = (role: string) => repost.lines.filter((l) => l.role === role).length;
  return {
    blocks,
    metadata,
    counts: {
      lines: repost.lines.length,
      body: count('body'),
      metadata: count('metadata'),
      boilerplate: count('boilerplate'),
      blank: count('blank'),
    },
  };
}
