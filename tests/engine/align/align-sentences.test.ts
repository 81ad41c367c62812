import { describe, expect, it } from 'vitest';
import { A, B, para } from './lighthouse.ts';
import { type AlignOptions, alignSentences } from '../../../src/engine/align/align-sentences.ts';
import type { Sentence } from '../../../src/engine/tokens/tokenize.ts';
import { show, stages, witness } from './stages.ts';

/** Aligns two texts given as paragraphs: the groups after the DP, and after gaps are paired. */
const run = (a: string[], b: string[], options: AlignOptions = {}) => {
  const s = stages(witness('A', ...a), witness('B', ...b), options);
  return { aligned: show(s.aligned, s.sa, s.sb), paired: show(s.paired, s.sa, s.sb) };
};

/** A4 made one long sentence of the keeper's diary and days, against B's lines about them in `split`. */
function diaryVerse(split: string[]): string[] {
  const long =
    'The last keeper, Edith Marsh, kept a diary of every passing ship, noted the weather at each dawn, rowed the mail out to Gull Island twice a week, mended the nets of the harbour boats, and fed the puffins on the cliff.';
  return run([para(A[0], A[1], A[2]), para(long, A[4], A[5])], [para(B[0], B[1], B[2]), para(...split, B[4], B[5])]).aligned;
}

describe('alignSentences', () => {
  it('pairs a sentence-for-sentence rewording 1:1, across paragraphs', () => {
    const { aligned } = run([para(A[0], A[1], A[2]), para(A[3], A[4], A[5])], [para(B[0], B[1], B[2]), para(B[3], B[4], B[5])]);
    expect(aligned).toEqual(['A1=B1', 'A2=B2', 'A3=B3', 'A4=B4', 'A5=B5', 'A6=B6']);
  });

  it('finds a 2:1 merge: two sentences of A made into one of B', () => {
    const merged = 'Whale oil fed its lamp until kerosene replaced it in 1890, and the 1903 winter storms cracked the lantern glass twice.';
    const { aligned } = run([para(A[0], A[1], A[2]), para(A[3], A[4], A[5])], [para(B[0], merged), para(B[3], B[4], B[5])]);
    expect(aligned).toEqual(['A1=B1', 'A2 A3=B2', 'A4=B3', 'A5=B4', 'A6=B5']);
  });

  it('finds a 3:1 merge', () => {
    const merged =
      'The lamp burned whale oil until kerosene came in 1890, winter storms in 1903 cracked the lantern glass twice, and the last keeper, Edith Marsh, kept a diary of every passing ship.';
    const { aligned } = run([para(...A)], [para(B[0], merged, B[4], B[5])]);
    expect(aligned).toEqual(['A1=B1', 'A2 A3 A4=B2', 'A5=B3', 'A6=B4']);
  });

  it('finds a 1:2 split: one sentence of A made into two of B', () => {
    const split = ['The last keeper was Edith Marsh.', 'She kept a diary of every ship that passed.'];
    const { aligned } = run([para(A[0], A[1], A[2]), para(A[3], A[4], A[5])], [para(B[0], B[1], B[2]), para(...split, B[4], B[5])]);
    expect(aligned).toEqual(['A1=B1', 'A2=B2', 'A3=B3', 'A4=B4 B5', 'A5=B6', 'A6=B7']);
  });

  it('finds a 1:3 split', () => {
    const long =
      'The last keeper, Edith Marsh, kept a diary of every passing ship, noted the weather at each dawn, and rowed the mail out to Gull Island twice a week.';
    const split = [
      'Edith Marsh was the last keeper.',
      'She kept a diary of every ship that passed and noted the weather at dawn.',
      'Twice a week she rowed the mail out to Gull Island.',
    ];
    const { aligned } = run([para(A[0], A[1], A[2]), para(long, A[4], A[5])], [para(B[0], B[1], B[2]), para(...split, B[4], B[5])]);
    expect(aligned).toEqual(['A1=B1', 'A2=B2', 'A3=B3', 'A4=B4 B5 B6', 'A5=B7', 'A6=B8']);
  });

  it('extends a group past the DP’s three sentences a side when each extra sentence covers part of the other side (1:5)', () => {
    const split = [
      'Edith Marsh was the last keeper.',
      'She kept a diary of every ship that passed and noted the weather at dawn.',
      'Twice a week she rowed the mail out to Gull Island.',
      'She mended the nets of the harbour boats.',
      'She fed the puffins on the cliff.',
    ];
    expect(diaryVerse(split)).toEqual(['A1=B1', 'A2=B2', 'A3=B3', 'A4=B4 B5 B6 B7 B8', 'A5=B9', 'A6=B10']);
  });

  it('extends a group past a sentence that covers nothing when the sentences behind it cover much (a verse of five short sentences)', () => {
    // The fourth sentence of B shares no term with A4: a walk that stopped there left the fifth,
    // which repeats half of A4, "only in B" as well. The gap is split where the evidence in all
    // is greatest, so both join.
    const split = [
      'Edith Marsh was the last keeper.',
      'She kept a diary of every ship that passed and noted the weather at dawn.',
      'Twice a week she rowed the mail out to Gull Island.',
      'Her days were long and lonely, from early morning until late night.',
      'She mended the nets of the harbour boats and fed the puffins on the cliff.',
    ];
    expect(diaryVerse(split)).toEqual(['A1=B1', 'A2=B2', 'A3=B3', 'A4=B4 B5 B6 B7 B8', 'A5=B9', 'A6=B10']);
  });

  it('joins a sentence that covers nothing of its neighbour when the pair regroups its sentences and leaves none out (a translation)', () => {
    // Every sentence of A is two in B. "Hardly anyone else bothered." shares no term with A4,
    // but this pair puts five sentences into groups and would leave only this one alone: by
    // the pair's own odds (see `joinPrior`) it is the rest of A4, not an insertion.
    const a4 = 'The last keeper, Edith Marsh, kept a diary of every passing ship, which few keepers before her had troubled to do.';
    const b = [
      'A Scottish engineer built the Carrow Point lighthouse.',
      'He finished it in 1871.',
      'The lamp burned whale oil.',
      'Its keepers changed to kerosene in 1890.',
      'Winter storms came in 1903.',
      'They cracked the lantern glass on two occasions.',
      'Edith Marsh was the final keeper and wrote in a diary about each ship passing by.',
      'Hardly anyone else bothered.',
      'That diary is now kept at the county museum.',
      'It lies next to the brass lens.',
      'On summer weekends, visitors may climb the tower.',
      'They pay a modest fee.',
    ];
    const { aligned } = run([para(A[0], A[1], A[2], a4, A[4], A[5])], [para(...b)]);
    expect(aligned).toEqual(['A1=B1 B2', 'A2=B3 B4', 'A3=B5 B6', 'A4=B7 B8', 'A5=B9 B10', 'A6=B11 B12']);
    // Where the lonely sentences are the question (the importer's known extent), the odds stay out.
    expect(run([para(A[0], A[1], A[2], a4, A[4], A[5])], [para(...b)], { joinOnPairOdds: false }).aligned).toContain('=B8');
  });

  it('does not join a moved sentence to a neighbour on the pair’s odds: the move stays visible', () => {
    // Twenty sentences of A are two each in B, so the pair's odds favour joining (see
    // `joinPrior`); the storm sentence stands after A6 in A and at the very end in B. Joined on
    // those odds to A6 and to A21, it was hidden in two groups instead of shown as moved.
    const names = ['amber', 'birch', 'cedar', 'delta', 'ember', 'fjord', 'grove', 'heron', 'inlet', 'juniper'];
    const a: string[] = [];
    const b: string[] = [];
    for (const [i, n] of [...names, ...names.map((n) => `${n}wood`)].entries()) {
      a.push(`The ${n} harbour ${n}ward lights shone over ${n}field bay.`);
      b.push(`The ${n} harbour lights shone.`, `They shone over ${n}field bay, ${n}ward.`);
      if (i === 5) a.push('Storms cracked the lantern glass.');
    }
    b.push('Storms cracked the lantern glass.');
    const s = stages(witness('A', a.join(' ')), witness('B', b.join(' ')));
    const odd = (groups: string[]) => groups.filter((g) => !/^A\d+=B\d+ B\d+$/.test(g));
    expect(odd(show(s.aligned, s.sa, s.sb))).toEqual(['A7=', '=B41']);
    expect(odd(show(s.paired, s.sa, s.sb))).toEqual(['A7~B41']);
  });

  it('does not extend a group with an inserted sentence that covers nothing of it', () => {
    const extra = 'The gift shop sells postcards painted by local children.';
    const { aligned } = run([para(A[0], A[1], A[2])], [para(B[0], B[1], extra, 'Its café serves soup.', B[2])]);
    expect(aligned).toEqual(['A1=B1', 'A2=B2', '=B3', '=B4', 'A3=B5']);
  });

  it('leaves a sentence only in A unpaired, and its neighbours paired', () => {
    const extra = 'A colony of puffins nests on the rocks below the cliff.';
    const { aligned } = run([para(A[0], A[1], A[2]), para(A[3], extra, A[4], A[5])], [para(B[0], B[1], B[2]), para(B[3], B[4], B[5])]);
    expect(aligned).toEqual(['A1=B1', 'A2=B2', 'A3=B3', 'A4=B4', 'A5=', 'A6=B5', 'A7=B6']);
  });

  it('leaves a sentence only in B unpaired, and its neighbours paired', () => {
    const extra = 'The gift shop sells postcards painted by local children.';
    const { aligned } = run([para(A[0], A[1], A[2]), para(A[3], A[4], A[5])], [para(B[0], B[1], B[2]), para(B[3], extra, B[4], B[5])]);
    expect(aligned).toEqual(['A1=B1', 'A2=B2', 'A3=B3', 'A4=B4', '=B5', 'A5=B6', 'A6=B7']);
  });

  it('does not fold a heading of B into a split with the next sentence when that sentence alone matches fully', () => {
    // B adds a title that repeats two words of its first sentence; that sentence and A1 share all their terms.
    const { aligned } = run([para(A[0], A[1]), A[2]], ['Carrow Point Light', para(B[0], B[1]), B[2]]);
    expect(aligned).toEqual(['=B1', 'A1=B2', 'A2=B3', 'A3=B4']);
  });

  it('does not pair unrelated sentences that stand in the same place', () => {
    const puffins = 'A colony of puffins nests on the rocks below the cliff.';
    const shop = 'The gift shop sells postcards painted by local children.';
    const { aligned } = run([para(A[0], A[1], puffins, A[4])], [para(B[0], B[1], shop, B[4])]);
    expect(aligned.slice(0, 2)).toEqual(['A1=B1', 'A2=B2']);
    expect(aligned.slice(2, 4).sort()).toEqual(['=B3', 'A3=']);
    expect(aligned.slice(4)).toEqual(['A4=B4']);
  });

  it('does not pair unrelated sentences that share nothing but a function word ("until")', () => {
    const { aligned } = run(
      ['Its lamp burned whale oil until the keepers switched to kerosene.'],
      ['Bake the loaves at a high heat until the crust darkens.'],
    );
    expect(aligned.sort()).toEqual(['=B1', 'A1=']);
  });
});

describe('alignSentences, the shape priors against the evidence', () => {
  /** A sentence of `terms` (40 characters, so that lengths say nothing), in one paragraph. */
  const sentence = (sigil: string, index: number, terms: string[]): Sentence => ({
    id: `${sigil}${index + 1}`,
    index,
    block: `${sigil}p1`,
    text: terms.join(' ').padEnd(40, '.'),
    tokens: [],
    terms,
  });
  const side = (sigil: string, ...terms: string[][]) => terms.map((t, i) => sentence(sigil, i, t));
  /** Two pairs that each share two rare terms; `x` is in A's first and B's second alone. */
  const pairs = (x: number) =>
    alignSentences(
      side('A', ['p', 'q', 'x'], ['r', 's']),
      side('B', ['p', 'q'], ['r', 's', 'x']),
      new Map([
        ['p', 5],
        ['q', 5],
        ['r', 5],
        ['s', 5],
        ['x', x],
      ]),
    ).map((g) => `${g.a.join(' ')}=${g.b.join(' ')}`);

  it('keeps two pairs apart when one term, found in a sentence in twelve, is all a regroup would add', () => {
    // Evidence counts a shared term's weight twice (it covers A's content and B's), so a prior of
    // ln 100 against 2:2 fell to one term of weight ln 10 about: a word in every second sentence.
    expect(pairs(Math.log(1 + 12))).toEqual(['0=0', '1=1']);
  });

  it('regroups when the term the pairs leave unexplained is as rare as the terms they share', () => {
    expect(pairs(5)).toEqual(['0 1=0 1']);
  });
});

describe('pairGaps', () => {
  const paraphrase = 'That season, gales shattered the panes up top on two occasions.';

  it('pairs a paraphrase with no words in common because its neighbours are paired', () => {
    const { aligned, paired } = run(
      [para(A[0], A[1], A[2]), para(A[3], A[4], A[5])],
      [para(B[0], B[1], paraphrase), para(B[3], B[4], B[5])],
    );
    expect(aligned.slice(2, 4).sort()).toEqual(['=B3', 'A3=']);
    expect(paired).toEqual(['A1=B1', 'A2=B2', 'A3=B3', 'A4=B4', 'A5=B5', 'A6=B6']);
  });

  it('pairs gaps of different counts by length, leaving the odd one out (John 9 lost verses this way)', () => {
    const puffins = 'A colony of puffins nests on the rocks below the cliff.';
    const shop = ['Its café serves soup.', 'The gift shop sells postcards painted by local children.'];
    const { paired } = run([para(A[0], A[1], puffins, A[4])], [para(B[0], B[1], ...shop, B[4])]);
    expect(paired).toEqual(['A1=B1', 'A2=B2', '=B3', 'A3=B4', 'A4=B5']);
  });

  it('does not pair by position a gap longer than a few sentences', () => {
    const inserted = Array.from({ length: 5 }, (_, i) => `Ship number ${i + 1} anchored in the bay for repairs.`);
    const { paired } = run(
      [para(A[0], A[1], 'A colony of puffins nests on the rocks below the cliff.', A[4])],
      [para(B[0], B[1], ...inserted, B[4])],
    );
    expect(paired.filter((g) => !g.startsWith('=') && !g.endsWith('='))).toEqual(['A1=B1', 'A2=B2', 'A4=B8']);
  });

  it('joins a fragment of function words only to the paired sentence beside it in its paragraph', () => {
    const { paired } = run(
      [para(A[0], 'Where is it?', 'The keepers asked the engineer.', A[2])],
      [para(B[0], 'The keepers asked the engineer where it was.', B[2])],
    );
    expect(paired).toEqual(['A1=B1', 'A2 A3=B2', 'A4=B3']);
  });

  /** `run(b, a)` written as `run(a, b)` would write it: each side's ids and places swapped, rows sorted. */
  const swapped = (rows: string[]) =>
    rows
      .map((row) => {
        const [x, y] = row.split(/[=~]/) as [string, string];
        const relabel = (ids: string) => ids.replace(/[AB](?=\d)/g, (s) => (s === 'A' ? 'B' : 'A'));
        return `${relabel(y)}${row.includes('~') ? '~' : '='}${relabel(x)}`;
      })
      .sort();

  it('pairs the same sentences whichever witness is A when a gap offers two that fit by length', () => {
    // Of two short sentences of B that both fit A's one, the first is paired either way round: a
    // tie broken by which side's sentence is skipped first paired B3 one way and B2 the other.
    const a = [para(A[0], 'Electric bulbs replaced the old oil lamps long ago, everyone says.', 'Tourists climb the tower every summer.')];
    const b = [para(B[0], 'Fog horns.', 'Seals bask.')];
    const { paired } = run(a, b);
    expect(paired).toEqual(['A1=B1', 'A2=', 'A3=B2', '=B3']);
    expect(swapped(run(b, a).paired)).toEqual([...paired].sort());
  });

  it('pairs two long sentences of a gap rather than two fragments, whichever witness is A', () => {
    // Each side ends on a seven-word sentence and a fragment, in opposite orders, and only one of
    // the two pairs keeps the order. The long pair is made, and each fragment joins it; the fragments
    // were paired one way round and the long sentences the other.
    const a = [para(A[0], 'Tourists climb the tower every summer weekend.', 'Of the.')];
    const b = [para(B[0], 'Of the.', 'Seals bask on rocks below the cliff.')];
    const { paired } = run(a, b);
    expect(paired).toEqual(['A1=B1', 'A2 A3=B2 B3']);
    expect(swapped(run(b, a).paired)).toEqual([...paired].sort());
  });

  it('does not pair by position when no aligned neighbour vouches for it (two unrelated texts)', () => {
    const { paired } = run(
      [
        'The lighthouse on Carrow Point was built in 1871 by a Scottish engineer. Storms in the winter of 1903 cracked the lantern glass twice.',
      ],
      ['Bread dough should rest for an hour before shaping. Let the loaves cool on a rack.'],
    );
    expect(paired.sort()).toEqual(['=B1', '=B2', 'A1=', 'A2=']);
  });
});
