import { primaryTag } from './language.ts';

/**
 * The function words that French, Italian and Catalan elide and write glued to the next word with
 * an apostrophe ("l'essai", "d'Ethereum", "dell'analisi", "n'està"), as Lucene's `ElisionFilter`
 * lists them for each language's analyser. Word segmentation (UAX #29) keeps such a word whole, so
 * without this "l'essai" and "essai" would be two different words to every measure.
 */
const ELIDED: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(['l', 'm', 't', 'qu', 'n', 's', 'j', 'd', 'c', 'jusqu', 'quoiqu', 'lorsqu', 'puisqu']),
  it: new Set([
    'c',
    'l',
    'all',
    'dall',
    'dell',
    'nell',
    'sull',
    'coll',
    'pell',
    'gl',
    'agl',
    'dagl',
    'degl',
    'negl',
    'sugl',
    'un',
    'm',
    't',
    's',
    'v',
    'd',
  ]),
  ca: new Set(['d', 'l', 'm', 'n', 's', 't']),
};

/**
 * The elision rule of a language tag: given a normalised word (apostrophes as `'`), the word
 * after its elided function word ("l'essai" → "essai"), or undefined when it has none. Undefined
 * for a language that elides none, so that its callers pay nothing. One rule for the engine's
 * terms and the importer's stopword density.
 */
export function elisionFor(tag: string | undefined): ((word: string) => string | undefined) | undefined {
  const elided = tag === undefined ? undefined : ELIDED[primaryTag(tag)];
  if (elided === undefined) return undefined;
  return (word) => {
    const at = word.indexOf("'");
    return at > 0 && at < word.length - 1 && elided.has(word.slice(0, at)) ? word.slice(at + 1) : undefined;
  };
}
