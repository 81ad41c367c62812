import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/paths.ts';

/** robots.txt: everything may be crawled; points to the sitemap, under the base path. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site!, import.meta.env.BASE_URL, '/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
