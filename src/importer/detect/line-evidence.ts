import { detectLanguage } from '../../engine/text/language.ts';
import { languageProfile, type LanguageProfile } from '../../engine/text/profile.ts';
import { contentTerms } from './content-terms.ts';
import { type Evidence, knownParagraphs } from './evidence.ts';

/** How strongly each capture line is the essay by the evidence of the reposts already known. */
export interface LineEvidence {
  /** Per line, the weighted share of its content terms found in the known reposts (0–1). */
  scores: readonly number[];
  /** Per line, the same for the known titles. */
  titleScores: readonly number[];
  /**
   * Per line, how much of the known titles it says: the weight of their distinct terms it holds. Of two lines that
   * resemble them alike ("Layer by Layer", a blog's name, shares all its terms with them), the title says more.
   */
  titleCover: readonly number[];
}

/** A line sharing at least this weighted share of its terms with the known essay is the essay's. */
export const ESSAY_EVIDENCE = 0.5;
/** Evidence counts only when this many lines of the capture show it: one shared sentence is a quote. */
const MIN_EVIDENCED_LINES = 3;
/** Lines longer than this are prose enough to tell the capture's language. */
const SAMPLE_LINE_CHARS = 60;
/** Characters of the capture enough to tell its language. */
const SAMPLE_CHARS = 4000;

/**
 * Scores every line of a capture against the known reposts of the essay, with the engine's own
 * terms (language-aware tokens, stopwords out, Snowball stems) weighted by rarity: a line that
 * shares "DeepSeek", "TVL" and "tokenomics" with them is the essay even when paraphrased. Returns
 * undefined when there is nothing to go on: no reposts, reposts in another language than the
 * capture's, or fewer than three lines that match (another essay altogether).
 */
export function lineEvidence(lines: readonly string[], evidence: Evidence, profile = captureProfile(lines)): LineEvidence | undefined {
  const paragraphs = knownParagraphs(evidence);
  if (paragraphs.length === 0) return undefined;
  if (detectLanguage(paragraphs.join('\n')) !== profile.language) return undefined;
  const known = paragraphs.map((p) => contentTerms(p, profile));
  // Long captures repeat lines (blank lines, widget labels): each distinct line is read once.
  const read = new Map<string, string[]>();
  const lineTerms = lines.map((l) => read.get(l) ?? read.set(l, l.trim() === '' ? [] : contentTerms(l, profile)).get(l)!);
  const weights = rarity([...known, ...read.values()]);
  const vocabulary = new Set(known.flat());
  const scores = lineTerms.map((t) => weightedShare(t, vocabulary, weights));
  if (scores.filter((s) => s >= ESSAY_EVIDENCE).length < MIN_EVIDENCED_LINES) return undefined;
  const titles = new Set(evidence.titles.flatMap((t) => contentTerms(t, profile)));
  const cover = (terms: readonly string[]) => [...new Set(terms)].reduce((sum, t) => sum + (titles.has(t) ? (weights.get(t) ?? 0) : 0), 0);
  return { scores, titleScores: lineTerms.map((t) => weightedShare(t, titles, weights)), titleCover: lineTerms.map(cover) };
}

/** The language profile of a capture, detected from its longer lines (page chrome says little). */
export function captureProfile(lines: readonly string[]): LanguageProfile {
  let sample = '';
  for (const line of lines) if (line.length >= SAMPLE_LINE_CHARS && sample.length < SAMPLE_CHARS) sample += `${line}\n`;
  return languageProfile(undefined, sample || lines.join('\n').slice(0, SAMPLE_CHARS));
}

/** Inverse document frequency over term lists: rare shared terms say more than common ones. */
function rarity(documents: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of documents) for (const term of new Set(d)) df.set(term, (df.get(term) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [term, count] of df) weights.set(term, Math.log(1 + documents.length / count));
  return weights;
}

/** The weight of a line's terms found in the vocabulary, over the weight of all its terms. */
function weightedShare(terms: readonly string[], vocabulary: ReadonlySet<string>, weights: ReadonlyMap<string, number>): number {
  let all = 0;
  let shared = 0;
  for (const term of terms) {
    const w = weights.get(term) ?? 0;
    all += w;
    if (vocabulary.has(term)) shared += w;
  }
  return all === 0 ? 0 : shared / all;
}
