import { defineMiddleware, sequence } from 'astro:middleware';
import { contentErrorPage } from './site/content/content-error-page.ts';
import { contentError } from './site/content/content-error-state.ts';
import { showControlsInPages } from './site/render/show-controls-in-pages.ts';

/**
 * In `astro dev`, a content error (an essay word that no longer matches its capture, a broken
 * ledger) replaces every page until the content loads again: a page of its own rather than a thrown
 * error, so that it reads without JavaScript. In a build there is never one: the loaders throw
 * instead and the build fails with the same message.
 */
const contentErrorsInDev = defineMiddleware((_context, next) => {
  const error = contentError();
  if (!error) return next();
  return new Response(contentErrorPage(error.message, import.meta.env.BASE_URL), {
    status: 500,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
});

/** Astro's one middleware entry: each concern is its own handler, run in this order. */
export const onRequest = sequence(contentErrorsInDev, showControlsInPages);
