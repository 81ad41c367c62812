import { defineCollection } from 'astro:content';
import { essayLoader, repostLoader } from './site/content/repost-loader.ts';
import { essaySchema, repostSchema } from './corpus/repost/repost-schema.ts';

/** Every repost under `content/reposts/`, checked against its capture and ledger. */
const reposts = defineCollection({ loader: repostLoader(), schema: repostSchema });
/** The essay itself: original title, author and date. */
const essay = defineCollection({ loader: essayLoader(), schema: essaySchema });

export const collections = { reposts, essay };
