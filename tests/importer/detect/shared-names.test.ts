import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReposts } from '../../../src/corpus/repost/load-repost.ts';
import { detectLines } from '../../../src/importer/detect/detect-lines.ts';
import { evidenceOf, NO_EVIDENCE } from '../../../src/importer/detect/evidence.ts';
import { namesIn, sharedNames } from '../../../src/importer/detect/shared-names.ts';
import { ROOT } from '../../support/build-site.ts';

const evidence = evidenceOf(loadReposts(join(ROOT, 'content'), ROOT));

describe('namesIn', () => {
  it('keeps codes and names that a translation keeps, not plain or capitalised words or bare numbers', () => {
    expect(namesIn('Die Reasoning-Modelle auf L2 wie DeepSeek R1 schließen 2025 die Lücke; TVL zählt.')).toEqual([
      'L2',
      'DeepSeek',
      'R1',
      'TVL',
    ]);
    expect(namesIn('推理模型如DeepSeek R1补上了L2的短板')).toEqual(['DeepSeek', 'R1', 'L2']);
  });
});

/**
 * A German page: the essay (translated, so no word of it matches the English reposts), a
 * disclaimer, then a longer advertorial with its own headline and byline.
 */
const PAGE = [
  'Fähigkeitssprung oder Problemverschiebung? Das Schichten-Paradox von KI und Krypto',
  'Von Haotian · 17. Juni 2025',
  '',
  'Alle sagen, Ethereums Rollup-Strategie sei gescheitert, und niemand mag das Spiel aus L1, L2 und L3 noch hören, doch die KI hat denselben Weg genommen.',
  '',
  'Reasoning-Modelle auf L2 wie DeepSeek R1 schließen die Lücke der Sprachmodelle auf L1 beim logischen Schließen und Rechnen.',
  '',
  'Im Krypto-Bereich ist die wichtigste Kennzahl jeder L2 der TVL und der Tokenpreis: Die Schichten sind von der Tokenomics gekapert.',
  '',
  'Haftungsausschluss: Dieser Beitrag gibt die Meinung des Autors wieder und ist keine Anlageberatung.',
  '',
  'Warum Tokenisierung den Mittelstand verändert',
  'Von Redaktion Partner-Studio · 16. Juni 2025',
  '',
  'Als die ersten Pilotprojekte zur Tokenisierung von Anleihen vorgestellt wurden, hielten viele Beobachter das Thema für eine Spielerei großer Banken, doch heute prüfen Unternehmen aus Maschinenbau und Logistik ernsthaft, ob sie Forderungen als digitale Wertmarken abbilden können.',
  '',
  'Das Prinzip ist schnell erklärt: Ein Vermögenswert wird rechtlich in Anteile zerlegt, die auf einer Blockchain als Token geführt werden, und Investoren können diese Anteile kaufen, halten und weiterverkaufen, sofern es die Regeln erlauben.',
  '',
  'Für den Mittelstand könnte sich das Warten lohnen, denn wer heute Erfahrungen sammelt, hat einen Vorsprung, wenn die Infrastruktur reifer wird und die Aufsicht einheitliche Standards für die Verwahrung und den Handel setzt.',
];

describe('sharedNames', () => {
  it('counts per line the names of the known essay, and says nothing with fewer than three lines holding one', () => {
    const counts = sharedNames(PAGE, evidence)!;
    expect(counts[5]).toBeGreaterThanOrEqual(2);
    expect(counts[14]).toBe(0);
    expect(sharedNames(PAGE, NO_EVIDENCE)).toBeUndefined();
    expect(sharedNames(PAGE.slice(10), evidence)).toBeUndefined();
  });

  it('lets the essay, not a longer advertorial after its disclaimer, be the body of a page in another language than the reposts', () => {
    const body = (lines: readonly { role: string }[]) => lines.flatMap((l, i) => (l.role === 'body' ? [i] : []));
    expect(body(detectLines(PAGE, evidence).lines)).toEqual([3, 5, 7]);
  });
});
