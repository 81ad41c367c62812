/**
 * A rough guess at the language of a line, for one signal only: a page localised into another
 * language than the essay's (an Italian notice under an English essay, a Korean token name in an
 * English ticker) changes language where the essay ends. Scripts tell most languages apart; for
 * the Latin script a handful of the most common function words does.
 */
import { dominantScript } from './line-features.ts';

/** The commonest function words of languages written in Latin letters (lower case). */
const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'is', 'that', 'in', 'it', 'for', 'are', 'with', 'this', 'on', 'as', 'but', 'be', 'have', 'which', 'from', 'by']),
  de: new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'zu', 'den', 'von', 'mit', 'sich', 'auf', 'für', 'dem', 'ein', 'eine', 'auch', 'es', 'wird', 'sind']),
  fr: new Set(['le', 'la', 'les', 'et', 'des', 'est', 'du', 'une', 'un', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'par', 'sont', 'ce', 'au', 'ne']),
  es: new Set(['el', 'la', 'los', 'las', 'y', 'de', 'que', 'es', 'en', 'un', 'una', 'por', 'para', 'con', 'del', 'se', 'no', 'su', 'al', 'son']),
  it: new Set(['il', 'la', 'di', 'che', 'e', 'è', 'per', 'un', 'una', 'non', 'sono', 'del', 'della', 'gli', 'le', 'con', 'si', 'da', 'questo', 'al']),
  pt: new Set(['o', 'a', 'os', 'as', 'e', 'de', 'que', 'é', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'por', 'são', 'dos', 'se']),
  nl: new Set(['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'op', 'te', 'zijn', 'voor', 'met', 'die', 'wordt', 'ook', 'aan', 'naar', 'deze', 'als']),
  tr: new Set(['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'çok', 'daha', 'gibi', 'değil', 'olan', 'her', 'ama', 'en', 'kadar', 'sonra', 'veya', 'ise']),
  id: new Set(['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'adalah', 'juga', 'ke', 'karena', 'atau', 'ada', 'bisa', 'oleh']),
  vi: new Set(['và', 'của', 'là', 'có', 'không', 'các', 'những', 'được', 'trong', 'cho', 'một', 'này', 'với', 'người', 'để', 'đã', 'khi', 'từ', 'cũng', 'như']),
  pl: new Set(['i', 'w', 'nie', 'na', 'się', 'jest', 'to', 'że', 'z', 'do', 'o', 'jak', 'ale', 'po', 'co', 'tak', 'za', 'od', 'są', 'lub']),
};
/** A guess needs at least this many function words, and more than any other language has. */
const MIN_FUNCTION_WORDS = 3;
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * The line's language as a code (`en`, `de`, …) for Latin-script text with enough function words,
 * the script's name for other scripts (`Han`, `Hangul`, …), or undefined when it cannot tell.
 */
export function guessLanguage(text: string, script = dominantScript(text)): string | undefined {
  if (script !== 'Latin') return script;
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    for (const [language, words] of Object.entries(FUNCTION_WORDS)) {
      if (words.has(word)) counts.set(language, (counts.get(language) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  let bestCount = 0;
  let second = 0;
  for (const [language, n] of counts) {
    if (n > bestCount) [best, bestCount, second] = [language, n, bestCount];
    else if (n > second) second = n;
  }
  return best !== undefined && bestCount >= MIN_FUNCTION_WORDS && bestCount > second ? best : undefined;
}
