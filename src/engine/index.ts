/**
 * The collation engine as a library: the one module other code imports, in this repository
 * (`src/engine/index.ts`) and outside it (`import { collate } from 'recension/engine'`, see the
 * README). A flat list of re-exports, so each name keeps its JSDoc where it is defined.
 *
 * ```js
 * import { collate } from 'recension/engine';
 * const witness = (id, sigil, text) => ({ id, sigil, label: id, blocks: [{ id: 'p1', text }] });
 * const collation = collate(witness('a', 'A', 'One. Two.'), witness('b', 'B', 'One. Three.'));
 * collation.rows.map((row) => row.kind); // ['identical', 'reworded']
 * ```
 *
 * A custom pipeline calls the stages `collate` runs, in order: `tokenize` each witness,
 * `termParts` and `termWeights` over both, `alignSentences`, `pairGaps`, `detectMoves`, then `analyse`.
 *
 * @module
 */

// The whole comparison in one call.
export { collate } from './collate.ts';
export {
  COLLATION_VERSION,
  type CollationDocument,
  collationDocument,
  collationDocumentSchema,
  collationJsonSchema,
  collationSchema,
} from './schema.ts';

// What goes in and what comes out.
export type { Token, TokenTable, Sentence, Witness, WitnessBlock } from './tokens/tokenize.ts';
export type { Collation, CollationStats, Row, RowKind, WitnessSummary } from './analyse/collation.ts';
export { ROW_KIND_LABELS, ROW_KINDS } from './analyse/collation.ts';

// The stages, for custom pipelines.
export { tokenize, tokenizeSentence, witnessProfile } from './tokens/tokenize.ts';
export { type TermBag, bagOf, mergeBags, sharedEvidence, similarity, termWeights } from './align/similarity.ts';
export { type AlignedGroup, type AlignOptions, alignSentences, EXACT_DP_CELLS, MAX_GROUP, MIN_COVERAGE } from './align/align-sentences.ts';
export { type Band, alignmentBand, anchorChain, BAND_RADIUS, mutualBestPairs } from './align/band.ts';
export { GALE_CHURCH_VARIANCE, type LengthModel, lengthModel } from './align/length-model.ts';
export { pairGaps } from './align/pair-gaps.ts';
export { MIN_PART_LENGTH, termParts } from './align/term-parts.ts';
export { detectMoves, MIN_MOVE_SIMILARITY } from './align/detect-moves.ts';
export { analyse } from './analyse/analyse.ts';

// Many witnesses at once: one table from k−1 alignments, and any pair read off it.
export {
  type CollateManyOptions,
  collateMany,
  collationFromSynopsis,
  pairsOf,
  type Reading,
  SYNOPSIS_VERSION,
  type Synopsis,
  type SynopsisRow,
  synopsisSchema,
} from './multi/index.ts';
export { withDigest } from './collate.ts';
export { type Digest, type DigestEntry, type DigestKind, DIGEST_KINDS, digest } from './analyse/digest.ts';
export { type VariantClass, VARIANT_CLASSES, classifyRow } from './analyse/variants.ts';
export { type DiffPart, type WordDiff, diffSimilarity, wordDiff } from './analyse/word-diff.ts';

// The linguistic primitives every stage uses.
export { detectLanguage, LANGUAGES, type LanguageInfo, languageInfo, primaryTag } from './text/language.ts';
export { type LanguageProfile, languageProfile, type ProfileOptions } from './text/profile.ts';
export {
  countWords,
  endsSentence,
  SENTENCE_END,
  SENTENCE_GLUE_ABBREVIATIONS,
  type Segment,
  type Segmenters,
  segmentersFor,
} from './text/segment.ts';
export { type Stemmer, stemmerFor } from './text/stem.ts';
export { type TermsOf, termsFor } from './text/terms.ts';
export { stopwordsFor } from './text/stopwords.ts';
export { normalizeToken } from './text/normalize.ts';
export { foldHanVariants } from './text/han-variants.ts';
