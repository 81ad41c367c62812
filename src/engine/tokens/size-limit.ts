/**
 * The engine keeps every token of both witnesses in memory, so its memory grows linearly with the
 * input: a New Testament pair (about 1 M characters a side) peaks near 370 MB resident, about
 * 270 MB of it the collation. Above this many characters in one witness — four New Testaments,
 * about 1.2 GB at peak by that rate — it refuses with a `CollationSizeError` instead of running
 * out of heap (a V8 abort, which no caller can catch).
 */
export const MAX_WITNESS_CHARACTERS = 4_000_000;

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

  constructor(witness: string, characters: number, limit: number) {
    const problem = `too long to collate (${characters.toLocaleString('en')} characters; the limit is ${limit.toLocaleString('en')})`;
    super(`${witness}: ${problem}`);
    this.problem = problem;
    this.name = 'CollationSizeError';
    this.witness = witness;
    this.characters = characters;
    this.limit = limit;
  }
}
