/**
 * The scripts written without spaces between words, as bodies of regex character classes (with the `u` flag). The one
 * home every caller that asks whether a space parts words reads.
 */

/** Chinese and Japanese: a character or a run of kana is a word, with no space around it. */
export const CJK_SCRIPTS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
/** Thai, Lao, Khmer and Burmese: a space there parts phrases or sentences, as a comma would. */
export const PHRASE_SPACED_SCRIPTS = String.raw`\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}`;
/** Every script whose words no space parts. */
export const UNSPACED_SCRIPTS = `${CJK_SCRIPTS}${PHRASE_SPACED_SCRIPTS}`;
