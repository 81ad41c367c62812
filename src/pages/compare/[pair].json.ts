import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { allPairs, collationOf, type Pair } from '../../site/view/witness.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const reposts = (await getCollection('reposts')).map((e) => e.data);
  return allPairs(reposts).map((pair) => ({ params: { pair: pair.slug }, props: { pair } }));
};

/** The collation of a pair, exactly the object the compare page renders. */
export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(collationOf((props as { pair: Pair }).pair), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
