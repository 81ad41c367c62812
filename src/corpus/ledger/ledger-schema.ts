import { z } from 'zod';
import { CATEGORY_KEYS, LINE_ROLES, METADATA_FIELDS } from './taxonomy.ts';

/** An inclusive range of 1-based capture lines, `[first, last]`. */
const lineRange = z
  .tuple([z.number().int().positive(), z.number().int().positive()])
  .refine(([first, last]) => first <= last, { message: 'a range must not end before it starts' });

/**
 * One block of a ledger: a run of capture lines with one role. Blank lines inside a block are
 * its separators and count as blank.
 */
export const ledgerBlockSchema = z.discriminatedUnion('role', [
  z.strictObject({
    /** The lines this block covers. */
    lines: lineRange,
    /** Essay text: each non-blank line is one paragraph or heading of the Markdown copy. */
    role: z.literal('body'),
  }),
  z.strictObject({
    lines: lineRange,
    /** A line lifted into frontmatter. */
    role: z.literal('metadata'),
    /**
     * Which frontmatter field the line supplies, or the fields when one line gives several
     * ("Posted on 17 June 2025 by Haotian": date and author); each value must occur in the line.
     */
    field: z.union([
      z.enum(METADATA_FIELDS),
      z
        .array(z.enum(METADATA_FIELDS))
        .min(2)
        .refine((fields) => new Set(fields).size === fields.length, { message: 'a line gives each field once' }),
    ]),
  }),
  z.strictObject({
    lines: lineRange,
    /** Text the site wrapped around the essay, stripped from the reading copy. */
    role: z.literal('boilerplate'),
    /** The kind of boilerplate, from the taxonomy. */
    category: z.enum(CATEGORY_KEYS),
    /** A short human description of the block, shown in the boilerplate panel. */
    note: z
      .string()
      .refine((note) => note.trim().length > 0, { message: 'a note says in a few words what the block is; it must not be empty' }),
  }),
  z.strictObject({
    lines: lineRange,
    /** Lines that hold only white space. */
    role: z.literal('blank'),
  }),
]);

/** A repost's ledger file: blocks that together cover every line of its capture exactly once. */
export const ledgerSchema = z.strictObject({
  /**
   * The SHA-256 (hex) of the capture's bytes. A repost folder must have it (`loadRepost` checks):
   * any byte changed in a capture, boilerplate included, then fails the build instead of passing
   * unnoticed. Optional here only so that a ledger proposal can be checked before its capture is.
   */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'the SHA-256 of capture.txt is 64 lower-case hex digits')
    .optional(),
  /** The blocks, in any order (they are checked for gaps and overlaps, not sorted by hand). */
  blocks: z.array(ledgerBlockSchema).min(1),
});

/** A ledger block as parsed. */
export type LedgerBlock = z.output<typeof ledgerBlockSchema>;
/** A ledger as parsed. */
export type Ledger = z.output<typeof ledgerSchema>;

/** What the ledger says about one capture line: one per line, in order. */
export const accountedLineSchema = z.strictObject({
  /** 1-based line number in the capture. */
  line: z.number().int().positive(),
  /** The line's text exactly as captured, without its line ending. */
  text: z.string(),
  /** What the line is; blank lines inside any block are `blank`. */
  role: z.enum(LINE_ROLES),
  /** For boilerplate: its category. */
  category: z.enum(CATEGORY_KEYS).optional(),
  /** For metadata: the frontmatter fields it supplies (one, or several on a line like "By Haotian · June 17, 2025"). */
  fields: z.array(z.enum(METADATA_FIELDS)).optional(),
  /** Index into `ledger.blocks` of the block that accounts for this line. */
  block: z.number().int().nonnegative(),
});

/** One accounted capture line. */
export type AccountedLine = z.output<typeof accountedLineSchema>;
