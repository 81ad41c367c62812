import { normalizeToken } from '../text/normalize.ts';
import type { LanguageProfile } from '../text/profile.ts';
import type { Segment } from '../text/segment.ts';
import { type Mention, mentions } from './mentions.ts';
import { type Presence, presenceOfWords } from './presence.ts';

/**
 * The texts of one side of one row, each read once. Classifying a row's changes and listing what
 * each side lacks ask the same questions of the same strings (a side's words and sentences, the
 * presence index of the other side, the names in a change): on the New Testament pair every row
 * text was segmented about eight times over, and that was half of a collation. A reader is made
 * per row, so it keeps nothing of a long witness alive; what it returns is shared, never mutated.
 */
export interface Reader {
  profile: LanguageProfile;
  /**
   * Segments the words of several texts that will be asked about, in one call to ICU: a row's
   * changes are many short texts, and each call to ICU costs several microseconds however short
   * its text, and holds native memory until the next garbage collection.
   */
  prefetch(texts: readonly string[]): void;
  /** Takes `segments` (when known) as the word segments of `text`, as `segments(text)` would give them. */
  know(text: string, segments: readonly Segment[] | undefined): void;
  /** Every word segment (words, spaces, punctuation) of `text`. */
  segments(text: string): readonly Segment[];
  /** The word-like segments of `text`. */
  words(text: string): readonly Segment[];
  /** The word-like segments of `text`, normalised. */
  norms(text: string): readonly string[];
  /** The sentences of `text`. */
  sentences(text: string): readonly Segment[];
  /** The presence index of `text`'s words. */
  presence(text: string): Presence;
  /** The names and numbers in `text`. */
  mentions(text: string): readonly Mention[];
}

/** A reader of texts in `profile`'s language, each answer computed on first demand. */
export function reader(profile: LanguageProfile): Reader {
  const memo = <T>(compute: (text: string) => T, seen = new Map<string, T>()) => {
    return (text: string): T => {
      let found = seen.get(text);
      if (found === undefined) seen.set(text, (found = compute(text)));
      return found;
    };
  };
  const segmented = new Map<string, readonly Segment[]>();
  const read: Reader = {
    profile,
    prefetch: (texts) => {
      const wanted = [...new Set(texts)].filter((t) => t && !segmented.has(t));
      if (wanted.length < 2) return;
      const words = profile.segmenters.wordsOfEach(wanted);
      wanted.forEach((t, k) => segmented.set(t, words[k]!));
    },
    know: (text, segments) => {
      if (segments) segmented.set(text, segments);
    },
    segments: memo((text) => profile.segmenters.words(text), segmented),
    words: memo((text) => read.segments(text).filter((s) => s.wordLike)),
    norms: memo((text) => read.words(text).map((s) => normalizeToken(s.text))),
    sentences: memo((text) => profile.segmenters.sentences(text)),
    presence: memo((text) => presenceOfWords(read.norms(text), profile)),
    mentions: memo((text) => mentions(text, read)),
  };
  return read;
}
