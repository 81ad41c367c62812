import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { blockIds } from '../../../src/corpus/essay/block-ids.ts';
import { parseEssay } from '../../../src/corpus/essay/parse-essay.ts';

const p = (text: string) => ({ kind: 'paragraph' as const, text });

describe('blockIds', () => {
  it('names a paragraph by its first six words', () => {
    expect(blockIds([p('For example, LLMs in L1 solve the basic capabilities of language understanding.')])).toEqual([
      'p-for-example-llms-in-l1-solve',
    ]);
  });

  it('keeps a paragraph’s id when other paragraphs are inserted, removed or reworded', () => {
    const before = blockIds([p('Alpha beta gamma.'), p('Of course, this abstract analogy is not so absolute.')]);
    const after = blockIds([
      p('A new opening paragraph.'),
      p('Alpha beta gamma delta, reworded.'),
      p('Of course, this abstract analogy is not so absolute.'),
    ]);
    expect(after[2]).toBe(before[1]);
  });

  it('tells apart paragraphs that start alike, in document order', () => {
    expect(blockIds([p('For example, the same six words here.'), p('For example, the same six words there.')])).toEqual([
      'p-for-example-the-same-six-words',
      'p-for-example-the-same-six-words-2',
    ]);
  });

  it('gives headings exactly the slug rehype-slug gives them, duplicates included', () => {
    const markdown = '## 1) The hierarchical logic of AI\n\ntext\n\n## Notes\n\n## Notes\n';
    const html = String(unified().use(remarkParse).use(remarkRehype).use(rehypeSlug).use(rehypeStringify).processSync(markdown));
    const slugged = [...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
    const ids = blockIds(parseEssay(markdown, 'x.md')).filter((_, i) => i !== 1);
    expect(ids).toEqual(slugged);
    expect(ids).toEqual(['1-the-hierarchical-logic-of-ai', 'notes', 'notes-1']);
  });

  it('cuts long ids at a word boundary', () => {
    const [id] = blockIds([p('Supercalifragilisticexpialidocious antidisestablishmentarianism floccinaucinihilipilification words')]);
    expect(id!.length).toBeLessThanOrEqual(50);
    expect(id).toBe('p-supercalifragilisticexpialidocious');
  });
});
