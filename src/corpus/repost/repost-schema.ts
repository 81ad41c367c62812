import { z } from 'zod';
import { accountedLineSchema, ledgerSchema } from '../ledger/ledger-schema.ts';

/**
 * The frontmatter of a repost's `essay.md`. Title, author and date are optional because a capture
 * may not give them, and nothing is invented: each one present must occur in a capture line the
 * ledger marks as that metadata field.
 */
export const frontmatterSchema = z.strictObject({
  /** The title as the repost gives it. */
  title: z.string().trim().min(1).optional(),
  /** The author as the repost names them. */
  author: z.string().trim().min(1).optional(),
  /** The date exactly as the capture writes it (not reformatted). */
  date: z.string().trim().min(1).optional(),
  /** The site the repost appeared on, e.g. "MEXC News". */
  outlet: z.string().trim().min(1),
  /** A short siglum for the comparison view: one to three capital letters or digits. */
  sigil: z.string().regex(/^[A-Z][A-Z0-9]{0,2}$/, 'a sigil is one to three capital letters or digits, starting with a letter'),
  /** BCP 47 language tag of the text, e.g. "en", "zh-Hans"; detected from the text when absent. */
  language: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'a language is a BCP 47 tag such as en or zh-Hans')
    .optional(),
});

/** Parsed frontmatter. */
export type Frontmatter = z.output<typeof frontmatterSchema>;

/** The essay itself, as opposed to any one repost of it (`content/essay.json`). */
export const essaySchema = z.strictObject({
  /** The essay's original title. */
  title: z.string().min(1),
  /** Its author. */
  author: z.string().min(1),
  /** Its original date, ISO 8601 (YYYY-MM-DD). */
  date: z.iso.date(),
});

/** Parsed essay record. */
export type Essay = z.output<typeof essaySchema>;

/** A repost folder name: it becomes a URL segment; short enough for any file system (255 bytes) and a readable URL. */
export const repostIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a repost folder name is lower-case letters, digits and hyphens')
  .max(64, 'a repost folder name is at most 64 characters');

/** A heading or paragraph of a repost's essay, with its stable id. */
export const repostBlockSchema = z.strictObject({
  /** Stable anchor id (see `blockIds`). */
  id: z.string().min(1),
  /** `heading` or `paragraph`. */
  kind: z.enum(['heading', 'paragraph']),
  /** Heading level, for headings. */
  depth: z.number().int().min(2).max(6).optional(),
  /** Plain text, identical to the capture line (trimmed). */
  text: z.string().min(1),
  /** The capture line it comes from. */
  captureLine: z.number().int().positive(),
});

/** A checked repost: everything the pages, the engine and the CLIs need, JSON-serialisable. */
export const repostSchema = frontmatterSchema.extend({
  /** The folder name; also the URL segment. */
  id: repostIdSchema,
  /** Paths of the three files relative to the project root, for messages. */
  files: z.strictObject({ capture: z.string(), essay: z.string(), ledger: z.string() }),
  /** The capture as text (BOM dropped), for the annotated view. */
  capture: z.string(),
  /** The ledger as written. */
  ledger: ledgerSchema,
  /** The ledger's account of every capture line. */
  lines: z.array(accountedLineSchema),
  /** The Markdown body, frontmatter removed. */
  markdown: z.string(),
  /** Headings and paragraphs in order. */
  blocks: z.array(repostBlockSchema),
  /** Words in the essay body. */
  wordCount: z.number().int().nonnegative(),
  /** BCP 47 tag of the text: the frontmatter's `language`, else detected from the text (`und` when undetermined). */
  language: z.string().min(2),
  /** Whole minutes to read the body, at least 1. */
  readingMinutes: z.number().int().positive(),
});

/** A heading or paragraph with its id. */
export type RepostBlock = z.output<typeof repostBlockSchema>;
/** A checked repost. */
export type Repost = z.output<typeof repostSchema>;
