import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** A parsed page of a built site, with CSS-selector helpers. */
export interface Page {
  tree: Root;
  one(selector: string): Element | undefined;
  all(selector: string): Element[];
  text(selector: string): string;
  attr(selector: string, name: string): string | undefined;
}

/** Reads `<dist>/<path>` (a page path such as `/reposts/gate/` or a file such as `/404.html`). */
export function readPage(dist: string, path: string): Page {
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  return pageOf(fromHtml(readFileSync(file, 'utf8')));
}

function pageOf(tree: Root): Page {
  return {
    tree,
    one: (s) => select(s, tree),
    all: (s) => selectAll(s, tree),
    text: (s) => {
      const el = select(s, tree);
      return el ? toString(el) : '';
    },
    attr: (s, name) => {
      const value = select(s, tree)?.properties[name];
      return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
    },
  };
}

/** Text content of an element. */
export { toString as textOf };

/** A paged view read whole: its parts' paths, and where each id is. */
export interface PartsPage extends Page {
  /** The parts' paths, the first part's path first. */
  paths: string[];
  /** `<path of the part holding id>#<id>`: a link to `id` as the parts write it once made absolute. */
  at(id: string): string;
}

/**
 * The parts of a paged view (`/compare/a-b/`, `/compare/a-b/2/`, …), read as one page in order,
 * with every same-page link (`#G5`) made absolute (`/compare/a-b/2/#G5`), so that a test checks
 * links alike whether they stay in a part or cross to another.
 */
export function readParts(dist: string, first: string): PartsPage {
  const paths = [first];
  while (existsSync(join(dist, `${first}${paths.length + 1}`, 'index.html'))) paths.push(`${first}${paths.length + 1}/`);
  const where = new Map<string, string>();
  const tree: Root = { type: 'root', children: [] };
  for (const path of paths) {
    const part = readPage(dist, path);
    for (const el of selectAll('[id]', part.tree)) if (!where.has(String(el.properties.id))) where.set(String(el.properties.id), path);
    for (const a of selectAll('a[href^="#"]', part.tree)) a.properties.href = `${path}${String(a.properties.href)}`;
    tree.children.push(...part.tree.children);
  }
  return { ...pageOf(tree), paths, at: (id) => `${where.get(id) ?? '?'}#${id}` };
}
