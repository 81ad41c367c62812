import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { loadEssay, loadReposts } from '../../corpus/repost/load-repost.ts';
import { essaySchema, repostSchema } from '../../corpus/repost/repost-schema.ts';

/**
 * Astro content-layer loaders over `content/`. They only adapt: reading and every invariant check
 * live in `loadReposts`/`loadEssay`, which throw a `ContentError` naming file and line — thrown
 * here, it fails the build with that message.
 */
export function repostLoader(): Loader {
  return {
    name: 'recension-reposts',
    schema: repostSchema,
    load: async ({ store, parseData, config }) => {
      const root = fileURLToPath(config.root);
      store.clear();
      for (const repost of loadReposts(contentDir(root), root)) {
        store.set({ id: repost.id, data: await parseData({ id: repost.id, data: { ...repost } }) });
      }
    },
  };
}

/** The essay record (`content/essay.json`) as a one-entry collection. */
export function essayLoader(): Loader {
  return {
    name: 'recension-essay',
    schema: essaySchema,
    load: async ({ store, parseData, config }) => {
      const root = fileURLToPath(config.root);
      store.clear();
      store.set({ id: 'essay', data: await parseData({ id: 'essay', data: { ...loadEssay(contentDir(root), root) } }) });
    },
  };
}

/** The content folder: `content/` at the project root, or `RECENSION_CONTENT` (tests build fixtures with it). */
export function contentDir(root: string): string {
  return process.env.RECENSION_CONTENT ?? `${root.replace(/\/$/, '')}/content`;
}
