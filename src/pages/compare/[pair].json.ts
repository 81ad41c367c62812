import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { collationDocument } from '../../engine/schema.ts';
import { absoluteUrl, COLLATION_SCHEMA_PATH } from '../../site/paths.ts';
import { allPairs, collationOf, type Pair } from '../../site/view/witness.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const reposts = (await getCollection('reposts')).map((e) => e.data);
  return allPairs(reposts).map((pair) => ({ params: { pair: pair.slug }, props: { pair } }));
};

/** The collation of a pair, exactly the object the compare page renders, naming its schema and version. */
export const GET: APIRoute = ({ props, site }) => {
  const schema = absoluteUrl(site!, import.meta.env.BASE_URL, COLLATION_SCHEMA_PATH);
  return new Response(`${JSON.stringify(collationDocument(collationOf((props as { pair: Pair }).pair), schema), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
