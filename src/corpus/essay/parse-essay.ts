import type { Heading, Nodes, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ContentError } from '../content-error.ts';
import { parseEssayMarkdown } from './markdown.ts';

/** One block of the essay: a heading or a paragraph, with its plain text. */
export interface EssayBlock {
  /** `heading` or `paragraph`; the only structure the Markdown copy may add to a capture. */
  kind: 'heading' | 'paragraph';
  /** Heading level (2–6) for headings. */
  depth?: number;
  /** The block's text with Markdown markup removed: what the capture says. */
  text: string;
  /** 1-based line of the block in the Markdown file. */
  line: number;
}

/**
 * Reads the essay's blocks from the Markdown body. Markdown gives structure only: paragraphs and
 * level-2+ headings, with emphasis inside them. A capture is plain text, so whatever Markdown
 * could add that points elsewhere or runs code — links, images, autolinks, raw HTML, link
 * definitions — is refused, as are lists, code and quotes. `lineOffset` maps body lines back to
 * file lines for errors.
 */
export function parseEssay(body: string, file: string, lineOffset = 0): EssayBlock[] {
  const tree = parseEssayMarkdown(body);
  const lineOf = (node: Nodes) => (node.position?.start.line ?? 1) + lineOffset;
  return tree.children.map((node): EssayBlock => {
    const line = lineOf(node);
    if (node.type !== 'paragraph' && node.type !== 'heading') {
      throw new ContentError(file, `unsupported Markdown ${describe(node)}: the essay copy may hold only paragraphs and headings`, line);
    }
    if (node.type === 'heading' && node.depth === 1) {
      throw new ContentError(file, 'level-1 headings are not allowed: the title belongs in the frontmatter', line);
    }
    const foreign = findForeign(node);
    if (foreign) throw new ContentError(file, refusal(foreign), lineOf(foreign));
    return node.type === 'heading'
      ? { kind: 'heading', depth: node.depth, text: blockText(node), line }
      : { kind: 'paragraph', text: blockText(node), line };
  });
}

/** Inline nodes that would make the page link, load or run something the capture never had. */
const FOREIGN = new Set(['link', 'linkReference', 'image', 'imageReference', 'html']);

function findForeign(node: Nodes): Nodes | undefined {
  if (FOREIGN.has(node.type)) return node;
  if ('children' in node) {
    for (const child of node.children) {
      const found = findForeign(child);
      if (found) return found;
    }
  }
  return undefined;
}

function refusal(node: Nodes): string {
  const hint = 'the essay comes from a plain-text capture, which has none; to keep the characters as text, put a backslash before';
  switch (node.type) {
    case 'image':
    case 'imageReference':
      return `images are not allowed in the essay copy: ${hint} the "!" or "["`;
    case 'html':
      return `raw HTML ${JSON.stringify(node.value.slice(0, 40))} is not allowed in the essay copy: ${hint} the "<"`;
    default:
      return `links and autolinks are not allowed in the essay copy: ${hint} the "[" or "<"`;
  }
}

/** Plain text of a block; soft line breaks inside a paragraph read as spaces. */
function blockText(node: Paragraph | Heading): string {
  return toString(node, { includeImageAlt: true, includeHtml: false }).replace(/\s*\n\s*/g, ' ');
}

function describe(node: RootContent): string {
  const names: Partial<Record<RootContent['type'], string>> = {
    list: 'list (a line starting with “1.”, “1)”, “-” or “*” needs a backslash before the marker, or is a heading)',
    code: 'code block',
    html: 'HTML (the essay comes from a plain-text capture; put a backslash before the "<" to keep it as text)',
    definition:
      'link reference definition (the essay comes from a plain-text capture, which has no links; put a backslash before the "[" to keep it as text)',
    blockquote: 'block quote',
    thematicBreak: 'thematic break',
  };
  return names[node.type] ?? node.type;
}
