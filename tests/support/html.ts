import { readFileSync } from 'node:fs';
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
  const tree = fromHtml(readFileSync(file, 'utf8'));
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
