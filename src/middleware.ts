import { sequence } from 'astro:middleware';
import { showControlsInPages } from './site/render/show-controls-in-pages.ts';

/** Astro's one middleware entry: each concern is its own handler, run in this order. */
export const onRequest = sequence(showControlsInPages);
