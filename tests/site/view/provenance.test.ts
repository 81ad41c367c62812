import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEssay, loadReposts } from '../../../src/corpus/repost/load-repost.ts';
import { collate } from '../../../src/engine/collate.ts';
import { provenance, repostsOverview } from '../../../src/site/view/provenance.ts';
import { toWitness } from '../../../src/site/view/witness.ts';
import { ROOT } from '../../support/build-site.ts';

const reposts = loadReposts(join(ROOT, 'content'), ROOT);
const essay = loadEssay(join(ROOT, 'content'), ROOT);
const byId = (id: string) => reposts.find((r) => r.id === id)!;

describe('provenance of a repost, computed from its frontmatter and essay.json', () => {
  it('states the original and what a copy with no author and its own title credits', () => {
    const gate = byId('gate');
    const p = provenance({ ...gate, author: undefined, title: 'Another Title', date: undefined }, essay);
    expect(p.original).toEqual({ title: essay.title, author: essay.author, date: 'June 17, 2025' });
    expect(p.credits).toEqual(['does not name the author', 'retitles it “Another Title”', 'gives no date']);
  });

  it('recognises the original title and author through case and quote differences', () => {
    const p = provenance({ ...byId('mexc'), author: essay.author.toUpperCase(), title: essay.title.replace(/"/g, '“') }, essay);
    expect(p.credits.slice(0, 2)).toEqual([`credits the author, ${essay.author.toUpperCase()}`, 'keeps the original title']);
  });

  it('says which copies credit the author and which pair is closest, whatever the reposts are', () => {
    const [a, b] = [byId('gate'), byId('mexc')];
    const third = { ...a, id: 'copy', outlet: 'Copy Site', author: essay.author };
    const pairs = [
      { a, b, collation: collate(toWitness(a), toWitness(b)) },
      { a, b: third, collation: collate(toWitness(a), toWitness(third)) },
    ];
    const lines = repostsOverview([a, b, third], essay, pairs);
    const crediting = [a, b, third].filter((r) => r.author === essay.author).map((r) => r.outlet);
    for (const outlet of crediting) expect(lines[0]).toContain(outlet);
    expect(lines[1]).toBe(`The closest pair is ${a.outlet} and Copy Site, with 100% of words in common.`);
    expect(lines[2]).toMatch(new RegExp(`^The furthest apart are ${a.outlet} and ${b.outlet}`));
  });
});
