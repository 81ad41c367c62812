import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * The one Markdown configuration of the project: the corpus checks an essay and the site renders
 * it with this same processor, so what the check accepted is exactly what the page shows.
 *
 * An essay's Markdown copy is plain CommonMark, without GFM. Its words come from a plain-text
 * capture, which has no links; GFM would turn every bare URL or e-mail address in the text into a
 * live `<a href>` (autolink literals), and its other additions (tables, task lists, footnotes,
 * strikethrough) are structure a capture never had. CommonMark still reads every backslash escape
 * `to-markdown.ts` writes, so imported copies parse the same.
 */
export function essayMarkdown() {
  return unified().use(remarkParse);
}

const essayParser = essayMarkdown();

/** The syntax tree of an essay body, as the site will render it. */
export function parseEssayMarkdown(body: string): Root {
  return essayParser.runSync(essayParser.parse(body)) as Root;
}

const lenientParser = essayMarkdown().use(remarkGfm);

/**
 * The syntax tree of any Markdown a user hands to `collate`: the essay processor plus GFM, so
 * tables and footnotes of an arbitrary document are read as the blocks they are. Never rendered.
 */
export function parseAnyMarkdown(body: string): Root {
  return lenientParser.runSync(lenientParser.parse(body)) as Root;
}
