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
  // The package's Persian list is conjunctions and prepositions: it lacks the commonest pronouns, the copula and the
  // determiners (stopwords-iso's Persian list has them all).
  fas: `این آن است هست نیست بود شد شود می هر همه یک خود او ما من تو شما آنها ایشان دیگر چند ها های`.split(/\s+/),
  // The package's Romanian list lacks the copula's short form and the feminine article ("e", "o": "Blog despre blockchain,
  // AI și tot ce e între ele" held "e" as a content term), the future's auxiliaries and the plural articles.
  ron: `e o fost va vor doar cea cele cei foarte`.split(/\s+/),
};

const cache = new Map<string, ReadonlySet<string>>();

/**
 * The stopwords of a language (the `stopword` package's list, normalised as tokens are): short
 * function words that carry no content. They are left out of similarity, never out of diffs. An
 * unknown language has none, so every word counts.
 */
export function stopwordsFor(tag: string | undefined): ReadonlySet<string> {
  const key = languageInfo(tag)?.stopwords ?? '';
  let set = cache.get(key);
  if (!set) {
    const list = (lists as unknown as Record<string, readonly string[] | undefined>)[key] ?? [];
    set = new Set([...list, ...(SUPPLEMENTS[key] ?? [])].map(normalizeToken).filter(Boolean));
    cache.set(key, set);
  }
  return set;
}
