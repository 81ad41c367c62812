import * as lists from 'stopword';
import { languageInfo } from './language.ts';
import { normalizeToken } from './normalize.ts';

/**
 * Function words a language's `stopword` list lacks, added here rather than in a private list
 * elsewhere. The package's English list (108 words) leaves out "until", "its", "again", "upon"…:
 * a sentence sharing only "until" with another then counted as related. One entry per line.
 */
const SUPPLEMENTS: Readonly<Record<string, readonly string[]>> = {
  eng: `a an nor so yet onto upon about above below into than then that this these those there here it its it's
    is are was were be been being am do does did has have had having will would shall should can could may might
    must i you he she we they me him her us them my your his our their mine yours ours theirs what which who whom
    whose when where why how all any each both either neither one not no just also very too more most such own
    same other only even if because while though although like until till after before during through throughout
    out up down off once still again further via per within without among across against between beyond toward
    towards`.split(/\s+/),
  // Snowball's Spanish list (the package's has 57 words, without a form of ser, estar, haber or
  // tener, or "nosotros", "vosotros", "ellos": two sentences sharing "somos", "han sido" counted as
  // related). Its typo "vosostros" corrected, and "ser", "siendo", "sido" added (it lists those
  // of estar and haber); left out: the forms of "sentir" and "estado", which are also the content
  // words "sense", "feels" and "state".
  spa: `este esta entre hay todo todos les otros ante ellos e esto antes algunos unos yo otras otra tanto esa
    estos mucho quienes nada muchos estar estas algunas algo nosotros mis tu tus ellas nosotras vosotros
    vosotras os mío mía míos mías tuyo tuya tuyos tuyas suyo suya suyos suyas nuestro nuestra nuestros
    nuestras vuestro vuestra vuestros vuestras esos esas estoy estás está estamos estáis están esté estés
    estemos estéis estén estaré estarás estará estaremos estaréis estarán estaría estarías estaríamos
    estaríais estarían estaba estabas estábamos estabais estaban estuve estuviste estuvo estuvimos
    estuvisteis estuvieron estuviera estuvieras estuviéramos estuvierais estuvieran estuviese estuvieses
    estuviésemos estuvieseis estuviesen estando estad he has ha hemos habéis han haya hayas hayamos hayáis
    hayan habré habrás habrá habremos habréis habrán habría habrías habríamos habríais habrían había habías
    habíamos habíais habían hube hubiste hubo hubimos hubisteis hubieron hubiera hubieras hubiéramos
    hubierais hubieran hubiese hubieses hubiésemos hubieseis hubiesen habiendo habido habida habidos habidas
    soy eres es somos sois son sea seas seamos seáis sean seré serás será seremos seréis serán sería serías
    seríamos seríais serían era eras éramos erais eran fui fuiste fue fuimos fuisteis fueron fuera fueras
    fuéramos fuerais fueran fuese fueses fuésemos fueseis fuesen tengo tienes tiene tenemos tenéis tienen
    tenga tengas tengamos tengáis tengan tendré tendrás tendrá tendremos tendréis tendrán tendría tendrías
    tendríamos tendríais tendrían tenía tenías teníamos teníais tenían tuve tuviste tuvo tuvimos tuvisteis
    tuvieron tuviera tuvieras tuviéramos tuvierais tuvieran tuviese tuvieses tuviésemos tuvieseis tuviesen
    teniendo tenido tenida tenidos tenidas tened ser siendo sido`.split(/\s+/),
};

/**
 * Languages whose stopwords are matched without their acute and grave accents. Spanish writes an
 * accent on a function word to tell it from a homograph that is a function word too (más and mas,
 * sí and si, él and el, qué and que, cómo and como), spelling before the 1959 reform put
 * one on "á", "é", "ó" and "fué", and text typed in haste leaves them out ("tambien"): the
 * Reina-Valera of 1909 has "á" 9,000 times in the New Testament, each counted as a content word.
 * Snowball's Spanish stemmer removes these accents from stems for the same reason. Not French,
 * where "né" (born) would meet "ne".
 */
const ACCENT_BLIND: ReadonlySet<string> = new Set(['spa']);

/** A set of words that also finds a word written with acute or grave accents its list lacks. */
class AccentBlindSet extends Set<string> {
  constructor(words: readonly string[]) {
    super(words.flatMap((w) => [w, withoutAccents(w)]));
  }
  override has(word: string): boolean {
    return super.has(word) || (/[^\0-\x7f]/.test(word) && super.has(withoutAccents(word)));
  }
}

/** A word without acute and grave accents (`á` → `a`, `fué` → `fue`); other marks (ñ, ü) stay. */
function withoutAccents(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300\u0301]/g, '')
    .normalize('NFC');
}

const cache = new Map<string, ReadonlySet<string>>();

/**
 * The stopwords of a language (the `stopword` package's list, normalised as tokens are): short
 * function words that carry no content. They are left out of similarity, never out of diffs. An
 * unknown language has none, so every word counts. In Spanish a word is found with or without its
 * acute and grave accents (see `ACCENT_BLIND`).
 */
export function stopwordsFor(tag: string | undefined): ReadonlySet<string> {
  const key = languageInfo(tag)?.stopwords ?? '';
  let set = cache.get(key);
  if (!set) {
    const list = (lists as unknown as Record<string, readonly string[] | undefined>)[key] ?? [];
    const words = [...list, ...(SUPPLEMENTS[key] ?? [])].map(normalizeToken).filter(Boolean);
    set = ACCENT_BLIND.has(key) ? new AccentBlindSet(words) : new Set(words);
    cache.set(key, set);
  }
  return set;
}
