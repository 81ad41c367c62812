/**
 * The engine keeps every token of both witnesses in memory, so its memory grows linearly with the
 * input: a New Testament pair (about 1 M characters a side) peaks near 370 MB resident, about
 * 270 MB of it the collation. Above this many characters in one witness — four New Testaments,
 * about 1.2 GB at peak by that rate — it refuses with a `CollationSizeError` instead of running
 * out of heap (a V8 abort, which no caller can catch).
 */
export const MAX_WITNESS_CHARACTERS = 4_000_000;

/**
 * Memory grows with sentences too (each holds its tokens, terms and a row of the alignment's band: about 2.7 KB),
 * so four million characters of one-word sentences ("A! A! …", 1.3 M of them) took 5 GB. Ordinary prose runs near
 * a hundred characters a sentence (the New Testament pair: 9,400 sentences a side), dialogue near twenty: this
 * many sentences, some 0.6 GB by that rate, is four million characters of dialogue.
 */
export const MAX_WITNESS_SENTENCES = 200_000;

/** A witness too long to collate: says which, how long, and the limit, in one line. */
export class CollationSizeError extends Error {
  /** The witness's id (a repost id or a file name). */
  readonly witness: string;
  /** Its length in characters. */
  readonly characters: number;
  /** The limit it exceeds. */
  readonly limit: number;
  /** The problem without the witness, for a caller that names the file itself. */
  readonly problem: string;

  /** What `characters` and `limit` count: characters, or sentences (the count then stops one past the limit). */
  readonly unit: 'characters' | 'sentences';

  constructor(witness: string, characters: number, limit: number, unit: 'characters' | 'sentences' = 'characters') {
    const count = unit === 'characters' ? characters.toLocaleString('en') : `over ${limit.toLocaleString('en')}`;
    const problem = `too long to collate (${count} ${unit}; the limit is ${limit.toLocaleString('en')})`;
    super(`${witness}: ${problem}`);
    this.problem = problem;
    this.name = 'CollationSizeError';
    this.witness = witness;
    this.characters = characters;
    this.limit = limit;
    this.unit = unit;
  }
}
