import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/importer/detect/front-matter.ts';
import { detectLines } from '../../../src/importer/detect/detect-lines.ts';
import { ESSAY } from './support.ts';

describe('readFrontMatter', () => {
  it('reads an Obsidian clip’s title, its author from a list of wiki links, and not the clipping’s date', () => {
    const lines = [
      '---',
      'title: "The Layered Paradox"',
      'source: "https://example.blog/p/x"',
      'author:',
      '  - "[[Haotian]]"',
      'created: 2025-06-21',
      'tags:',
      '  - "clippings"',
      '---',
      '',
    ];
    expect(readFrontMatter(lines)).toEqual({
      end: 8,
      fields: { title: { lines: [1], value: 'The Layered Paradox' }, author: { lines: [3, 4], value: 'Haotian' } },
    });
  });

  it('reads a Hugo file’s TOML block and a Jekyll file’s YAML, links and lists included', () => {
    expect(readFrontMatter(['+++', 'title = "Paradoja"', 'date = 2025-06-17T10:00:00+08:00', '+++'])?.fields).toEqual({
      title: { lines: [1], value: 'Paradoja' },
      date: { lines: [2], value: '2025-06-17T10:00:00+08:00' },
    });
    expect(readFrontMatter(['', '---', 'authors: ["Haotian", "Editor"]', 'published_at: 2025-06-17', '---'])?.fields).toEqual({
      author: { lines: [2], value: 'Haotian' },
      date: { lines: [3], value: '2025-06-17' },
    });
    expect(readFrontMatter(['---', 'author: [Haotian](https://x.com/tmel0211)', '---'])?.fields.author?.value).toBe('Haotian');
  });

  it('finds none in a rule over prose, an unclosed block, or a block not at the top', () => {
    expect(readFrontMatter(['---', 'Everyone says the rollup-centric roadmap has failed.', '---'])).toBeUndefined();
    expect(readFrontMatter(['---', 'title: "X"'])).toBeUndefined();
    expect(readFrontMatter(['Menu', '---', 'title: "X"', '---'])).toBeUndefined();
  });
});

describe('detectLines with a front matter', () => {
  it('takes the title the page does not print from it, without its key or quotes, and keeps the page’s own byline', () => {
    const lines = [
      '---',
      'title: "The Layered Paradox of AI and Crypto"',
      'created: 2025-06-21',
      '---',
      '',
      'By Haotian',
      'June 17, 2025',
      '',
      ...ESSAY,
    ];
    const { metadata, lines: detected } = detectLines(lines);
    expect(metadata).toEqual({ title: 'The Layered Paradox of AI and Crypto', author: 'Haotian', date: 'June 17, 2025' });
    expect(detected[1]).toMatchObject({ role: 'metadata', fields: ['title'] });
    expect(detected[2]!.role).toBe('boilerplate');
  });
});
