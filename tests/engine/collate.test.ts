import { describe, expect, it } from 'vitest';
import { ROW_KINDS, type Collation } from '../../src/engine/analyse/collation.ts';
import { collate } from '../../src/engine/collate.ts';
import { tokenize } from '../../src/engine/tokens/tokenize.ts';
import { scaledPair, shippedPair } from '../bench/collate.ts';

const [gate, mexc] = shippedPair();
const collation = collate(gate, mexc);
const groups = (c: Collation) => c.rows.map((r) => `${r.aSentences.join(' ')}=${r.bSentences.join(' ')} ${r.kind}`);

describe('collate on the shipped pair (Gate Square × MEXC News)', () => {
  it('puts every Gate sentence and every MEXC sentence in exactly one row', () => {
    const count = (ids: string[]) => ids.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>());
    const seenA = count(collation.rows.flatMap((r) => r.aSentences));
    const seenB = count(collation.rows.flatMap((r) => r.bSentences));
    expect(tokenize(gate).map((s) => seenA.get(s.id))).toEqual(Array(collation.a.sentences).fill(1));
    expect(tokenize(mexc).map((s) => seenB.get(s.id))).toEqual(Array(collation.b.sentences).fill(1));
    expect(seenA.size + seenB.size).toBe(19 + 17);
  });

  // My own reading of the two texts, sentence by sentence (G = Gate Square, M = MEXC News):
  // - G1 (voices: the Rollup-Centric strategy failed; dissatisfaction with the L1-L2-L3 model)
  //   and G2 (AI went through the same L1-L2-L3 evolution) are M1 (everyone says it failed?) and
  //   M2 (they hate the L1-L2-L3 game, but AI went the same way): the "dissatisfaction" clause
  //   moved from the first sentence to the second, so the two pairs are regrouped, not 1:1.
  // - G3 "By comparing these two fields, we can explore the root causes" paraphrases M3 "In
  //   comparison, where exactly is the problem?" (almost no words in common; "comparing" and
  //   "comparison" share the root "compar", which neither stem shows but the other copy's term
  //   does: reworded, not paired by position alone).
  // - G4 opens the AI paragraph; MEXC makes it a heading, M4.
  // - G5 (L1 models), G6 (L2 reasoning models) and G7 (L3 agents) are one long MEXC sentence, M5.
  // - G8 ↔ M6 ("progressive capabilities"), G9 ↔ M7 (each layer a qualitative leap).
  // - G10 opens the crypto paragraph; MEXC's heading M8.
  // - G11 (L1 performance, hence L2) and G12 (after the L2 race: fragmented liquidity) are M9.
  // - G13 ↔ M10 (L3 application chains), G14 ↔ M11 ("problem transfer"), G15 ↔ M12 (issuing
  //   tokens/coins), G16 ↔ M13 (the fundamental reason: competition vs token economics),
  //   G17 ↔ M14 (technical problems vs financial products), G18 ↔ M15 (no right answer).
  // - G19 (not absolute; merely an observation of interesting differences) is split into M16 (not
  //   so absolute) and M17 (I just think the comparison is interesting… a mental massage).
  it('aligns the pair as a careful reader does, sentence by sentence', () => {
    expect(groups(collation)).toEqual([
      'G1 G2=M1 M2 regrouped',
      'G3=M3 reworded',
      'G4=M4 reworded',
      'G5 G6 G7=M5 merged',
      'G8=M6 reworded',
      'G9=M7 reworded',
      'G10=M8 reworded',
      'G11 G12=M9 merged',
      'G13=M10 reworded',
      'G14=M11 reworded',
      'G15=M12 reworded',
      'G16=M13 reworded',
      'G17=M14 reworded',
      'G18=M15 reworded',
      'G19=M16 M17 split',
    ]);
    expect(collation.rows.map((r) => r.id)).toEqual([
      'G1-M1',
      'G3-M3',
      'G4-M4',
      'G5-M5',
      'G8-M6',
      'G9-M7',
      'G10-M8',
      'G11-M9',
      'G13-M10',
      'G14-M11',
      'G15-M12',
      'G16-M13',
      'G17-M14',
      'G18-M15',
      'G19-M16',
    ]);
  });

  it('sums the rows up consistently', () => {
    const { stats } = collation;
    expect(stats.rows).toBe(collation.rows.length);
    expect(ROW_KINDS.reduce((n, k) => n + stats.kinds[k], 0)).toBe(stats.rows);
    expect(stats.changes).toBe(stats.rows - stats.kinds.identical);
    expect(stats.pairedSentences).toEqual({ a: 19, b: 17 });
    expect(stats.similarity).toBeGreaterThan(0.3);
    expect(stats.similarity).toBeLessThan(0.7);
  });

  it('is plain JSON: it round-trips through JSON.stringify and JSON.parse unchanged', () => {
    expect(JSON.parse(JSON.stringify(collation))).toStrictEqual(collation);
  });

  it('is deterministic', () => {
    expect(collate(gate, mexc)).toStrictEqual(collation);
  });
});

describe('collate on long inputs', () => {
  it('collates the pair scaled 30× (about 540 sentences a side, beyond the exact DP: banded), still pairing nearly everything', () => {
    // No clock here (the machine may be shared); `npm run bench` reports time and memory.
    const [a, b] = scaledPair(gate, mexc, 30);
    const long = collate(a, b);
    expect(long.a.sentences).toBeGreaterThan(500);
    // Each repetition drops one sentence per side, so a few percent stay unpaired; a band that
    // lost the path would leave far more.
    expect(long.stats.pairedSentences.a / long.a.sentences).toBeGreaterThan(0.9);
    expect(long.stats.pairedSentences.b / long.b.sentences).toBeGreaterThan(0.9);
  }, 30_000);
});
