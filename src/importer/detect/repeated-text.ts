/**
 * Repeated text: a teaser that repeats the essay's opening, a second copy of a paragraph, an
 * advert headline shown twice. Lines are compared in a normalised form (letters and digits only,
 * lower case) so that a teaser glued to an author label or cut mid-word still matches.
 */
import { normalizeToken } from '../../engine/text/normalize.ts';

/** How many normalised characters of the essay's opening make a fingerprint. */
const PROBE_CHARS = 40;
/** How much of the essay's opening a teaser may repeat. */
const OPENING_CHARS = 2000;

/** Letters and digits of a text, lower-cased and NFKC-folded; everything else dropped. */
export function normalizeForComparison(text: string): string {
  return normalizeToken(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * `normalizeForComparison` with a memory: long captures repeat lines, and folding is the costly
 * part of comparing them.
 */
export function memoizedNormalizer(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let n = seen.get(text);
    if (n === undefined) seen.set(text, (n = normalizeForComparison(text)));
    return n;
  };
}

/** A lookup of the essay's own text, built once from its body lines. */
export interface EssayEcho {
  /** Normalised body lines, to find a line that is a copy of one of them. */
  lines: Set<string>;
  /** The normalised opening of the essay. */
  opening: string;
  /** Its first `PROBE_CHARS` characters. */
  probe: string;
}

/** Builds the lookup from the essay's body lines, in order. */
export function essayEcho(bodyLines: readonly string[]): EssayEcho {
  const lines = new Set<string>();
  let opening = '';
  for (const line of bodyLines) {
    const n = normalizeForComparison(line);
    if (n) lines.add(n);
    if (opening.length < OPENING_CHARS) opening += n;
  }
  opening = opening.slice(0, OPENING_CHARS);
  return { lines, opening, probe: opening.slice(0, PROBE_CHARS) };
}

/**
 * True when a line outside the essay (given normalised) repeats the essay: it is a copy of a body
 * line, it contains the essay's first words, or it starts like the essay's opening. Cost is
 * linear in the line.
 */
export function echoesEssay(n: string, echo: EssayEcho): boolean {
  if (n.length < PROBE_CHARS / 2) return false;
  if (echo.lines.has(n)) return true;
  if (echo.probe.length >= PROBE_CHARS / 2 && n.includes(echo.probe)) return true;
  return n.length >= PROBE_CHARS && echo.opening.includes(n.slice(0, PROBE_CHARS));
}

/** Indices of lines whose normalised text (`normalized`) occurs more than once among the given ones. */
export function repeatedLines(lines: readonly { index: number; normalized: string }[], minChars = PROBE_CHARS / 2): Set<number> {
  const seen = new Map<string, number[]>();
  for (const { index, normalized: n } of lines) {
    if (n.length < minChars) continue;
    const list = seen.get(n);
    if (list) list.push(index);
    else seen.set(n, [index]);
  }
  const out = new Set<number>();
  for (const list of seen.values()) if (list.length > 1) for (const i of list) out.add(i);
  return out;
}
