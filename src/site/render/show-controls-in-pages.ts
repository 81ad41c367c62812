import type { MiddlewareHandler } from 'astro';
import { showControls } from '../../corpus/capture/visible-controls.ts';

/**
 * Every HTML page passes through this once, at build time: control characters a capture carried
 * into the text (an ESC, a BEL, a C1 byte) become visible control pictures instead of code points
 * the HTML standard forbids. One place, so no component can forget it. Other responses (the
 * compare JSON, robots.txt) pass untouched: JSON escapes controls itself.
 */
export const showControlsInPages: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(showControls(html), { status: response.status, statusText: response.statusText, headers: response.headers });
};
