import { normalizeToken } from '../text/normalize.ts';
import { type LanguageProfile, languageProfile } from '../text/profile.ts';
import type { Segment } from '../text/segment.ts';
import { CollationSizeError, MAX_WITNESS_CHARACTERS, MAX_WITNESS_SENTENCES } from './size-limit.ts';

/** A block of a witness: a heading or paragraph with its anchor id. */
export interface WitnessBlock {
  /** Anchor id of the block on its reader page. */
  id: string;
  /** Plain text of the block. */
  text: string;
}

/** One text to collate: a repost, or any file given to the CLI. */
export interface Witness {
  /** Stable id (a repost id, or a file name). */
  id: string;
  /** Short siglum used in row ids, e.g. "G". */
  sigil: string;
  /** Human name, e.g. the outlet. */
  label: string;
  /** Blocks in reading order. */
  blocks: WitnessBlock[];
  /** BCP 47 language tag; detected from the text when absent or `und`. */
  language?: string;
  /** The author as this witness credits them, when it does (for the digest). */
  author?: string | undefined;
}

/** A word, number or punctuation mark, with the white space that follows it. */
export interface Token {
  /** Original text including trailing white space: joining all tokens gives back the sentence. */
  text: string;
  /** Normalised form for comparison (see `normalizeToken`). */
  norm: string;
  /** True for words and numbers, false for punctuation. */
  word: boolean;
}

/** A sentence of a witness, the unit of alignment. */
export interface Sentence {
  /** `<sigil><n>` (see `sentenceId`), n counting sentences from 1 through the whole witness. */
  id: string;
  /** 0-based position in the witness. */
  index: number;
  /** Id of the block it belongs to. */
  block: string;
  /** Its text, without trailing white space. */
  text: string;
  /** Its tokens. */
  tokens: Token[];
  /** Stems of its content words (stopwords left out), for similarity. */
  terms: string[];
}

/** Tokens already made, by their text (see `sharedToken`); one table may serve several witnesses. */
export type TokenTable = Map<string, Token | Token[]>;

/**
 * Stage 1, tokenize: blocks → sentences (Intl.Segmenter) → tokens. Blocks are never merged, so a
 * sentence never spans two paragraphs of its witness. Throws a `CollationSizeError` for a witness
 * longer than `maxCharacters`, or of more than `MAX_WITNESS_SENTENCES` sentences. `shared`, the tokens already made, lets two witnesses of one
 * collation share the tokens they have in common (a token is the same whichever text it is in).
 */
export function tokenize(
  witness: Witness,
  profile: LanguageProfile = witnessProfile(witness),
  maxCharacters: number = MAX_WITNESS_CHARACTERS,
  shared: TokenTable = new Map(),
): Sentence[] {
  checkSize(witness, maxCharacters);
  const sentences: Sentence[] = [];
  // A text repeats its words: one token object (and so one string) for each form spares most of
  // the memory a long witness would hold (see `sharedToken`). Each form is normalised once by
  // `normalizeToken`'s own memo: maps here from a form to its string and to its normalised form
  // were 3 MB of tables that outlived V8's young collections on the New Testament pair.
  for (const block of witness.blocks) {
    const texts: string[] = [];
    for (const segment of profile.segmenters.sentences(block.text)) {
      const text = segment.text.trimEnd();
      if (text.trim()) texts.push(blockSlice(block.text, segment, text.length - text.trimStart().length, text.length));
      // Refused before its words are read: the memory goes to the sentences' tokens and terms.
      if (sentences.length + texts.length > MAX_WITNESS_SENTENCES)
        throw new CollationSizeError(witness.id, sentences.length + texts.length, MAX_WITNESS_SENTENCES, 'sentences');
    }
    // The words of a block's sentences in one call to ICU, each sentence as if alone.
    const words = profile.segmenters.wordsOfEach(texts);
    texts.forEach((text, k) => {
      const tokens = tokensOf(text, words[k]!, shared);
      sentences.push({
        id: sentenceId(witness.sigil, sentences.length + 1),
        index: sentences.length,
        block: block.id,
        text,
        tokens,
        terms: termsOf(tokens, profile),
      });
    });
  }
  return sentences;
}

/**
 * Characters `from` to `to` of `segment`'s text, cut from the block's own text where it stands
 * there: V8 keeps such a cut as a reference into the block (which the witness holds anyway), where
 * ICU's segment is a copy of its own. A long witness keeps every sentence's text to the end of the
 * collation: about a megabyte a side on the New Testament pair.
 */
function blockSlice(block: string, segment: Segment, from: number, to: number): string {
  const there = block.startsWith(segment.text, segment.index);
  return there ? block.slice(segment.index + from, segment.index + to) : segment.text.slice(from, to);
}

/**
 * The id of sentence `n` of the witness with `sigil`: `G5` as before for a sigil ending in a
 * letter; `A1.5` for one ending in a digit, since `A1` + `1` and `A` + `11` would both read `A11`.
 * A sigil is a capital and up to two capitals or digits, so no two (sigil, n) give the same id.
 */
export function sentenceId(sigil: string, n: number): string {
  return /\d$/.test(sigil) ? `${sigil}.${n}` : `${sigil}${n}`;
}

/**
 * Words (not punctuation) in some sentences: the one word count over tokens, used by every figure
 * so that "words" means the same in a row, a summary and a synopsis.
 */
export function wordsIn(sentences: readonly Sentence[]): number {
  // Indexed loops: run once or twice a collation, this is never optimised, and an unoptimised
  // for…of makes an iterator result for every token (17 MB on the New Testament pair).
  let n = 0;
  for (let i = 0; i < sentences.length; i++) {
    const tokens = sentences[i]!.tokens;
    for (let k = 0; k < tokens.length; k++) if (tokens[k]!.word) n++;
  }
  return n;
}

/** True when two runs of tokens are the same words in the same order, case, quotes and dashes aside (their normalised forms). */
export function sameWords(x: readonly Token[], y: readonly Token[]): boolean {
  return x.length === y.length && x.every((t, i) => t.norm === y[i]!.norm);
}

/** The inverse of `sentenceId`: the 1-based number of a sentence id of the witness with `sigil`. */
export function sentenceNumber(sigil: string, id: string): number {
  return Number(id.slice(sigil.length + (/\d$/.test(sigil) ? 1 : 0)));
}

/** Throws a `CollationSizeError` when the witness's text is longer than `max` characters. */
export function checkSize(witness: Witness, max: number = MAX_WITNESS_CHARACTERS): void {
  let characters = 0;
  for (const block of witness.blocks) characters += block.text.length;
  if (characters > max) throw new CollationSizeError(witness.id, characters, max);
}

/** Splits a sentence into tokens, attaching white space to the token before it. */
export function tokenizeSentence(text: string, profile: LanguageProfile = languageProfile('und')): Token[] {
  return tokensOf(text, profile.segmenters.words(text));
}

/**
 * Tokens from the word segments of `text` (see `tokenizeSentence`), each one shared through
 * `shared` when given (see `sharedToken`). A token's text runs from its segment to the next
 * segment that is not white space, cut from `text` in one piece: appended segment by segment, a
 * word and its space made a concatenation that V8 had to flatten to look the token up, a fifth
 * of tokenizing a long witness.
 */
function tokensOf(text: string, segments: readonly Segment[], shared?: TokenTable): Token[] {
  const tokens: Token[] = [];
  const space = (k: number) => !segments[k]!.text.trim();
  let k = 0;
  while (k < segments.length && space(k)) k++;
  // White space before the first word or mark is a token of its own.
  if (k > 0) tokens.push({ text: text.slice(0, k < segments.length ? segments[k]!.index : text.length), norm: '', word: false });
  while (k < segments.length) {
    const segment = segments[k]!;
    let next = k + 1;
    while (next < segments.length && space(next)) next++;
    const end = next < segments.length ? segments[next]!.index : text.length;
    const own = text.slice(segment.index, end);
    const norm = normalizeToken(segment.text);
    tokens.push(shared ? sharedToken(own, norm, segment.wordLike, shared) : { text: own, norm, word: segment.wordLike });
    k = next;
  }
  // In an array of their exact number (see `termsOf`): a witness keeps every sentence's tokens.
  return tokens.slice();
}

/**
 * Characters around which ICU might split a sentence's words otherwise than its tokens say: white
 * space other than the plain space, marks and format characters (which join the character before
 * them), emoji modifiers.
 */
const UNSURE = /[^\S ]|[\p{M}\p{Cf}\p{Emoji_Modifier}]/u;

/**
 * `UNSURE.test(text)`, read without the regex as far as the text is printable ASCII, which has
 * none of those characters: every sentence of both witnesses is tested, and the regex (two
 * Unicode classes tried at every character) was about 1 % of a New Testament collation.
 */
function unsure(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return UNSURE.test(text.slice(i));
  }
  return false;
}

/**
 * The word segments ICU gives for `sentence.text` (as `Segmenters.words` would), rebuilt from its
 * tokens without asking ICU again: each token is one segment of ICU's, followed by the spaces it
 * took on, which ICU keeps as one segment (UAX #29, WB3d). Undefined when the text holds a
 * character that makes this unsure (`UNSURE`): then ask ICU. The analysis reads most rows' texts,
 * one sentence each, and ICU was a fifth of its time on a New Testament pair.
 */
export function segmentsOf(sentence: Sentence): Segment[] | undefined {
  if (unsure(sentence.text)) return undefined;
  const out: Segment[] = [];
  let index = 0;
  for (const token of sentence.tokens) {
    let end = token.text.length;
    while (end > 0 && token.text.charCodeAt(end - 1) === 32) end--;
    if (end === 0) return undefined;
    out.push({ text: token.text.slice(0, end), index, wordLike: token.word });
    if (end < token.text.length) out.push({ text: token.text.slice(end), index: index + end, wordLike: false });
    index += token.text.length;
  }
  return index === sentence.text.length ? out : undefined;
}

/**
 * The normalised forms of a sentence's words, in order: what a reader's `norms` gives for its
 * text when `segmentsOf` gives its segments (each word token is one of those segments, and its
 * `norm` was made from that segment's text).
 */
export function wordNorms(sentence: Sentence): string[] {
  const out: string[] = [];
  for (const t of sentence.tokens) if (t.word) out.push(t.norm);
  return out;
}

/**
 * One token object for each form (text, normalised form, word or not): a long witness has a few
 * thousand distinct tokens among hundreds of thousands. Each token object outlived several young
 * collections, and what survives them grew V8's young generation to its largest size, a quarter
 * of the peak memory on the New Testament pair. Sharing the token shares its text too: each
 * token held its own copy of its form (or a chain of concatenations), half of the tokens' memory.
 * Tokens are never changed once made (`joinTokens` copies the ones it changes), so sharing them
 * is safe.
 */
function sharedToken(text: string, norm: string, word: boolean, shared: TokenTable): Token {
  // Keyed by the token's text. Nearly every text has one token: an array is made only for a text
  // with several. A token object is made only for a form not seen before: most words repeat one.
  const found = shared.get(text);
  if (found === undefined) {
    const token: Token = { text, norm, word };
    shared.set(text, token);
    return token;
  }
  const list = Array.isArray(found) ? found : [found];
  for (const t of list) if (t.norm === norm && t.word === word) return t;
  const token: Token = { text, norm, word };
  if (list === found) list.push(token);
  else shared.set(text, [...list, token]);
  return token;
}

/**
 * The content terms of `tokens` (see `LanguageProfile.terms`), in an array of their exact number:
 * one grown by pushing keeps room for about twice as many, and a long witness keeps every
 * sentence's terms to the end of the collation (1.3 MB on the New Testament pair).
 */
function termsOf(tokens: readonly Token[], profile: LanguageProfile): string[] {
  // Indexed loops: a for…of over the terms (a shared frozen array for a stopword, a new one
  // otherwise) made an iterator result for every word, 20 MB on the New Testament pair.
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    const terms = profile.terms(t.norm);
    for (let k = 0; k < terms.length; k++) out.push(terms[k]!);
  }
  return out.slice();
}

/** The language profile of a witness: its declared language, or the one detected in its text. */
export function witnessProfile(witness: Witness): LanguageProfile {
  return languageProfile(witness.language, languageSample(witness));
}

/** Characters of a witness enough to tell its language; more only costs time and memory. */
const SAMPLE_CHARACTERS = 4000;

/** The opening of a witness's text, as a sample to detect its language from. */
export function languageSample(witness: Witness): string {
  let sample = '';
  for (const block of witness.blocks) {
    if (sample.length >= SAMPLE_CHARACTERS) break;
    sample += `${block.text}\n`;
  }
  return sample;
}
