import type { MetadataField } from '../../corpus/ledger/taxonomy.ts';
import { withoutQuotes } from '../../corpus/repost/load-repost.ts';

/** One field the front matter gives: the lines that hold it (its key, then its list's items) and its value. */
export interface FrontMatterField {
  lines: number[];
  value: string;
}

/** A capture's front matter: where it ends (its closing fence's index) and the fields it gives. */
export interface FrontMatter {
  end: number;
  fields: Partial<Record<MetadataField, FrontMatterField>>;
}

/**
 * The title, author and date a Markdown file's front matter gives, as a clipper writes it (Obsidian's Web Clipper,
 * MarkDownload) or a static site's source file holds it (Jekyll, Hugo): a block fenced by `---` (YAML) or `+++` (TOML)
 * on the capture's first non-blank line, each line in it a key and its value or an item of a list. Undefined when the
 * capture opens with no such block: a rule `---` over prose is no front matter. The clipping's own dates (`created`, `updated`)
 * are not the essay's. Linear.
 */
export function readFrontMatter(lines: readonly string[]): FrontMatter | undefined {
  const start = lines.findIndex((l) => l.trim() !== '');
  const fence = lines[start]?.trim();
  if (fence !== '---' && fence !== '+++') return undefined;
  const fields: Partial<Record<MetadataField, FrontMatterField>> = {};
  let open: { field: MetadataField; key: number } | undefined;
  for (let i = start + 1; i < Math.min(lines.length, start + MAX_LINES); i++) {
    const line = lines[i]!;
    if (line.trim() === fence) return { end: i, fields };
    const item = ITEM.exec(line);
    if (item) {
      // A list's first item is the field's value ("author:" then "  - "[[Haotian]]"").
      const value = open && plainValue(item[1]!);
      if (open && value && fields[open.field] === undefined) fields[open.field] = { lines: [open.key, i], value };
      continue;
    }
    const entry = ENTRY.exec(line);
    if (!entry) {
      if (line.trim() === '' || /^\s/u.test(line)) continue;
      return undefined;
    }
    const field = KEYS[entry[1]!.toLowerCase().replace(/[_-]/gu, '')];
    open = field && entry[2]!.trim() === '' ? { field, key: i } : undefined;
    const value = field && plainValue(entry[2]!);
    if (field && value && fields[field] === undefined) fields[field] = { lines: [i], value };
  }
  return undefined;
}

/** A front matter longer than this is no front matter (clippers write a dozen lines). */
const MAX_LINES = 80;
/** A top-level key and its value: YAML's `key: value`, TOML's `key = "value"`. */
const ENTRY = /^([A-Za-z][\w.-]*)\s*[:=](?:\s+|$)(.*)$/u;
/** An item of a YAML list. */
const ITEM = /^\s+-\s+(.*)$/u;

/** The keys that name the essay's title, author and date, lower-cased without `_` and `-`. */
const KEYS: Readonly<Record<string, MetadataField>> = {
  title: 'title',
  author: 'author',
  authors: 'author',
  creator: 'author',
  byline: 'author',
  date: 'date',
  published: 'date',
  publishdate: 'date',
  publisheddate: 'date',
  publishedat: 'date',
  pubdate: 'date',
};

/**
 * A scalar as its text: without the quotes around it, a list's brackets (its first item), a wiki link's brackets
 * ("[[Haotian]]", "[[notes/Haotian|Haotian]]") or a Markdown link's address ("[Haotian](https://…)").
 */
function plainValue(raw: string): string {
  let v = raw.trim();
  const list = /^\[(?!\[)(.*)\]$/u.exec(v);
  if (list) v = list[1]!.split(',')[0]!.trim();
  v = withoutQuotes(v);
  const wiki = /^\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]$/u.exec(v);
  if (wiki) return wiki[1]!.trim();
  const link = /^\[([^\]]+)\]\([^)]*\)$/u.exec(v);
  return link ? link[1]!.trim() : v;
}
