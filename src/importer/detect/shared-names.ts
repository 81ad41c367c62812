import { type Evidence, knownParagraphs } from './evidence.ts';

/**
 * Names and codes, the words a translation keeps: tokens of Latin, Greek or Cyrillic letters and
 * digits that mix letters with digits ("L2", "R1") or carry a capital after their first letter
 * ("DeepSeek", "TVL", "OpenAI"). Plain words, capitalised or not, are left out: a German noun or a
 * sentence's first word is no name, and a bare number is as likely a date or a price.
 */
export function namesIn(text: string): string[] {
  const names: string[] = [];
  for (const [token] of text.matchAll(TOKEN))
    if ((/\p{N}/u.test(token) && /\p{L}/u.test(token)) || /^.+\p{Lu}/u.test(token)) names.push(token);
  return names;
}

const TOKEN = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}]+/gu;

/** Lines holding one of the essay's names needed before they say anything: one could be a quote. */
const MIN_NAMED_LINES = 3;

/**
 * When the known reposts are in another language than the capture, their words cannot be matched,
 * but their names and codes can: per line, how many distinct names of the known essay it holds.
 * Undefined when fewer than `MIN_NAMED_LINES` lines hold any (another essay, or no reposts).
 */
export function sharedNames(lines: readonly string[], evidence: Evidence): number[] | undefined {
  const known = new Set(knownParagraphs(evidence).flatMap(namesIn));
  if (known.size === 0) return undefined;
  const counts = lines.map((line) => new Set(namesIn(line).filter((name) => known.has(name))).size);
  return counts.filter((n) => n > 0).length >= MIN_NAMED_LINES ? counts : undefined;
}
