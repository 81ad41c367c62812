import type { ContentError } from '../../corpus/content-error.ts';

/**
 * The content errors of `astro dev`, per collection, from the loaders to the middleware that shows
 * them. Kept on `globalThis`: Astro runs the loaders from its content layer and the middleware
 * from the page renderer, one process but not necessarily one instance of this module.
 */
const KEY = Symbol.for('recension.contentErrors');
const errors = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map<string, ContentError>()) as Map<string, ContentError>;

/** Records that a collection's content failed to load. */
export function setContentError(collection: string, error: ContentError): void {
  errors.set(collection, error);
}

/** Records that a collection's content loaded again. */
export function clearContentError(collection: string): void {
  errors.delete(collection);
}

/** The first content error now standing, if any. */
export function contentError(): ContentError | undefined {
  return errors.values().next().value;
}
