import { describe, expect, it } from 'vitest';
import { detectLines } from '../../../src/importer/detect/detect-lines.ts';
import type { Evidence, KnownEssay } from '../../../src/importer/detect/evidence.ts';
import { withinKnownEssay } from '../../../src/importer/detect/known-extent.ts';

/** A known repost's essay, in English: four paragraphs of unequal length. */
const KNOWN: KnownEssay = {
  language: 'en',
  paragraphs: [
    'Everyone says Ethereum’s rollup-centric strategy has failed, and nobody wants to hear about the L1, L2 and L3 nesting game any more, yet AI went down the same road in a single year.',
    'In AI, each layer solves what the one below could not: reasoning models at L2 such as DeepSeek R1 close the gap that the language models at L1 left in logic and arithmetic, and agents at L3 turn that reasoning into work done.',
    'In crypto, each layer patches the one below and brings bigger problems with it: the key figure of every L2 is its TVL and its token price.',
    'Of course the analogy is not absolute; comparing the two paths is simply a good exercise for the weekend.',
  ],
};

/** The same essay in German, as another site prints it. */
const GERMAN = [
  'Alle sagen, Ethereums Rollup-zentrierte Strategie sei gescheitert, und niemand will mehr etwas vom Schachtelspiel aus L1, L2 und L3 hören, doch die KI ist in einem einzigen Jahr denselben Weg gegangen.',
  'In der KI löst jede Schicht, was die darunter nicht konnte: Reasoning-Modelle auf L2 wie DeepSeek R1 schließen die Lücke, die die Sprachmodelle auf L1 bei Logik und Rechnen ließen, und Agenten auf L3 machen aus diesem Denken erledigte Arbeit.',
  'Im Krypto-Bereich flickt jede Schicht die darunter und bringt größere Probleme mit: Die wichtigste Kennzahl jeder L2 ist ihr TVL und ihr Tokenpreis.',
  'Natürlich ist die Analogie nicht absolut; die beiden Wege zu vergleichen ist einfach eine gute Übung fürs Wochenende.',
];

/** A translator's note above the essay and a reposter's request below it: prose, but not the essay. */
const NOTE =
  'Aus dem Chinesischen übersetzt von unserer Redaktion; das Original erschien als Beitrag auf X, die Zwischenüberschriften stammen von uns.';
const PLEA =
  'Wenn Ihnen diese Übersetzung gefallen hat, freuen wir uns über eine Stimme; ein Zehntel der Einnahmen dieses Beitrags geht an die Community.';

/** Lines with blank lines between them, as a page prints paragraphs. */
const page = (...paragraphs: string[]) => paragraphs.flatMap((p, i) => (i === 0 ? [p] : ['', p]));
const everyOther = (lines: readonly string[]) => lines.flatMap((l, i) => (l === '' ? [] : [i]));

describe('withinKnownEssay', () => {
  it('drops the lines above and below that no known essay pairs once it has paired its own first and last paragraphs', () => {
    const lines = page(NOTE, ...GERMAN, PLEA);
    const kept = everyOther(lines);
    expect(withinKnownEssay(lines, { start: 0, end: lines.length - 1 }, kept, [KNOWN], 'de')).toEqual({ start: 2, end: 8 });
  });

  it('hears only the known essays that pair their own first (or last) paragraph: a known copy cut short says nothing of the end', () => {
    const lines = page(NOTE, ...GERMAN, PLEA);
    const cut: KnownEssay = { language: 'en', paragraphs: KNOWN.paragraphs.slice(0, 2) };
    expect(withinKnownEssay(lines, { start: 0, end: lines.length - 1 }, everyOther(lines), [KNOWN, cut], 'de')).toEqual({
      start: 2,
      end: 8,
    });
  });

  it('keeps a copy cut short whole: the known essay’s last paragraph is unpaired, so it says nothing of the copy’s end', () => {
    const lines = page(...GERMAN.slice(0, 3));
    expect(withinKnownEssay(lines, { start: 0, end: 4 }, everyOther(lines), [KNOWN], 'de')).toEqual({ start: 0, end: 4 });
  });

  it('says nothing without known essays, or when one of them accounts for the edge line', () => {
    const lines = page(NOTE, ...GERMAN, PLEA);
    const span = { start: 0, end: lines.length - 1 };
    expect(withinKnownEssay(lines, span, everyOther(lines), [], 'de')).toEqual(span);
    // A second known repost that prints the note and the plea too: the essay may well hold them.
    const longer: KnownEssay = { language: 'de', paragraphs: [NOTE, ...GERMAN, PLEA] };
    expect(withinKnownEssay(lines, span, everyOther(lines), [KNOWN, longer], 'de')).toEqual(span);
  });
});

describe('detectLines with known reposts in another language', () => {
  it('labels the translator’s note and the plea for votes boilerplate, not essay', () => {
    const evidence: Evidence = { essays: [KNOWN], titles: [], authors: [] };
    const lines = ['Schichten-Paradox: KI und Krypto', '', ...page(NOTE, ...GERMAN, PLEA)];
    const roles = detectLines(lines, evidence).lines.map((l) => l.role);
    expect(roles.filter((r) => r === 'body')).toHaveLength(GERMAN.length);
    expect(roles[2]).toBe('boilerplate');
    expect(roles.at(-1)).toBe('boilerplate');
  });
});
