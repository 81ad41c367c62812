import { withBase } from '../paths.ts';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page `astro dev` shows instead of every page while the content does not load: the error's
 * one line `file:line: problem`, readable without JavaScript and in `curl`, and Vite's client, which
 * reloads the page once the content is fixed (the content store changes then).
 */
export function contentErrorPage(message: string, base: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Content error</title><script type="module" src="${withBase(base, '/@vite/client')}"></script></head>
<body><h1>Content error</h1><p>The content did not load; fix it and this page reloads.</p><pre>${escape(message)}</pre></body>
</html>
`;
}
