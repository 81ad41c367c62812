import type { APIRoute } from 'astro';
import { z } from 'zod';
import { synopsisSchema } from '../engine/multi/synopsis.ts';

/** The JSON Schema of /synopsis.json, derived from the zod schema the tests validate against. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify({ title: 'Recension synopsis', ...z.toJSONSchema(synopsisSchema) }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
