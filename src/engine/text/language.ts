import { franc } from 'franc';

/** What the engine knows about a language: its stopword list and Snowball stemmer, when there are any. */
export interface LanguageInfo {
  /** BCP 47 primary language subtag, e.g. `en`, `zh`. */
  tag: string;
  /** Key of the `stopword` package's list (ISO 639-3), when it has one. */
  stopwords?: string;
  /** Name of the `snowball-stemmers` algorithm, when there is one. */
  snowball?: string;
  /** ISO 639-3 code `franc` returns for it. */
  franc: string;
}

/**
 * Languages with at least a stopword list or a stemmer, keyed by BCP 47 primary subtag. A language
 * not listed still segments (Intl.Segmenter knows every script); it just has no stopwords or stems.
 */
export const LANGUAGES: Readonly<Record<string, LanguageInfo>> = Object.fromEntries(
  (
    [
      ['en', 'eng', 'english', 'eng'],
      ['de', 'deu', 'german', 'deu'],
      ['fr', 'fra', 'french', 'fra'],
      ['es', 'spa', 'spanish', 'spa'],
      ['it', 'ita', 'italian', 'ita'],
      ['pt', 'por', 'portuguese', 'por'],
      ['nl', 'nld', 'dutch', 'nld'],
      ['sv', 'swe', 'swedish', 'swe'],
      ['da', 'dan', 'danish', 'dan'],
      ['nb', 'nob', 'norwegian', 'nob'],
      ['fi', 'fin', 'finnish', 'fin'],
      ['hu', 'hun', 'hungarian', 'hun'],
      ['ro', 'ron', 'romanian', 'ron'],
      ['ru', 'rus', 'russian', 'rus'],
      ['tr', 'tur', 'turkish', 'tur'],
      ['ca', 'cat', 'catalan', 'cat'],
      ['cs', 'ces', 'czech', 'ces'],
      ['ar', 'ara', 'arabic', 'arb'],
      ['pl', 'pol', undefined, 'pol'],
      ['uk', 'ukr', undefined, 'ukr'],
      ['el', 'ell', undefined, 'ell'],
      ['he', 'heb', undefined, 'heb'],
      ['hi', 'hin', undefined, 'hin'],
      ['fa', 'fas', undefined, 'pes'],
      ['id', 'ind', undefined, 'ind'],
      ['vi', 'vie', undefined, 'vie'],
      ['th', 'tha', undefined, 'tha'],
      ['zh', 'zho', undefined, 'cmn'],
      ['ja', 'jpn', undefined, 'jpn'],
      ['ko', 'kor', undefined, 'kor'],
      // Every other language the stopword lists know, with its stemmer where Snowball has one: a repost in
      // Swahili or Bulgarian is weighed by its content words as one in English is. Not Malay: its list is a
      // newswire's frequent words ("harga", "ekonomi"), and franc takes much Indonesian for Malay.
      ['bg', 'bul', undefined, 'bul'],
      ['hr', 'hrv', undefined, 'hrv'],
      ['sk', 'slk', undefined, 'slk'],
      ['sl', 'slv', 'slovene', 'slv'],
      ['lt', 'lit', undefined, 'lit'],
      ['lv', 'lav', undefined, 'lvs'],
      ['et', 'est', undefined, 'ekk'],
      ['ga', 'gle', 'irish', 'gle'],
      ['eu', 'eus', 'basque', 'eus'],
      ['gl', 'glg', undefined, 'glg'],
      ['hy', 'hye', 'armenian', 'hye'],
      ['af', 'afr', undefined, 'afr'],
      ['sw', 'swa', undefined, 'swh'],
      ['ha', 'hau', undefined, 'hau'],
      ['yo', 'yor', undefined, 'yor'],
      ['so', 'som', undefined, 'som'],
      ['zu', 'zul', undefined, 'zul'],
      ['tl', 'tgl', undefined, 'tgl'],
      ['ur', 'urd', undefined, 'urd'],
      ['bn', 'ben', undefined, 'ben'],
      ['mr', 'mar', undefined, 'mar'],
      ['gu', 'guj', undefined, 'guj'],
      ['ta', undefined, 'tamil', 'tam'],
      ['my', 'mya', undefined, 'mya'],
      ['ku', 'kur', undefined, 'kur'],
      ['st', 'sot', undefined, 'sot'],
      ['br', 'bre', undefined, 'bre'],
      ['eo', 'epo', undefined, 'epo'],
      ['la', 'lat', undefined, 'lat'],
      ['lgg', 'lgg', undefined, 'lgg'],
    ] as const
  ).map(([tag, stopwords, snowball, francCode]) => [
    tag,
    { tag, stopwords, franc: francCode, ...(snowball ? { snowball } : {}) } as LanguageInfo,
  ]),
);

/**
 * Varieties franc tells apart that share a language's lists, and it takes the language for: a few lines of English
 * for Scots, Iranian Persian for Dari, Bokmål for Nynorsk, Hindi (with its loanwords: "एथेरियम", "रोलअप") for Magahi,
 * Bhojpuri or Maithili, the languages of the Hindi belt it knows in Devanagari.
 */
const VARIETIES: Readonly<Record<string, string>> = { sco: 'en', prs: 'fa', nno: 'nb', mag: 'hi', bho: 'hi', mai: 'hi' };
const BY_FRANC = new Map([...Object.values(LANGUAGES).map((l) => [l.franc, l.tag] as const), ...Object.entries(VARIETIES)]);

/** The primary subtag of a BCP 47 tag, lower case: `zh-Hant-TW` → `zh`; `und` when empty. */
export function primaryTag(tag: string | undefined): string {
  const primary = (tag ?? '').trim().split(/[-_]/)[0]!.toLowerCase();
  return primary || 'und';
}

/** The engine's knowledge of a language, or undefined for one it has no lists for. */
export function languageInfo(tag: string | undefined): LanguageInfo | undefined {
  return LANGUAGES[primaryTag(tag)];
}

/** Characters of text enough to tell a language; more only costs time. */
const SAMPLE = 4000;

/**
 * The language of a text as a BCP 47 primary subtag, by `franc` (character trigrams, 187 languages), or `und`
 * when the text is too short or the language is not one the engine knows.
 * Not `franc-min` (82 languages, those of 8 M speakers or more): it knows no Danish, Norwegian,
 * Finnish, Slovak, Lithuanian, Catalan or Hebrew, and named them Swedish, Italian, Portuguese,
 * Spanish or Indonesian, whose stopwords then made their prose look like a list of names.
 */
export function detectLanguage(text: string): string {
  const code = franc(text.slice(0, SAMPLE), { minLength: 10 });
  return BY_FRANC.get(code) ?? 'und';
}
