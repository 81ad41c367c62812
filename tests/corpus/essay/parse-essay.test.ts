import { describe, expect, it } from 'vitest';
import { checkBody } from '../../../src/corpus/essay/check-body.ts';
import { parseEssay } from '../../../src/corpus/essay/parse-essay.ts';
import { splitFrontmatter } from '../../../src/corpus/essay/split-frontmatter.ts';
import type { AccountedLine } from '../../../src/corpus/ledger/account-lines.ts';

const body = (line: number, text: string): AccountedLine => ({ line, text, role: 'body', block: 0 });

describe('parseEssay', () => {
  it('reads paragraphs and headings with their Markdown line and plain text', () => {
    const blocks = parseEssay('First *para*\n\n## 1) Heading\n\nA \\[bracket\\] and `code`.\n', 'e.md', 7);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'First para', line: 8 },
      { kind: 'heading', depth: 2, text: '1) Heading', line: 10 },
      { kind: 'paragraph', text: 'A [bracket] and code.', line: 12 },
    ]);
  });

  it('refuses structure a capture cannot have had, naming the line', () => {
    expect(() => parseEssay('Intro\n\n1) not a heading\n', 'e.md', 6)).toThrow(/^e\.md:9: unsupported Markdown list/);
    expect(() => parseEssay('# Title\n', 'e.md')).toThrow('e.md:1: level-1 headings are not allowed');
  });
});

describe('checkBody', () => {
  const lines = [body(9, 'One two three.'), { line: 10, text: '', role: 'blank' as const, block: 0 }, body(11, '  Four five.  ')];

  it('accepts Markdown whose text equals the body lines', () => {
    expect(() => checkBody(parseEssay('One two three.\n\nFour five.\n', 'e.md'), lines, 'e.md', 'c.txt')).not.toThrow();
  });

  it('names the Markdown line, the capture line and the first difference when a word changed', () => {
    expect(() => checkBody(parseEssay('One two three.\n\nFour six.\n', 'e.md', 4), lines, 'e.md', 'c.txt')).toThrow(
      'e.md:7: paragraph text differs from c.txt line 11 at character 6: the capture has «Four five.», the Markdown has «Four six.»',
    );
  });

  it('names a body line missing from the Markdown and a paragraph the capture lacks', () => {
    expect(() => checkBody(parseEssay('One two three.\n', 'e.md'), lines, 'e.md', 'c.txt')).toThrow(
      'c.txt line 11 is essay body but missing',
    );
    expect(() => checkBody(parseEssay('One two three.\n\nFour five.\n\nExtra.\n', 'e.md'), lines, 'e.md', 'c.txt')).toThrow(
      'e.md:5: paragraph «Extra.» has no body line in c.txt',
    );
  });
});

describe('splitFrontmatter', () => {
  it('returns the data, the body and how many lines precede the body', () => {
    const split = splitFrontmatter('---\ntitle: "T"\nsigil: G\n---\n\nBody\n', 'e.md');
    expect(split.data).toEqual({ title: 'T', sigil: 'G' });
    expect(split.body).toBe('\nBody\n');
    expect(split.bodyLineOffset).toBe(4);
  });

  it('names the file and line of bad YAML, and a missing fence', () => {
    expect(() => splitFrontmatter('---\ntitle: [unclosed\n---\n', 'e.md')).toThrow(/^e\.md:\d+: invalid YAML frontmatter/);
    expect(() => splitFrontmatter('Body only\n', 'e.md')).toThrow('e.md:1: expected YAML frontmatter');
  });
});

describe('parseEssay on hostile Markdown', () => {
  it.each([
    ['a javascript: link', 'Text [x](javascript:alert(document.domain)) more.', /^e\.md:3: links and autolinks are not allowed/],
    ['an image from a third-party host', 'See ![t](https://evil.example/t.png).', /^e\.md:3: images are not allowed/],
    ['an autolink', 'Go <https://evil.example/> now.', /^e\.md:3: links and autolinks are not allowed/],
    ['inline HTML', 'A <img src=x onerror=alert(1)> here.', /^e\.md:3: raw HTML "<img src=x onerror=alert\(1\)>" is not allowed/],
    ['a reference definition', 'Text [x] here.\n\n[x]: javascript:alert(1)', /^e\.md:3: links and autolinks are not allowed/],
    ['a lone reference definition', 'Text.\n\n[y]: javascript:alert(1)', /^e\.md:5: unsupported Markdown link reference definition/],
    ['an HTML block', '<script>alert(1)</script>', /^e\.md:3: unsupported Markdown HTML/],
  ])('refuses %s, naming the line and how to keep the text', (_name, body, message) => {
    expect(() => parseEssay(`\n\n${body}\n`, 'e.md')).toThrow(message);
  });

  it('reads bare URLs and e-mail addresses as plain text', () => {
    const blocks = parseEssay('Visit https://example.com/a_b or www.example.org, or write to a@example.com.\n', 'e.md');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Visit https://example.com/a_b or www.example.org, or write to a@example.com.', line: 1 },
    ]);
  });
});
