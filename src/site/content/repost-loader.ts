import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../../corpus/content-error.ts';
import { loadEssay, loadReposts } from '../../corpus/repost/load-repost.ts';
import { essaySchema, repostSchema } from '../../corpus/repost/repost-schema.ts';
import { clearContentError, setContentError } from './content-error-state.ts';

/**
 * Astro content-layer loaders over `content/`. They only adapt: reading and every invariant check
 * live in `loadReposts`/`loadEssay`, which throw a `ContentError` naming file and line — thrown
 * here, it fails the build with that message.
 *
 * In `astro dev` (where Astro passes a file watcher) they also watch `content/` and load again on
 * every change. A content error then does not stop the server: it is kept for the middleware, which
 * shows it on every page until the content loads again; the store keeps the last good content.
 */
export function repostLoader(): Loader {
  return {
    name: 'recension-reposts',
    schema: repostSchema,
    load: watchedLoad('reposts', async ({ store, parseData }, dir, root) => {
      const entries = [];
      for (const repost of loadReposts(dir, root))
        entries.push({ id: repost.id, data: await parseData({ id: repost.id, data: { ...repost } }) });
      store.clear();
      for (const entry of entries) store.set(entry);
    }),
  };
}

/** The essay record (`content/essay.json`) as a one-entry collection. */
export function essayLoader(): Loader {
  return {
    name: 'recension-essay',
    schema: essaySchema,
    load: watchedLoad('essay', async ({ store, parseData }, dir, root) => {
      const data = await parseData({ id: 'essay', data: { ...loadEssay(dir, root) } });
      store.clear();
      store.set({ id: 'essay', data });
    }),
  };
}

type Sync = (context: LoaderContext, contentDir: string, root: string) => Promise<void>;

/**
 * A loader's `load`: runs `sync` and, in dev, runs it again whenever a file under the content
 * folder is added, changed or removed. Without a watcher (a build) a content error is thrown; with
 * one it is handed to the middleware. Astro may call `load` again (a config change): the watcher
 * listener is added once and always syncs with the latest context.
 */
function watchedLoad(collection: string, sync: Sync): (context: LoaderContext) => Promise<void> {
  let latest: LoaderContext | undefined;
  let listening = false;
  const run = async () => {
    const context = latest!;
    const root = fileURLToPath(context.config.root);
    try {
      await sync(context, contentDir(root), root);
      clearContentError(collection);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      setContentError(collection, error);
      context.logger.error(error.message);
    }
  };
  return async (context) => {
    latest = context;
    const { watcher } = context;
    if (!watcher) {
      const root = fileURLToPath(context.config.root);
      return sync(context, contentDir(root), root);
    }
    await run();
    if (listening) return;
    listening = true;
    const dir = contentDir(fileURLToPath(context.config.root));
    watcher.add(dir);
    watcher.on('all', (_event, path) => {
      if (path.startsWith(`${dir}/`)) void run();
    });
  };
}

/** The content folder: `content/` at the project root, or `RECENSION_CONTENT` (tests build fixtures with it). */
export function contentDir(root: string): string {
  return process.env.RECENSION_CONTENT ?? `${root.replace(/\/$/, '')}/content`;
}
