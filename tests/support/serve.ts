import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';

/** Content types of the files a static build can hold. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** A running static server over one build. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** The base path the build is mounted under, with leading and trailing slash. */
  base: string;
  /** Absolute URL of a site path written from the site root (`/reposts/gate/` → origin + base + path). */
  url(path: string): string;
  /** Stops listening. */
  close(): Promise<void>;
}

/**
 * Serves a `dist/` folder like a static host: on 127.0.0.1 at a random port, optionally under a
 * base path; a folder is its `index.html` (a folder asked for without its trailing slash is
 * redirected), anything else that is not a file is the site's `404.html` with status 404.
 */
export async function serve(dir: string, options: { base?: string } = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const base = normaliseBase(options.base ?? '/');
  const notFound = join(root, '404.html');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, file: string) => {
      const body = readFileSync(file);
      res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const missing = () => (existsSync(notFound) ? send(404, notFound) : res.writeHead(404).end());
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return missing();
    }
    if (`${pathname}/` === base) return void res.writeHead(301, { location: base }).end();
    if (!pathname.startsWith(base)) return missing();
    const file = resolve(root, `.${pathname.slice(base.length - 1)}`);
    if (file !== root && !file.startsWith(root + sep)) return missing();
    const stat = existsSync(file) ? statSync(file) : undefined;
    if (stat?.isFile()) return send(200, file);
    if (stat?.isDirectory()) {
      if (!pathname.endsWith('/')) return void res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      if (existsSync(join(file, 'index.html'))) return send(200, join(file, 'index.html'));
    }
    return missing();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    base,
    url: (path) => `${origin}${base}${path.replace(/^\//, '')}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}

/** One HTML page of a build. */
export interface BuiltPage {
  /** The file, relative to `dist/` (`reposts/gate/index.html`). */
  file: string;
  /** Its path from the site root, as linked (`/reposts/gate/`, `/404.html`). */
  path: string;
}

/** Every page of a build: each `index.html` and the `404.html`, found on disk, sorted by path. */
export function builtPages(dir: string): BuiltPage[] {
  return listFiles(dir)
    .filter((file) => file === '404.html' || file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => ({ file, path: `/${file.replace(/(^|\/)index\.html$/, '$1')}` }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Every file below `dir`, relative with `/` separators, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
