import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { BASE_PATH, BASE_SITE } from '../support/build-sites.ts';
import { builtPages, listFiles } from '../support/serve.ts';

/** The two builds of the global setup, with the origin and base path each was built for. */
const BUILDS = [
  { name: 'root build', dir: inject('siteDir'), site: 'http://localhost:4321', base: '/' },
  { name: 'base-path build', dir: inject('baseSiteDir'), site: BASE_SITE, base: BASE_PATH },
] as const;

type Build = (typeof BUILDS)[number];

/** Attributes that hold a URL the browser will follow or fetch. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'data']);

describe.each(BUILDS)('$name', (build) => {
  const pages = builtPages(build.dir);
  const htmlFiles = listFiles(build.dir).filter((file) => file.endsWith('.html'));

  test('every internal href/src resolves to a file, and every #fragment to an element id there', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles) {
      const pageUrl = new URL(fileUrlPath(build, file), build.site);
      for (const { tag, name, value } of urlAttributes(readFileSync(join(build.dir, file), 'utf8'))) {
        const problem = checkLink(build, pageUrl, value);
        if (problem === undefined) continue;
        checked++;
        if (problem) broken.push(`${file}: <${tag} ${name}="${value}">: ${problem}`);
      }
    }
    expect(broken).toEqual([]);
    // The pages do link to each other (navigation, permalinks); an empty run would prove nothing.
    expect(checked).toBeGreaterThan(pages.length * 3);
  });

  test('robots.txt points to a sitemap that exists', () => {
    const robots = readFileSync(join(build.dir, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap:\s*(\S+)\s*$/m.exec(robots)?.[1];
    expect(sitemap).toBe(new URL(`${build.base}sitemap-index.xml`, build.site).href);
    expect(checkLink(build, new URL(build.site), sitemap!)).toBe('');
  });

  test('the sitemap lists every page and only real pages (not the 404 page)', () => {
    const index = readFileSync(join(build.dir, 'sitemap-index.xml'), 'utf8');
    const sitemaps = locs(index);
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = sitemaps.flatMap((loc) => {
      const file = fileFor(build, new URL(loc));
      expect(file && existsSync(join(build.dir, file)), `sitemap ${loc} exists in dist/`).toBe(true);
      return locs(readFileSync(join(build.dir, file!), 'utf8'));
    });
    const expected = pages
      .filter((page) => page.path !== '/404.html')
      .map((page) => new URL(`${build.base}${page.path.slice(1)}`, build.site).href);
    expect([...listed].sort()).toEqual([...expected].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });
});

/** Path of a built file as served: `reposts/gate/index.html` → `<base>reposts/gate/`. */
function fileUrlPath(build: Build, file: string): string {
  return `${build.base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The `dist/` file a same-origin URL is served from, or undefined when there is none. */
function fileFor(build: Build, url: URL): string | undefined {
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(build.base)) return undefined;
  const rest = path.slice(build.base.length);
  const candidate = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
  const full = join(build.dir, candidate);
  return existsSync(full) && statSync(full).isFile() ? candidate : undefined;
}

/**
 * Checks one URL found on a page: undefined when it leaves the site (another origin, `mailto:`…),
 * '' when it resolves, otherwise what is wrong.
 */
function checkLink(build: Build, pageUrl: URL, value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return 'not a URL';
  }
  if (url.origin !== new URL(build.site).origin) return undefined;
  if (!decodeURIComponent(url.pathname).startsWith(build.base)) return `outside the base path ${build.base}`;
  const file = fileFor(build, url);
  if (!file) return `no file in dist/ for ${url.pathname}`;
  const fragment = url.hash.slice(1);
  if (!fragment || fragment.startsWith(':~:')) return '';
  if (!file.endsWith('.html')) return `#${fragment} on a file that is not HTML`;
  return idsOf(build, file).has(decodeURIComponent(fragment)) ? '' : `no element with id "${decodeURIComponent(fragment)}" in ${file}`;
}

const idCache = new Map<string, Set<string>>();

/** Every `id` in a built HTML file. */
function idsOf(build: Build, file: string): Set<string> {
  const key = join(build.dir, file);
  let ids = idCache.get(key);
  if (!ids) {
    ids = new Set(
      tags(readFileSync(key, 'utf8'))
        .map((tag) => tag.attributes.get('id'))
        .filter((id): id is string => id !== undefined),
    );
    idCache.set(key, ids);
  }
  return ids;
}

/** Every URL-valued attribute (`href`, `src`, `srcset` candidates, `og:url`) in a document. */
function urlAttributes(html: string): { tag: string; name: string; value: string }[] {
  return tags(html).flatMap(({ name: tag, attributes }) => {
    const found: { tag: string; name: string; value: string }[] = [];
    for (const [name, value] of attributes) {
      if (URL_ATTRIBUTES.has(name)) found.push({ tag, name, value: value.trim() });
      if (name === 'srcset') for (const candidate of value.split(',')) found.push({ tag, name, value: candidate.trim().split(/\s+/)[0]! });
    }
    if (tag === 'meta' && /^og:(url|image)$/.test(attributes.get('property') ?? ''))
      found.push({ tag, name: 'content', value: attributes.get('content') ?? '' });
    return found;
  });
}

/** The start tags of a document with their attributes (entities decoded), skipping comments, script and style contents. */
function tags(html: string): { name: string; attributes: Map<string, string> }[] {
  const source = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2\s*>/gi, '$1');
  const found: { name: string; attributes: Map<string, string> }[] = [];
  const tagPattern = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
  const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const match of source.matchAll(tagPattern)) {
    const attributes = new Map<string, string>();
    for (const attribute of match[2]!.matchAll(attributePattern)) {
      attributes.set(attribute[1]!.toLowerCase(), decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''));
    }
    found.push({ name: match[1]!.toLowerCase(), attributes });
  }
  return found;
}

function decodeEntities(value: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] === '#')
      return String.fromCodePoint(code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10));
    return named[code.toLowerCase()] ?? entity;
  });
}

/** The `<loc>` URLs of a sitemap or sitemap index. */
function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((m) => decodeEntities(m[1]!));
}
