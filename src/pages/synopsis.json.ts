import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { siteSynopsis } from '../site/view/synopsis-of.ts';

/** The synopsis of every repost, exactly the object the synopsis pages render (schema: /synopsis.schema.json). */
export const GET: APIRoute = async () => {
  const { synopsis } = siteSynopsis((await getCollection('reposts')).map((e) => e.data));
  return new Response(`${JSON.stringify(synopsis)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
