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
  /**
   * Takes `segments` (when known) as the word segments of `text`, as `segments(text)` would give
   * them, and `norms` (when known) as their word-like segments normalised, as `norms(text)` would.
   */
  know(text: string, segments: readonly Segment[] | undefined, norms?: readonly string[]): void;
  /** True when the word segments of `text` are known already (`know`, `prefetch` or a question). */
  knows(text: string): boolean;
  /**
   * Learns the word segments of `text` from those of the longest text it was told (`know`), when
   * `text` stands there between two of its segments and is written in characters whose word
   * boundaries ICU finds by its rules alone (`LOCAL`): then they are the segments ICU gives for
   * `text` alone. False when it cannot.
   */
  derive(text: string): boolean;
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

/** What a reader has found out about one text, each filled in on first demand. */
interface Reading {
  segments: readonly Segment[] | undefined;
  words: readonly Segment[] | undefined;
  norms: readonly string[] | undefined;
  sentences: readonly Segment[] | undefined;
  presence: Presence | undefined;
  mentions: readonly Mention[] | undefined;
}

/** A reader of texts in `profile`'s language, each answer computed on first demand. */
export function reader(profile: LanguageProfile): Reader {
  return new TextReader(profile);
}

/**
 * `reader`'s readers. A class, not an object of closures: a reader is made for each side of each
 * row, and a dozen closures each (with their context) were made for every one of them.
 */
class TextReader implements Reader {
  readonly profile: LanguageProfile;
  /** One map from a text to all that is known of it (a reader lives for one row: few texts). */
  private readonly readings = new Map<string, Reading>();
  /** The longest text told with its segments (a row's side): its changes are cut from it. */
  private context: { text: string; segments: readonly Segment[] } | undefined = undefined;

  constructor(profile: LanguageProfile) {
    this.profile = profile;
  }

  private of(text: string): Reading {
    let found = this.readings.get(text);
    if (found === undefined) {
      found = { segments: undefined, words: undefined, norms: undefined, sentences: undefined, presence: undefined, mentions: undefined };
      this.readings.set(text, found);
    }
    return found;
  }

  private fromContext(text: string): Segment[] | undefined {
    const context = this.context;
    if (context === undefined || text.length >= context.text.length || !LOCAL.test(text)) return undefined;
    const { segments } = context;
    for (let at = context.text.indexOf(text); at >= 0; at = context.text.indexOf(text, at + 1)) {
      let k = segmentStartingAt(segments, at);
      if (k < 0) continue;
      const end = at + text.length;
      const out: Segment[] = [];
      for (; k < segments.length && segments[k]!.index < end; k++) {
        const g = segments[k]!;
        out.push({ text: g.text, index: g.index - at, wordLike: g.wordLike });
      }
      if (k < segments.length ? segments[k]!.index === end : end === context.text.length) return out;
    }
    return undefined;
  }

  prefetch(texts: readonly string[]): void {
    const wanted = [...new Set(texts)].filter((t) => t && this.readings.get(t)?.segments === undefined && !this.derive(t));
    if (wanted.length < 2) return;
    const words = this.profile.segmenters.wordsOfEach(wanted);
    wanted.forEach((t, k) => {
      this.of(t).segments = words[k]!;
    });
  }

  know(text: string, segments: readonly Segment[] | undefined, norms?: readonly string[]): void {
    if (!segments) return;
    const r = this.of(text);
    r.segments = segments;
    if (norms) r.norms = norms;
    if (this.context === undefined || text.length > this.context.text.length) this.context = { text, segments };
  }

  knows(text: string): boolean {
    return this.readings.get(text)?.segments !== undefined;
  }

  derive(text: string): boolean {
    const segments = this.fromContext(text);
    if (segments) this.of(text).segments = segments;
    return segments !== undefined;
  }

  segments(text: string): readonly Segment[] {
    const r = this.of(text);
    return (r.segments ??= this.fromContext(text) ?? this.profile.segmenters.words(text));
  }

  words(text: string): readonly Segment[] {
    const r = this.of(text);
    return (r.words ??= this.segments(text).filter((s) => s.wordLike));
  }

  norms(text: string): readonly string[] {
    const r = this.of(text);
    if (r.norms === undefined) {
      // Pushed, not mapped: V8's optimised code for \`map\` makes a holey array where its builtin
      // makes a packed one, so once this was optimised its arrays changed kind, and every reader
      // of them optimised on the first kind (the digest, the classes) was deoptimised and compiled
      // again. The arrays other hot code reads are built so, in one kind whatever runs them.
      const words = this.words(text);
      const norms: string[] = [];
      for (let i = 0; i < words.length; i++) norms.push(normalizeToken(words[i]!.text));
      r.norms = norms;
    }
    return r.norms;
  }

  sentences(text: string): readonly Segment[] {
    const r = this.of(text);
    return (r.sentences ??= this.profile.segmenters.sentences(text));
  }

  presence(text: string): Presence {
    const r = this.of(text);
    return (r.presence ??= presenceOfWords(this.norms(text), this.profile));
  }

  mentions(text: string): readonly Mention[] {
    const r = this.of(text);
    return (r.mentions ??= mentions(text, this));
  }
}

/**
 * `prefetch` for many readers of one profile at once (the rows of a stretch of a collation, each
 * with its own reader): the texts each will be asked about, segmented in one call to ICU. A row's
 * changes are a few short texts, mostly new ones, and one call per row was most of the time ICU
 * took in the analysis of a New Testament pair; a text asked by several readers is segmented once
 * and its segments shared (never mutated).
 */
export function prefetchAll(profile: LanguageProfile, asks: readonly { read: Reader; texts: readonly string[] }[]): void {
  const index = new Map<string, number>();
  const wanted: string[] = [];
  const known: { read: Reader; text: string; k: number }[] = [];
  for (const { read, texts } of asks) {
    for (const text of texts) {
      if (!text || read.knows(text) || read.derive(text)) continue;
      let k = index.get(text);
      if (k === undefined) {
        k = wanted.length;
        index.set(text, k);
        wanted.push(text);
      }
      known.push({ read, text, k });
    }
  }
  if (wanted.length === 0) return;
  const words = profile.segmenters.wordsOfEach(wanted);
  for (const { read, text, k } of known) if (!read.knows(text)) read.know(text, words[k]!);
}

/**
 * Characters whose word boundaries ICU finds by its rules alone, each from the characters around
 * it: Latin, Greek and Cyrillic letters, digits, ASCII and general punctuation, currency signs,
 * the plain space. ICU reads forward from a boundary, so a stretch of them cut from a longer
 * text at two of its boundaries segments alone as it did there. Scripts segmented by dictionary
 * (Chinese, Japanese, Thai…), marks, format characters and other white space are left to ICU.
 * A changed stretch of a row is such a cut, and asking ICU for each was most of its time in the
 * analysis of a New Testament pair; a test checks the claim on random cuts.
 */
const LOCAL =
  /^[\u0020-\u007e\u00a1-\u00ac\u00ae-\u024f\u0370-\u03ff\u0400-\u0482\u048a-\u04ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u20a0-\u20cf]*$/;

/** The position of the segment that starts at `index`, or -1 (`segments` in order). */
function segmentStartingAt(segments: readonly Segment[], index: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = segments[mid]!.index;
    if (at === index) return mid;
    if (at < index) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
