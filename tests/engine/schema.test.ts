import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collate } from '../../src/engine/collate.ts';
import {
  COLLATION_VERSION,
  collationDocument,
  collationDocumentSchema,
  collationJsonSchema,
  collationSchema,
} from '../../src/engine/schema.ts';
import type { Witness } from '../../src/engine/tokens/tokenize.ts';
import { shippedPair } from '../bench/collate.ts';

const sentence = fc
  .array(fc.constantFrom('river', 'rose', 'the', 'farmers', 'herds', 'moved', 'spring', 'nobody', 'hurt', 'uphill', '42'), {
    minLength: 1,
    maxLength: 8,
  })
  .map((words) => `${words.join(' ')}.`);
const witness = (sigil: string) =>
  fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 5 }).map(
    (blocks): Witness => ({
      id: sigil.toLowerCase(),
      sigil,
      label: sigil,
      blocks: blocks.map((s, i) => ({ id: `p${i}`, text: s.join(' ') })),
    }),
  );

describe('the collation schema', () => {
  it('parses the collation of the shipped pair, strictly, to the same object', () => {
    const collation = collate(...shippedPair());
    expect(collationSchema.parse(collation)).toEqual(collation);
    expect(
      collationDocumentSchema.parse(JSON.parse(JSON.stringify(collationDocument(collation, 'https://example.org/s.json')))),
    ).toMatchObject({
      version: COLLATION_VERSION,
      $schema: 'https://example.org/s.json',
    });
  });

  it('parses every collation the engine makes', () => {
    fc.assert(fc.property(witness('A'), witness('B'), (a, b) => void collationSchema.parse(collate(a, b))));
  });

  it('refuses a field the interfaces do not have, and a missing version', () => {
    const collation = collate(...shippedPair());
    expect(collationSchema.safeParse({ ...collation, extra: 1 }).success).toBe(false);
    expect(collationDocumentSchema.safeParse(collation).success).toBe(false);
  });

  it('generates a JSON Schema that requires the version and every row field', () => {
    const schema = collationJsonSchema() as { required: string[]; properties: { rows: { items: { required: string[] } } } };
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'a', 'b', 'stats', 'rows']));
    expect(schema.properties.rows.items.required).toEqual(expect.arrayContaining(['id', 'kind', 'similarity', 'parts']));
  });
});
