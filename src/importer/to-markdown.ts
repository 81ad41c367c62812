import yaml from 'js-yaml';
import type { Frontmatter } from '../corpus/repost/repost-schema.ts';
import { segmentersFor } from '../engine/text/segment.ts';
import { NUMBERED_LEAD } from './detect/line-features.ts';

/** A section lead longer than this, or of more than one sentence, is a numbered paragraph. */
const MAX_HEADING_CHARS = 200;

/**
 * True when a body line is a numbered section heading of the essay ("1) The hierarchical logic
 * of AI is …"): a numbered lead, one sentence, short. It becomes a level-2 heading, as in the
 * hand-made Markdown copies, so that rehype-slug gives it an anchor.
 */
export function isSectionHeading(text: string): boolean {
  const t = text.trim();
  if (!NUMBERED_LEAD.test(t) || t.length > MAX_HEADING_CHARS) return false;
  // The engine's sentence splitter does not break after abbreviations such as "vs.".
  return segmentersFor().sentences(t.replace(NUMBERED_LEAD, '').trim()).length <= 1;
}

/**
 * Escapes a line of plain text so that Markdown reads it back as exactly that text — CommonMark,
 * as the essay processor (`corpus/essay/markdown.ts`) parses it, and GFM too, for other readers: inline markup characters get a backslash, and so do a closing run of
 * `#` (which a heading would drop) and the start of bare URLs (which would become links). White space at either end is dropped: the essay checks
 * compare trimmed lines.
 */
export function escapeInline(text: string): string {
  return (
    text
      .trim()
      .replace(/[\\`*_[\]<~]/g, '\\$&')
      // "&amp;" would be decoded to "&": escape the ampersand of anything shaped like a reference.
      .replace(/&(?=#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/gi, '\\&')
      // GFM turns bare URLs into links whose text keeps any backslash inside them: break the
      // pattern at its start instead, so no link forms and the escapes above read as plain text.
      .replace(/:(?=\/\/)|(?<=mailto|xmpp):/gi, '\\:')
      .replace(/(?<=www)\./gi, '\\.')
      .replace(/(\s)(#+)$/, (_m, space: string, hashes: string) => space + hashes.replace(/#/g, '\\#'))
  );
}

/**
 * Escapes a line as a paragraph: besides inline markup, whatever would open another block at the
 * start of the line (`#` heading, `>` quote, `-`/`+` list, `1.`/`1)` ordered list) is escaped.
 */
export function escapeParagraph(text: string): string {
  return escapeInline(text)
    .replace(/^([#>+=-])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** One body line as a Markdown block: a `##` heading for a section lead, else a paragraph. */
export function toMarkdownBlock(text: string): string {
  return isSectionHeading(text) ? `## ${escapeInline(text)}` : escapeParagraph(text);
}

/**
 * The Markdown copy of a repost: YAML frontmatter (title, author and date when the capture gives
 * them, then outlet and sigil), then one block per body line, separated by blank lines.
 */
export function toMarkdown(frontmatter: Frontmatter, bodyLines: readonly string[]): string {
  const ordered: Record<string, string> = {};
  for (const key of ['title', 'author', 'date', 'outlet', 'sigil'] as const) {
    const value = frontmatter[key];
    if (value !== undefined) ordered[key] = value;
  }
  const head = `---\n${yaml.dump(ordered, { lineWidth: -1, quotingType: '"' })}---\n`;
  return bodyLines.length === 0 ? head : `${head}\n${bodyLines.map(toMarkdownBlock).join('\n\n')}\n`;
}
