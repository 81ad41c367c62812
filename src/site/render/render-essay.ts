import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeBlockAnchors, { type BlockAnchorOptions } from './rehype-block-anchors.ts';

/**
 * Renders a repost's Markdown body to HTML: GFM, heading slugs (rehype-slug), then ids and
 * permalinks on every block. No smart punctuation: the essay's characters are shown as captured.
 */
export function renderEssay(markdown: string, options: BlockAnchorOptions): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeSlug)
      .use(rehypeBlockAnchors, options)
      .use(rehypeStringify)
      .processSync(markdown),
  );
}
