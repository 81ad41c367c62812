/**
 * The stops that end a sentence in every script, as the body of a regex character class (`[${STOPS}]`, with the `u`
 * flag): Unicode's sentence terminals, `.`, `?`, `!`, the ideographic `。`, the full-width `？` and `！`, the Arabic `؟`,
 * the Devanagari danda `।`, the Armenian `։`… The one list every caller that asks whether a line or a phrase ends on a
 * sentence's stop reads (`SENTENCE_END` adds the colons, semicolons and ellipses that close a line), so a script's stop
 * counts everywhere or nowhere.
 */
export const STOPS = String.raw`\p{Sentence_Terminal}`;

/**
 * The question marks, as a class body (`[${QUESTION_MARKS}]`): `?`, the full-width `？`, the Arabic `؟`. Each is one of
 * `STOPS`. (Greek asks with a semicolon, which ends no sentence elsewhere, so it is not one; the digest, which asks
 * whether a text holds a question anywhere, adds it and Spanish's opening `¿`.)
 */
export const QUESTION_MARKS = '?？؟';

/**
 * A full stop of any script, as a pattern (not a class body): one of `STOPS` that neither asks nor exclaims ("."
 * "。" "।" "။" "።" "։"). A headline may end on "?" or "!", but a line that ends on a full stop reads as a sentence.
 */
export const FULL_STOP = String.raw`(?![${QUESTION_MARKS}!！])[${STOPS}]`;
