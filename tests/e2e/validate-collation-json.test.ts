import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, inject, it } from 'vitest';
import { COLLATION_VERSION, collationDocumentSchema, collationJsonSchema } from '../../src/engine/schema.ts';
import { BASE_PATH, BASE_SITE } from '../support/build-sites.ts';

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe.each([
  { build: 'root', dist: inject('siteDir'), schemaUrl: 'http://localhost:4321/schema/collation.json' },
  { build: 'base path', dist: inject('baseSiteDir'), schemaUrl: `${BASE_SITE}${BASE_PATH}schema/collation.json` },
])('the published collation JSON ($build build)', ({ dist, schemaUrl }) => {
  const published = readJson(join(dist, 'schema/collation.json'));
  const documents = readdirSync(join(dist, 'compare'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ file: f, json: readJson(join(dist, 'compare', f)) as Record<string, unknown> }));

  it('publishes the JSON Schema generated from the engine zod schema', () => {
    expect(published).toEqual(collationJsonSchema());
  });

  it('has every /compare/*.json name that schema and the current version, and validate against it', () => {
    expect(documents.length).toBeGreaterThan(0);
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(published as object);
    for (const { file, json } of documents) {
      expect(json.$schema, file).toBe(schemaUrl);
      expect(json.version, file).toBe(COLLATION_VERSION);
      expect(validate(json) ? [] : validate.errors, file).toEqual([]);
      expect(collationDocumentSchema.safeParse(json).error, file).toBeUndefined();
    }
  });
});
