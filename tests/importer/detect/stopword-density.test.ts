import { describe, expect, it } from 'vitest';
import { languageProfile } from '../../../src/engine/text/profile.ts';
import { sparseInStopwords } from '../../../src/importer/detect/stopword-density.ts';

describe('sparseInStopwords', () => {
  const ca = languageProfile('ca');
  const prose = [
    'El curiós, però, és que durant l’últim any el sector de la IA també ha viscut una evolució de capes ben ràpida.',
    'Si comparem totes dues coses, on és exactament el problema i per què la gent se n’ha cansat tan de pressa?',
    'Cada capa fa un salt qualitatiu respecte a la anterior, i els usuaris noten clarament que la IA és més útil.',
  ];

  it('counts an elided article as the function word it is: a Catalan sentence full of them is prose', () => {
    const elided =
      "Tothom diu que l'estratègia Rollup-Centric d'Ethereum sembla que ha fracassat? I tothom n'està tip, d'aquest joc de nines russes L1-L2-L3.";
    expect(sparseInStopwords([...prose, elided], ca)).toEqual([false, false, false, false]);
  });

  it('still finds a row of names among the prose', () => {
    const names = 'Blocs i Cadenes · Carrer de Verdi 12, 08012 Barcelona · Girona · Lleida · Tarragona · Reus';
    expect(sparseInStopwords([...prose, names], ca)).toEqual([false, false, false, true]);
  });

  it('does not count an address’s parts as words: a sentence citing a long URL is prose', () => {
    const cited =
      'Ho explica a https://research.example.com/reports/ai-crypto-layered-paradox-haotian-full-analysis-summary-english-original-2025-06-17 i ho resumeix així.';
    expect(sparseInStopwords([...prose, cited], ca)).toEqual([false, false, false, false]);
  });
});
