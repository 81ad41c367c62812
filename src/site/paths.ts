/**
 * Joins a site path to the base path the site is built under, so every internal link and asset
 * respects `BASE_PATH`. `path` is written from the site root (`/reposts/gate/`).
 */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base.slice(0, -1) : base;
  const tail = path.startsWith('/') ? path : `/${path}`;
  return `${head}${tail}`;
}

/** The reader page of a repost. */
export function readerPath(id: string): string {
  return `/reposts/${id}/`;
}

/** Absolute URL of a site path, for canonical links, Open Graph and the sitemap. */
export function absoluteUrl(site: URL | string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/** Part `part` of a view paged at `path`: the path itself for the first part, `<path><part>/` for a later one. */
function paged(path: string, part: number): string {
  return part === 1 ? path : `${path}${part}/`;
}

/** A compare page of a pair (slug `<a>-<b>`): its first part, or a later part of a long comparison. */
export function comparePath(slug: string, part = 1): string {
  return paged(`/compare/${slug}/`, part);
}

/** The inline view of a pair: its first part, or a later one. */
export function inlinePath(slug: string, part = 1): string {
  return paged(`/compare/${slug}/inline/`, part);
}

/** The published collation JSON of a pair. */
export function compareJsonPath(slug: string): string {
  return `/compare/${slug}.json`;
}

/** The JSON Schema every published collation JSON names in its `$schema`. */
export const COLLATION_SCHEMA_PATH = '/schema/collation.json';

/** The annotated raw capture of a repost. */
export function capturePath(id: string): string {
  return `/reposts/${id}/capture/`;
}

/** The synopsis: every repost in aligned columns; its first part, or a later one. */
export function synopsisPath(part = 1): string {
  return paged('/synopsis/', part);
}

/** The apparatus view of the synopsis: the base text with numbered notes; its first part, or a later one. */
export function apparatusPath(part = 1): string {
  return paged('/synopsis/apparatus/', part);
}

/** The published synopsis JSON, and its JSON Schema. */
export function synopsisJsonPath(): string {
  return '/synopsis.json';
}
export function synopsisSchemaPath(): string {
  return '/synopsis.schema.json';
}
