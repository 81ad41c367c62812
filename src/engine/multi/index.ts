/** Multi-witness collation: one table for any number of witnesses, and pairwise views read off it. */
export { type CollateManyOptions, collateMany } from './collate-many.ts';
export { collationFromSynopsis, groupsOf, pairsOf } from './project.ts';
export { type Reading, SYNOPSIS_VERSION, type Synopsis, type SynopsisRow, synopsisSchema } from './synopsis.ts';
