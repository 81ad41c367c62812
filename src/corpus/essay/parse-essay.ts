import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ContentError } from '../content-error.ts';

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

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parses a Markdown syntax tree with the same plugins the renderer uses. */
export function parseMarkdown(body: string): Root {
  return parser.runSync(parser.parse(body)) as Root;
}

/**
 * Reads the essay's blocks from the Markdown body. Only paragraphs and level-2+ headings are
 * allowed: the Markdown copy gives structure to a capture, it does not add lists, code or HTML
 * that the capture never had. `lineOffset` maps body lines back to file lines for errors.
 */
export function parseEssay(body: string, file: string, lineOffset = 0): EssayBlock[] {
  const tree = parseMarkdown(body);
  return tree.children.flatMap((node): EssayBlock[] => {
    const line = (node.position?.start.line ?? 1) + lineOffset;
    if (node.type === 'paragraph') return [{ kind: 'paragraph', text: blockText(node), line }];
    if (node.type === 'heading') {
      if (node.depth === 1) {
        throw new ContentError(file, 'level-1 headings are not allowed: the title belongs in the frontmatter', line);
      }
      return [{ kind: 'heading', depth: node.depth, text: blockText(node), line }];
    }
    if (node.type === 'definition') return [];
    throw new ContentError(file, `unsupported Markdown ${describe(node)}: the essay copy may hold only paragraphs and headings`, line);
  });
}

/** Plain text of a block; soft line breaks inside a paragraph read as spaces. */
function blockText(node: Paragraph | Heading): string {
  return toString(node, { includeImageAlt: true, includeHtml: false }).replace(/\s*\n\s*/g, ' ');
}

function describe(node: RootContent): string {
  const names: Partial<Record<RootContent['type'], string>> = {
    list: 'list (a line starting with “1.”, “1)”, “-” or “*” needs a backslash before the marker, or is a heading)',
    code: 'code block',
    html: 'HTML',
    table: 'table',
    blockquote: 'block quote',
    thematicBreak: 'thematic break',
  };
  return names[node.type] ?? node.type;
}
