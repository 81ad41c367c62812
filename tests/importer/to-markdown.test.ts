import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../src/corpus/essay/parse-essay.ts';
import { splitFrontmatter } from '../../src/corpus/essay/split-frontmatter.ts';
import { escapeParagraph, isSectionHeading, toMarkdown, toMarkdownBlock } from '../../src/importer/to-markdown.ts';

/** The text remark reads back from one Markdown block. */
function readBack(markdown: string): { kind: string; text: string }[] {
  return parseEssay(markdown, 'essay.md').map((b) => ({ kind: b.kind, text: b.text }));
}

describe('toMarkdownBlock', () => {
  it.each([
    '1. Numbered like a list but a paragraph of the essay, with more than one sentence. Really.',
    '- starts like a list item',
    '+ starts like a list item too',
    '* and so does this one',
    '# looks like a heading',
    '> looks like a quote',
    '---',
    '```not code',
    '<div>not html</div> and a <b>tag</b>',
    'emphasis *here* and _there_ and **strong** and ~~struck~~',
    'a [link](https://example.com) and an ![image](x.png) and [^1]',
    '`code` and back\\slash and trailing backslash \\',
    'entities &amp; &#35; &copy; stay literal, a bare & too',
    'C# and F# end with a hash #',
    'bare URLs https://t.me/foo_bar_baz and www.example.com/x_y and mail a_b@example.com',
    '  leading and trailing white space  ',
  ])('reads back %j as the same text', (line) => {
    expect(readBack(toMarkdownBlock(line))).toEqual([{ kind: 'paragraph', text: line.trim() }]);
  });

  it.each([
    '1) The hierarchical logic of AI is that each layer solves core problems that the upper layer cannot solve.',
    '2) The layered logic of Crypto is that each layer patches the problems of the previous layer.',
    '1）AI 的分层逻辑是：每一层都在解决上一层解决不了的核心问题。',
    '1. La lógica jerárquica de la IA es que cada nivel resuelve problemas centrales.',
  ])('makes the numbered section lead %j a level-2 heading with the same text', (line) => {
    expect(readBack(toMarkdownBlock(line))).toEqual([{ kind: 'heading', text: line }]);
  });

  it('keeps a numbered paragraph of several sentences a paragraph', () => {
    const line = '1) First this happened. Then that happened, and the layers piled up.';
    expect(isSectionHeading(line)).toBe(false);
    expect(escapeParagraph(line)).toBe('1\\) First this happened. Then that happened, and the layers piled up.');
  });

  it('survives random strings of markup characters', () => {
    const alphabet = [
      'a',
      ' ',
      '*',
      '_',
      '[',
      ']',
      '(',
      ')',
      '<',
      '>',
      '`',
      '~',
      '\\',
      '&',
      '#',
      '!',
      '|',
      '-',
      '+',
      '.',
      '1',
      ':',
      '/',
      'http://',
      'www.',
      ';',
      '=',
      '中',
      '\t',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 3000; k++) {
      let line = '';
      for (let i = 1 + Math.floor(random() * 16); i > 0; i--) line += alphabet[Math.floor(random() * alphabet.length)];
      if (line.trim() === '') continue;
      expect(
        readBack(toMarkdownBlock(line)).map((b) => b.text),
        JSON.stringify(line),
      ).toEqual([line.trim()]);
    }
  });
});

describe('toMarkdown', () => {
  it('writes the frontmatter fields the capture gives, then one block per body line', () => {
    const markdown = toMarkdown(
      { title: 'Leap vs. Shift: "Layers"', author: 'Haotian', date: '2025-06-17', outlet: 'Mirror', sigil: 'M' },
      ['One.', '2) A lead.', 'Three.'],
    );
    const { data, body } = splitFrontmatter(markdown, 'essay.md');
    expect(data).toEqual({ title: 'Leap vs. Shift: "Layers"', author: 'Haotian', date: '2025-06-17', outlet: 'Mirror', sigil: 'M' });
    expect(Object.keys(data as object)).toEqual(['title', 'author', 'date', 'outlet', 'sigil']);
    expect(body).toBe('\nOne.\n\n## 2) A lead.\n\nThree.\n');
  });

  it('leaves out title, author and date the capture does not give', () => {
    const { data } = splitFrontmatter(toMarkdown({ outlet: 'Mirror', sigil: 'M' }, ['One.']), 'essay.md');
    expect(data).toEqual({ outlet: 'Mirror', sigil: 'M' });
  });
});
