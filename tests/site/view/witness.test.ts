import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReposts } from '../../../src/corpus/repost/load-repost.ts';
import { allPairs, collationOf } from '../../../src/site/view/witness.ts';
import { ROOT } from '../../support/build-site.ts';

const reposts = loadReposts(join(ROOT, 'content'), ROOT);
const byId = (id: string) => reposts.find((r) => r.id === id)!;

describe('collationOf', () => {
  it('computes a pair once, and again when a repost changes under the same slug (astro dev)', () => {
    const [pair] = allPairs([byId('gate'), byId('mexc')]);
    const first = collationOf(pair!);
    expect(collationOf(pair!)).toBe(first);
    const edited = { ...pair!.a, blocks: pair!.a.blocks.map((b, i) => (i === 0 ? { ...b, text: `${b.text} An added sentence.` } : b)) };
    const again = collationOf({ ...pair!, a: edited });
    expect(again).not.toBe(first);
    expect(again.a.sentences).toBe(first.a.sentences + 1);
  });
});
