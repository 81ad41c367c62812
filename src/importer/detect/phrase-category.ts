import type { BoilerplateCategory } from '../../corpus/ledger/taxonomy.ts';
import de from '../phrases/de.json' with { type: 'json' };
import en from '../phrases/en.json' with { type: 'json' };
import es from '../phrases/es.json' with { type: 'json' };
import fr from '../phrases/fr.json' with { type: 'json' };
import it from '../phrases/it.json' with { type: 'json' };
import ja from '../phrases/ja.json' with { type: 'json' };
import pt from '../phrases/pt.json' with { type: 'json' };
import zh from '../phrases/zh.json' with { type: 'json' };

/** A language's phrase file: whole widget labels of page chrome, by the category they name. */
export type PhraseList = Partial<Record<BoilerplateCategory, readonly string[]>>;

/**
 * Labels of page chrome per language (`src/importer/phrases/<lang>.json`, one entry per line):
 * what a share button, a menu item or a related-articles header says. Data, not rules: they name
 * the category of a short line that is not prose, and never decide what is essay.
 */
export const PHRASES: Readonly<Record<string, PhraseList>> = { de, en, es, fr, it, ja, pt, zh };

/** How a label is compared: lower case, compatibility forms, no trailing counts or arrows. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^[\s·•|›>»\-–—]+|[\s\d.,:：!！?？·•|…›>»()[\]\-–—]+$/gu, '')
    .replace(/\s+/gu, ' ');
}

const BY_LABEL = new Map<string, BoilerplateCategory>();
for (const list of Object.values(PHRASES)) {
  for (const [category, entries] of Object.entries(list) as [BoilerplateCategory, readonly string[]][]) {
    for (const entry of entries) BY_LABEL.set(normalizeLabel(entry), category);
  }
}

/** The category a whole line names as a known label of page chrome, if it is one. */
export function phraseCategory(text: string): BoilerplateCategory | undefined {
  return BY_LABEL.get(normalizeLabel(text));
}
