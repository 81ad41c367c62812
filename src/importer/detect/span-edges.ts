import type { BoilerplateCategory } from '../../corpus/ledger/taxonomy.ts';
import { COLONS } from '../../engine/text/colon.ts';
import { normalizeToken } from '../../engine/text/normalize.ts';
import { segmentersFor } from '../../engine/text/segment.ts';
import { weakSignal } from './classify-line.ts';
import { TRANSLATION_WORD } from './known-phrases.ts';
import { isMetadataShaped, isPlain, type LineClues } from './line-clues.ts';
import { OPENS_LOWER } from './line-features.ts';
import { isLabel, phraseCategory } from './phrase-category.ts';
import { isCaption, isCreditLine, isTitleShaped, labelledName, MAX_TITLE_WORDS } from './read-header.ts';
import { sectionNumber } from './sections.ts';
import { nearestLine, nonBlank, type Span } from './span.ts';

/** The categories of a summary's label: a line that opens with one and its colon is the summary itself. */
const SUMMARY_LABELS: ReadonlySet<BoilerplateCategory> = new Set(['duplicated-teaser', 'ai-summary']);

/** A line that ends on a colon of any script. */
const COLON_END = new RegExp(`[${COLONS}]$`, 'u');
/** Characters of a paragraph's normalised opening that a copy of it must contain. */
const REPEAT_PROBE = 40;

/**
 * The span less its end lines that are page furniture, one at a time from each end, never the last:
 * - a line glued to the chrome block outside it (no blank line between: a block, as jusText reads a
 *   page) that reads as part of it: a numbered item, or chrome's wording ("Subscribe for free");
 * - a note that opens on the translation ("Übersetzt aus dem Chinesischen von …"), the translator's or the reposter's;
 * - a last line that ends no sentence glued over a byline or a dateline: the next article's headline;
 * - a photo's caption with its credit, or its credit on a line of its own (and the caption glued above it);
 * - a first line that opens with a summary's label and its colon ("Summary: …", "摘要：…"): the page's summary;
 * - a line that repeats another paragraph of the span: a teaser printed right above the essay, cut
 *   off and sometimes doubled, or a pull quote below it. The essay's copy is the one among its paragraphs.
 */
export function withoutFurnitureEdges(clues: readonly LineClues[], span: Span): Span {
  const lines = nonBlank(clues, span);
  // Letters and digits only, folded: a teaser glued to an author label or cut mid-word still matches.
  const texts = new Map(lines.map((i) => [i, normalizeToken(clues[i]!.features.trimmed).replace(/[^\p{L}\p{N}]+/gu, '')]));
  const probes = lines.map((i) => [i, texts.get(i)!.slice(0, REPEAT_PROBE)] as const).filter(([, p]) => p.length === REPEAT_PROBE);
  const drop = (i: number, outside: LineClues | undefined, last = false) => {
    const f = clues[i]!.features;
    if (outside?.signal !== undefined && (f.numberedLead || weakSignal(f) !== undefined)) return true;
    // A last line that ends no sentence, glued over a byline or a dateline, is the next article's headline; a line holding
    // an address is none, whatever it ends on (a paragraph's address to write to: "… rašykite: haotian.notes@proton.me").
    if (
      last &&
      !f.endsSentence &&
      f.urls + f.emails === 0 &&
      outside !== undefined &&
      (isMetadataShaped(outside) || labelledName(outside.features.trimmed) !== undefined)
    )
      return true;
    // A translator's or reposter's note before or after the essay opens by speaking of its translation; the essay
    // does not (a paragraph that closes with a word on it, "Send your views on this translation to …", is still the essay's).
    if (TRANSLATION_WORD.test(f.trimmed) && TRANSLATION_WORD.test(segmentersFor().sentences(f.trimmed)[0]!.text)) return true;
    // A photo's caption and its credit ("… en couches. © Le Carnet Crypto") is the page's, the credit on a line of its
    // own too ("Translucent blocks, stacked …" / "Illustration: The Ledger Standard").
    if (isCaption(f.trimmed) || isCreditLine(f) || (!last && isCreditLine(clues[i + 1]?.features))) return true;
    // A summary under its label, on the same line, opens the page's box over the essay ("摘要：…", "TL;DR: …").
    if (!last && SUMMARY_LABELS.has(phraseCategory(f.trimmed)!) && !isLabel(f.trimmed)) return true;
    return probes.some(([j, probe]) => j !== i && texts.get(i)!.includes(probe));
  };
  let first = 0;
  let last = lines.length - 1;
  while (first < last && drop(lines[first]!, clues[lines[first]! - 1])) first++;
  while (last > first && drop(lines[last]!, clues[lines[last]! + 1], true)) last--;
  return { start: lines[first]!, end: lines[last]! };
}

/**
 * The span less a headline set right on the text: a first line that is title-shaped and does not
 * end like a sentence nor run on into the next line in lower case (a hard-wrapped paragraph)
 * heads the essay, and is the header's to read, even when its words run in lower case like prose.
 */
export function withoutHeadline(clues: readonly LineClues[], span: Span): Span {
  const [first, next, third] = nonBlank(clues, span);
  if (first === undefined || next === undefined) return span;
  if (third !== undefined && isWrappedAtColon(clues, first, next)) return { ...span, start: third };
  if (clues[first]!.features.endsSentence || !isTitleShaped(clues[first]!)) return span;
  if (next === first + 1 && OPENS_LOWER.test(clues[next]!.features.trimmed)) return span;
  // A line glued under the headline, in the headline's block, is its dek when the essay's paragraphs stand apart: a blank
  // line after it, and after the paragraph that follows ("Miért ad minden új MI-réteg …? Haotian gondolatai …").
  const fourth = nonBlank(clues, { start: (third ?? span.end) + 1, end: span.end })[0];
  const apart = (a: number, b: number | undefined) => b !== undefined && b > a + 1;
  return next === first + 1 && apart(next, third) && apart(third!, fourth) ? { ...span, start: third! } : { ...span, start: next };
}

/**
 * A headline wrapped after its colon over two glued lines, the rest running on in lower case and ending like no sentence
 * ("Скок в способностите или прехвърляне на проблема:" / "„парадоксът на слоевете“ при ИИ и криптовалутите"), a title's
 * words in all: the colon that ends its first line ends no sentence.
 */
function isWrappedAtColon(clues: readonly LineClues[], first: number, next: number): boolean {
  const [a, b] = [clues[first]!.features, clues[next]!.features];
  return (
    next === first + 1 &&
    COLON_END.test(a.trimmed) &&
    OPENS_LOWER.test(b.trimmed) &&
    !b.endsSentence &&
    isTitleShaped(clues[next]!) &&
    a.spacedWords + b.spacedWords <= MAX_TITLE_WORDS
  );
}

/** The span from the heading of its first section, when one stands right above it (blank lines between): "1. Background". */
export function withFirstSection(clues: readonly LineClues[], span: Span): Span {
  const above = nearestLine(clues, span.start, -1);
  const c = clues[above];
  return c !== undefined && isPlain(c) && !c.features.prose && sectionNumber(c) === 1 ? { ...span, start: above } : span;
}
