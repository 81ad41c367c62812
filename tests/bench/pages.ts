import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { PAGE_BUDGET } from '../../src/site/view/page-parts.ts';
import { builtPages } from '../support/serve.ts';

/** Per page: what the first visit downloads must fit in the first round trips (the site splits long views by it). */
export { PAGE_BUDGET } from '../../src/site/view/page-parts.ts';
/** For the whole site: every distinct script, compressed. */
export const JS_BUDGET = 3 * 1024;

/**
 * The pages of a build over {@link PAGE_BUDGET}, as `path: bytes`: the document gzipped (level 9)
 * plus each script and stylesheet it links, gzipped. Lighter than {@link pageWeights} (no brotli),
 * for the tests.
 */
export function pagesOverBudget(dist: string): string[] {
  const assets = new Map<string, number>();
  const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
  return builtPages(dist).flatMap(({ file, path }) => {
    const html = readFileSync(join(dist, file), 'utf8');
    const linked = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    const total =
      gz(join(dist, file)) + linked.reduce((n, href) => n + (assets.get(href) ?? assets.set(href, gz(join(dist, href))).get(href)!), 0);
    return total > PAGE_BUDGET ? [`${path}: ${total} B`] : [];
  });
}

/** A size raw, gzipped and brotli-compressed (maximum quality, as a static host would precompress). */
export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

/** What one page and the files it references weigh. */
export interface PageWeight {
  path: string;
  /** Markup: the document without its inline `<style>` and `<script>` code. */
  html: Size;
  /** Inline `<style>` plus linked stylesheets. */
  css: Size;
  /** Inline scripts plus external ones (JSON-LD is data, counted as markup). */
  js: Size;
  /** Font files linked or named in `url(…)` of the page's CSS. */
  fonts: Size;
  /** What is transferred: the whole document compressed, plus each linked file compressed. */
  total: Size;
  /** Each distinct script of the page by content hash (inline) or file (external), for the site total. */
  scripts: Map<string, Size>;
}

const ZERO: Size = { raw: 0, gzip: 0, brotli: 0 };
const FONT = /\.(woff2?|ttf|otf|eot)(?:[?#].*)?$/i;

/** The size of some bytes. */
export function sizeOf(data: string | Buffer): Size {
  const buffer = typeof data === 'string' ? Buffer.from(data) : data;
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function add(...sizes: Size[]): Size {
  return sizes.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), ZERO);
}

/** Weighs every page of a build made with base `/`. */
export function pageWeights(dir: string): PageWeight[] {
  const file = (href: string) => {
    const path = join(dir, decodeURIComponent(new URL(href, 'http://site/').pathname));
    return existsSync(path) ? readFileSync(path) : undefined;
  };
  return builtPages(dir).map(({ file: name, path }) => {
    const document = readFileSync(join(dir, name), 'utf8');
    const inlineCss = [...document.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
    const inlineJs = [...document.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
      .filter((m) => !/\bsrc=/i.test(m[1]!) && isJavaScript(m[1]!))
      .map((m) => m[2]!);
    const linkedCss = [...document.matchAll(/<link\b[^>]*>/gi)]
      .map((m) => m[0])
      .filter((tag) => /\brel=["']?stylesheet/i.test(tag))
      .map(hrefOf);
    const linkedJs = [
      ...[...document.matchAll(/<script\b([^>]*)>/gi)]
        .filter((m) => /\bsrc=/i.test(m[1]!))
        .map((m) => /\bsrc=["']?([^"'\s>]+)/i.exec(m[1]!)![1]!),
      ...[...document.matchAll(/<link\b[^>]*>/gi)]
        .map((m) => m[0])
        .filter((tag) => /\brel=["']?modulepreload/i.test(tag))
        .map(hrefOf),
    ];
    const cssText = [...inlineCss, ...linkedCss.map((href) => file(href)?.toString('utf8') ?? '')].join('\n');
    const fontHrefs = new Set([
      ...[...cssText.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!).filter((href) => FONT.test(href)),
      ...[...document.matchAll(/<link\b[^>]*>/gi)]
        .map((m) => m[0])
        .filter((tag) => /\bas=["']?font/i.test(tag))
        .map(hrefOf),
    ]);
    const external = (hrefs: Iterable<string>) =>
      [...new Set(hrefs)].map((href) => ({ href, size: sizeOf(file(href) ?? Buffer.alloc(0)) }));
    const css = external(linkedCss);
    const js = external(linkedJs);
    const fonts = external(fontHrefs);
    const markup = [...inlineCss, ...inlineJs].reduce((rest, code) => rest.replace(code, ''), document);
    const scripts = new Map<string, Size>([
      ...inlineJs.map((code) => [`inline:${createHash('sha256').update(code).digest('hex').slice(0, 12)}`, sizeOf(code)] as const),
      ...js.map((f) => [f.href, f.size] as const),
    ]);
    return {
      path,
      html: sizeOf(markup),
      css: add(...inlineCss.map(sizeOf), ...css.map((f) => f.size)),
      js: add(...inlineJs.map(sizeOf), ...js.map((f) => f.size)),
      fonts: add(...fonts.map((f) => f.size)),
      total: add(sizeOf(document), ...[...css, ...js, ...fonts].map((f) => f.size)),
      scripts,
    };
  });
}

function hrefOf(tag: string): string {
  return /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1] ?? '';
}

function isJavaScript(attributes: string): boolean {
  const type = /\btype=["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(type);
}

/** `12.3 KB` / `512 B`. */
export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** Prints a table with a header row, columns padded to fit. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/**
 * Builds the site and prints, per page, the bytes of markup, CSS, JS and fonts raw, gzip and
 * brotli, flagging pages whose transfer (gzip) is over {@link PAGE_BUDGET} and the site if all its
 * distinct scripts together are over {@link JS_BUDGET}. Returns the build for further benches.
 */
export async function benchPages(): Promise<BuildResult> {
  console.log('\n## Page weight (base /)\n');
  const build = buildSite({ label: 'bench' });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
  const weights = pageWeights(build.outDir);
  const cell = (s: Size) => `${formatBytes(s.raw)} / ${formatBytes(s.gzip)} / ${formatBytes(s.brotli)}`;
  printTable(
    [
      'page',
      'HTML raw/gz/br',
      'CSS raw/gz/br',
      'JS raw/gz/br',
      'fonts raw/gz/br',
      'total raw/gz/br',
      `budget ${formatBytes(PAGE_BUDGET)} gz`,
    ],
    weights.map((w) => [
      w.path,
      cell(w.html),
      cell(w.css),
      cell(w.js),
      cell(w.fonts),
      cell(w.total),
      w.total.gzip > PAGE_BUDGET ? 'OVER' : 'ok',
    ]),
  );
  const scripts = new Map(weights.flatMap((w) => [...w.scripts]));
  const js = add(...scripts.values());
  console.log(
    `\nJavaScript, all ${scripts.size} distinct script(s) of the site: ${cell(js)} — budget ${formatBytes(JS_BUDGET)} gz: ${js.gzip > JS_BUDGET ? 'OVER' : 'ok'}`,
  );
  const over = weights.filter((w) => w.total.gzip > PAGE_BUDGET).map((w) => w.path);
  console.log(over.length ? `Pages over budget: ${over.join(', ')}` : `Every page is within ${formatBytes(PAGE_BUDGET)} compressed.`);
  console.log('(HTML/CSS/JS columns compress each part on its own; the total is the document compressed whole plus each linked file.)');
  return build;
}
