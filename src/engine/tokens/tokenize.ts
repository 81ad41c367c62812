import { normalizeToken } from '../text/normalize.ts';
import { type LanguageProfile, languageProfile } from '../text/profile.ts';

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
export function tokenize(witness: Witness, profile: LanguageProfile = witnessProfile(witness)): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of witness.blocks) {
    for (const segment of profile.segmenters.sentences(block.text)) {
      const text = segment.text.trimEnd();
      if (!text.trim()) continue;
      const tokens = tokenizeSentence(text.trimStart(), profile);
      sentences.push({
        id: `${witness.sigil}${sentences.length + 1}`,
        index: sentences.length,
        block: block.id,
        text: text.trimStart(),
        tokens,
        terms: tokens.filter((t) => t.word && !profile.stopwords.has(t.norm)).map((t) => profile.stem(t.norm)),
      });
    }
  }
  return sentences;
}

/** Splits a sentence into tokens, attaching white space to the token before it. */
export function tokenizeSentence(text: string, profile: LanguageProfile = languageProfile('und')): Token[] {
  const tokens: Token[] = [];
  for (const segment of profile.segmenters.words(text)) {
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

/** The language profile of a witness: its declared language, or the one detected in its text. */
export function witnessProfile(witness: Witness): LanguageProfile {
  return languageProfile(witness.language, witness.blocks.map((b) => b.text).join('\n'));
}
