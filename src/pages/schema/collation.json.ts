import type { APIRoute } from 'astro';
import { collationJsonSchema } from '../../engine/schema.ts';

/** The JSON Schema of the published collation JSON, generated from the engine's zod schema. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(collationJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
