import { normalizeToken, STOPWORDS, stem } from '../text/normalize.ts';
import { sentenceSegments, wordSegments } from '../text/segment.ts';

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
  /** `<sigil><n>`, n counting sentences from 1 through the whole witness. */
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

/**
 * Stage 1, tokenize: blocks → sentences (Intl.Segmenter) → tokens. Blocks are never merged, so a
 * sentence never spans two paragraphs of its witness.
 */
export function tokenize(witness: Witness): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of witness.blocks) {
    for (const segment of sentenceSegments(block.text)) {
      const text = segment.text.trimEnd();
      if (!text.trim()) continue;
      const tokens = tokenizeSentence(text.trimStart());
      sentences.push({
        id: `${witness.sigil}${sentences.length + 1}`,
        index: sentences.length,
        block: block.id,
        text: text.trimStart(),
        tokens,
        terms: tokens.filter((t) => t.word && !STOPWORDS.has(t.norm)).map((t) => stem(t.norm)),
      });
    }
  }
  return sentences;
}

/** Splits a sentence into tokens, attaching white space to the token before it. */
export function tokenizeSentence(text: string): Token[] {
  const tokens: Token[] = [];
  for (const segment of wordSegments(text)) {
    if (!segment.text.trim()) {
      const last = tokens.at(-1);
      if (last) last.text += segment.text;
      else tokens.push({ text: segment.text, norm: '', word: false });
      continue;
    }
    tokens.push({ text: segment.text, norm: normalizeToken(segment.text), word: segment.wordLike });
  }
  return tokens;
}
