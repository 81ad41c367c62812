import { z } from 'zod';
import { type Collation, type CollationStats, ROW_KINDS, type Row, type RowKind } from './analyse/collation.ts';
import { DIGEST_KINDS } from './analyse/digest.ts';
import { VARIANT_CLASSES } from './analyse/variants.ts';

/**
 * The collation as published JSON (`/compare/<a>-<b>.json`, `npm run collate -- --json`): a zod
 * schema of the `Collation` interface, a version, and the JSON Schema generated from it. The
 * interfaces in `analyse/collation.ts` stay the engine's own types; the check at the end of this
 * file makes `astro check` fail when the two disagree, and a test parses real collations with it.
 */

/**
 * Version of the published collation JSON. Raise it when a field is removed, renamed or changes
 * meaning, so a reader of the JSON can tell which shape it holds; adding a field keeps it.
 */
export const COLLATION_VERSION = 1;

const share = z.number().min(0).max(1);
const count = z.number().int().min(0);

/** A witness as summarised in a collation. */
const witnessSummarySchema = z.strictObject({
  id: z.string().describe('Stable id: a repost id, or a file name.'),
  sigil: z.string().describe('Short siglum used in sentence and row ids, e.g. "G".'),
  label: z.string().describe('Human name, e.g. the outlet.'),
  sentences: count.describe('Number of sentences.'),
  words: count.describe('Number of words.'),
});

/** One row of the alignment. */
const rowSchema = z.strictObject({
  id: z.string().describe('Permalink id: the first sentence id of each side, e.g. `G5-M5`, `G3`, `M17`.'),
  kind: z.enum(ROW_KINDS).describe('What the row says about its two sides.'),
  similarity: share.describe('Share of words in common (Dice over the word diff), 0–1.'),
  a: z.string().describe("Plain text of A's side ('' when absent)."),
  b: z.string().describe("Plain text of B's side ('' when absent)."),
  aSentences: z.array(z.string()).describe("Sentence ids on A's side."),
  bSentences: z.array(z.string()).describe("Sentence ids on B's side."),
  aBlocks: z.array(z.string()).describe("Block (paragraph or heading) ids on A's side, for links to the reader pages."),
  bBlocks: z.array(z.string()).describe("Block ids on B's side."),
  parts: z
    .array(
      z.strictObject({
        op: z.enum(['equal', 'delete', 'insert']),
        a: z.string(),
        b: z.string(),
        variant: z
          .enum(VARIANT_CLASSES)
          .optional()
          .describe('For a changed stretch: formal (case, punctuation, spelling, abbreviation, digits), wording, or substance.'),
      }),
    )
    .describe('The word diff; empty for one-sided rows.'),
  bOriginAfter: z
    .string()
    .optional()
    .describe("For moved rows: the id of the row after which B's sentence stands in B's own order ('' at the start)."),
});

/** Figures for the whole comparison. */
const statsSchema = z.strictObject({
  similarity: share.describe('Share of words in common over both texts (Dice), 0–1.'),
  rows: count,
  kinds: z
    .strictObject(Object.fromEntries(ROW_KINDS.map((kind) => [kind, count])) as Record<RowKind, typeof count>)
    .describe('Rows per kind.'),
  changes: count.describe('Rows that are not identical.'),
  pairedSentences: z.strictObject({ a: count, b: count }).describe('Sentences paired with something on the other side, per side.'),
  variants: z
    .strictObject(Object.fromEntries(VARIANT_CLASSES.map((c) => [c, count])) as Record<(typeof VARIANT_CLASSES)[number], typeof count>)
    .optional()
    .describe('Changed stretches per variant class.'),
});

const digestEntrySchema = z.strictObject({
  kind: z.enum(DIGEST_KINDS).describe('What kind of difference: a name, a number, a sentence, a question made a statement…'),
  text: z.string().describe('The words as that side writes them.'),
  row: z.string().nullable().describe('Id of the row that holds it; null for the author credit.'),
});

/** The collation object `collate` returns. */
export const collationSchema = z.strictObject({
  a: witnessSummarySchema,
  b: witnessSummarySchema,
  stats: statsSchema,
  rows: z.array(rowSchema),
  digest: z
    .strictObject({ a: z.array(digestEntrySchema), b: z.array(digestEntrySchema) })
    .optional()
    .describe('What only A has (`a`) and what only B has (`b`), each entry tied to its row.'),
});

/** The published collation JSON: the collation with the schema it follows and its version. */
export const collationDocumentSchema = z
  .strictObject({
    $schema: z.string().describe('URL of the JSON Schema this document follows.').optional(),
    version: z.literal(COLLATION_VERSION).describe('Version of the collation JSON (see COLLATION_VERSION).'),
    ...collationSchema.shape,
  })
  .describe('The collation of two witnesses of one text: aligned sentence rows, word diffs and figures (Recension).');

/** A published collation JSON document. */
export type CollationDocument = z.output<typeof collationDocumentSchema>;

/** The collation as a document to publish, naming its JSON Schema (an absolute URL) when given. */
export function collationDocument(collation: Collation, schemaUrl?: string): CollationDocument {
  return { ...(schemaUrl ? { $schema: schemaUrl } : {}), version: COLLATION_VERSION, ...collation };
}

/** The JSON Schema (draft 2020-12) of the published collation JSON, generated from the zod schema. */
export function collationJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(collationDocumentSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

// Compile-time check that the schema and the interfaces describe the same object: if a field is
// added to one and not the other, one of these two assignments stops type-checking.
type Same<X, Y> = [X] extends [Y] ? ([Y] extends [X] ? true : false) : false;
const schemaMatchesInterfaces: Same<z.output<typeof collationSchema>, Collation> = true;
const kindsMatch: Same<z.output<typeof rowSchema>['kind'], RowKind> = true;
// Structural assignability forgives an optional field present on one side only: compare the keys too.
const keysMatch: Same<keyof z.output<typeof collationSchema>, keyof Collation> = true;
const rowKeysMatch: Same<keyof z.output<typeof rowSchema>, keyof Row> = true;
const statsKeysMatch: Same<keyof z.output<typeof statsSchema>, keyof CollationStats> = true;
const partKeysMatch: Same<keyof z.output<typeof rowSchema>['parts'][number], keyof Row['parts'][number]> = true;
void keysMatch;
void rowKeysMatch;
void statsKeysMatch;
void partKeysMatch;
void schemaMatchesInterfaces;
void kindsMatch;
