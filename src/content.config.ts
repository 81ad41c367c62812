import { defineCollection } from 'astro:content';
import { essayLoader, repostLoader } from './content/repost-loader.ts';

/** Every repost under `content/reposts/`, checked against its capture and ledger. */
const reposts = defineCollection({ loader: repostLoader() });
/** The essay itself: original title, author and date. */
const essay = defineCollection({ loader: essayLoader() });

export const collections = { reposts, essay };
