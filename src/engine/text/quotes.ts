/**
 * Quotation marks, as bodies of regex character classes (with the `u` flag): the one home of every caller that asks
 * whether a phrase stands quoted or a sentence ends inside a quotation.
 *
 * A quotation opens on an initial mark (`“`, `‘`, `«`), a low one (German `„`, `‚`), a corner bracket (`「`, `『`) or a
 * straight mark, and closes on a final mark (`”`, `’`, `»`), a corner bracket or a straight mark. German „…“ and Danish
 * »…« close on what elsewhere opens, so a mark that may close a quotation in some language's style (`ANY_CLOSING_QUOTES`)
 * includes the initial marks.
 */
export const OPENING_QUOTES = String.raw`"'\p{Pi}„‚「『`;
export const CLOSING_QUOTES = String.raw`"'\p{Pf}」』`;
export const ANY_CLOSING_QUOTES = String.raw`${CLOSING_QUOTES}\p{Pi}`;
/**
 * What may follow a sentence's final mark and still belong to that sentence: Unicode's `Close` class of sentence breaking
 * (UAX #29, rules SB9 to SB11), every quotation mark and every opening or closing bracket or quote (`.”`, `。」`, `?)`,
 * German `.“`).
 */
export const SENTENCE_CLOSE = String.raw`"'\p{Ps}\p{Pe}\p{Pi}\p{Pf}`;
