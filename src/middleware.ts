import { defineMiddleware } from 'astro:middleware';
import { contentError } from './site/content/content-error-state.ts';
import { withBase } from './site/paths.ts';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * In `astro dev`, a content error (an essay word that no longer matches its capture, a broken
 * ledger) replaces every page, as its one line `file:line: problem`, until the content loads
 * again. A page of its own rather than a thrown error: it reads without JavaScript and in `curl`,
 * and Vite's client in it reloads the page once the content is fixed. In a build there is never one:
 * the loaders throw instead and the build fails with the same message.
 */
export const onRequest = defineMiddleware((_context, next) => {
  const error = contentError();
  if (!error) return next();
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Content error</title><script type="module" src="${withBase(import.meta.env.BASE_URL, '/@vite/client')}"></script></head>
<body><h1>Content error</h1><p>The content did not load; fix it and this page reloads.</p><pre>${escape(error.message)}</pre></body>
</html>
`;
  return new Response(html, { status: 500, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
});
