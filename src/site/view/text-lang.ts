import { primaryTag } from '../../engine/text/language.ts';

/** The language of the site's own words (`<html lang>`): the chrome, labels and notes are English. */
export const PAGE_LANG = 'en';

/**
 * The `lang` attribute for a repost's own words on a page (WCAG 3.1.2, language of parts): its
 * language where that differs from the page's, so a screen reader switches voice for a Chinese
 * copy; none where it is the page's own or undetermined, which the page's `lang` already covers.
 */
export function textLang(language: string | undefined): string | undefined {
  if (!language || language === 'und' || primaryTag(language) === primaryTag(PAGE_LANG)) return undefined;
  return language;
}
