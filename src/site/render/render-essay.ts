import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { essayMarkdown } from '../../corpus/essay/markdown.ts';
import rehypeBlockAnchors, { type BlockAnchorOptions } from './rehype-block-anchors.ts';

/**
 * Renders a repost's Markdown body to HTML with the processor the corpus checked it with
 * (`essayMarkdown`), then heading slugs (rehype-slug), then ids and permalinks on every block.
 * Raw HTML is dropped (remark-rehype's default), although the corpus already refuses it. No smart
 * punctuation: the essay's characters are shown as captured.
 */
export function renderEssay(markdown: string, options: BlockAnchorOptions): string {
  return String(
    essayMarkdown().use(remarkRehype).use(rehypeSlug).use(rehypeBlockAnchors, options).use(rehypeStringify).processSync(markdown),
  );
}
