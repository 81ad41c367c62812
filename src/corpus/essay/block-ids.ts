import GithubSlugger, { slug } from 'github-slugger';
import type { EssayBlock } from './parse-essay.ts';

/** How many leading words of a paragraph make its id. */
const PARAGRAPH_ID_WORDS = 6;
/** Longest paragraph id body, for scripts without spaces between words. */
const PARAGRAPH_ID_MAX = 48;

/**
 * Gives every block a stable id.
 *
 * Headings get the slug rehype-slug gives them (same `github-slugger`, same reset per document),
 * so the engine can link to a heading without rendering it. Paragraphs get `p-` plus a slug of
 * their first six words: it depends only on the paragraph itself, so inserting, removing or
 * rewording *other* paragraphs never moves it, unlike a running number. Two paragraphs that start
 * with the same six words (or a paragraph id equal to a heading slug) are told apart by `-2`, `-3`
 * in document order, as rehype-slug does for headings.
 */
export function blockIds(blocks: readonly Pick<EssayBlock, 'kind' | 'text'>[]): string[] {
  const headings = new GithubSlugger();
  const headingIds = blocks.map((b) => (b.kind === 'heading' ? headings.slug(b.text) : undefined));
  const taken = new Set(headingIds.filter((id): id is string => id !== undefined));
  // Where the search for a free `-n` of each base left off: every smaller n is taken, so a text
  // with thousands of paragraphs opening alike numbers them in linear, not quadratic, time.
  const nextSuffix = new Map<string, number>();
  return blocks.map((block, i) => {
    const headingId = headingIds[i];
    if (headingId !== undefined) return headingId;
    const base = `p-${leadingWordsSlug(block.text) || 'paragraph'}`;
    let id = base;
    let n = nextSuffix.get(base) ?? 2;
    if (taken.has(id)) for (id = `${base}-${n}`; taken.has(id); id = `${base}-${++n}`);
    nextSuffix.set(base, n);
    taken.add(id);
    return id;
  });
}

/** Slug of a paragraph's first words, cut at a word boundary to at most `PARAGRAPH_ID_MAX` characters. */
function leadingWordsSlug(text: string): string {
  let out = '';
  for (const word of text.trim().split(/\s+/).slice(0, PARAGRAPH_ID_WORDS)) {
    const part = slug(word);
    if (!part) continue;
    const next = out ? `${out}-${part}` : part;
    if (next.length > PARAGRAPH_ID_MAX) return out || next.slice(0, PARAGRAPH_ID_MAX);
    out = next;
  }
  return out;
}
