import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReposts } from '../../../src/corpus/repost/load-repost.ts';
import { detectLines } from '../../../src/importer/detect/detect-lines.ts';
import { evidenceOf, NO_EVIDENCE } from '../../../src/importer/detect/evidence.ts';
import { captureProfile, ESSAY_EVIDENCE, lineEvidence } from '../../../src/importer/detect/line-evidence.ts';
import { sparseInStopwords } from '../../../src/importer/detect/stopword-density.ts';
import { ROOT } from '../../support/build-site.ts';

const evidence = evidenceOf(loadReposts(join(ROOT, 'content'), ROOT));

/** A paraphrase of the essay's paragraphs, as another mirror would print them, between page chrome. */
const PARAPHRASE = [
  'Crypto Daily',
  'Layered Paradox: AI Adds Capability, Crypto Moves Problems',
  '',
  'People keep saying Ethereum’s rollup-centric plan has failed and they are tired of stacking L1, L2 and L3, yet AI went through the same L1-L2-L3 evolution last year.',
  'Reasoning models at L2 such as DeepSeek R1 fixed the weak logic and maths of L1 language models, and L3 agents plan tasks and call tools.',
  'Crypto layering is held hostage by tokenomics: the KPI of every L2 is TVL and token price, while OpenAI, Anthropic and DeepSeek compete on capability.',
  '',
  'Subscribe to our newsletter for weekly market updates and exclusive trading tips.',
];

describe('lineEvidence', () => {
  it('scores the essay’s paraphrased lines high and page chrome low', () => {
    const scores = lineEvidence(PARAPHRASE, evidence)!.scores;
    for (const i of [3, 4, 5]) expect(scores[i], PARAPHRASE[i]).toBeGreaterThanOrEqual(ESSAY_EVIDENCE);
    expect(scores[7]).toBeLessThan(0.25);
    expect(scores[0]).toBeLessThan(ESSAY_EVIDENCE);
  });

  it('scores a title like the known titles high', () => {
    const titles = lineEvidence(PARAPHRASE, evidence)!.titleScores;
    expect(titles[1]).toBeGreaterThan(titles[7]!);
  });

  it('gives no evidence without reposts, for another essay, or for a capture in another language', () => {
    expect(lineEvidence(PARAPHRASE, NO_EVIDENCE)).toBeUndefined();
    const other = [
      'When the first airdrops arrived, the idea was to reward early users who took a risk on a new protocol.',
      'Four years later the reward has become the product, and farms of wallets repeat the same cheap actions.',
      'Genuine users receive almost nothing while professional farmers collect most of the allocation.',
    ];
    expect(lineEvidence(other, evidence)).toBeUndefined();
    const spanish = [
      'Todo el mundo dice que la estrategia centrada en rollups de Ethereum ha fracasado y nadie soporta el juego de L1, L2 y L3.',
      'Los modelos de razonamiento de la L2, como DeepSeek R1, corrigen la lógica y las matemáticas de los modelos de lenguaje.',
      'En las cripto, el KPI de cada L2 es el TVL y el precio de su token, mientras OpenAI y Anthropic compiten en capacidad.',
    ];
    expect(lineEvidence(spanish, evidence)).toBeUndefined();
  });
});

describe('detection with evidence', () => {
  it('takes a short line glued to a widget between essay paragraphs out of the essay when it shares nothing with it', () => {
    const lines = [...PARAPHRASE.slice(0, 5), '', 'ETH/USDT 2,541.07 -0.83%', 'Trade now', '', PARAPHRASE[5]!];
    const detected = detectLines(lines, evidence).lines;
    expect(detected[7]).toMatchObject({ role: 'boilerplate', category: 'price-ticker', text: 'Trade now' });
    expect(detected.filter((l) => l.role === 'body').map((l) => l.text)).toEqual(PARAPHRASE.slice(3, 6));
  });
});

describe('sparseInStopwords', () => {
  const lines = [
    'The essay argues that every layer of the stack solves a problem the layer below it could not solve on its own.',
    'It is a simple comparison, but it says a lot about where the incentives of each industry point in the end.',
    'Bitcoin Ethereum Solana Cardano Polkadot Avalanche Chainlink Polygon Litecoin Uniswap',
    'Share',
  ];

  it('flags a long line with few function words, never prose or a short label', () => {
    expect(sparseInStopwords(lines, captureProfile(lines))).toEqual([false, false, true, false]);
  });

  it('judges nothing in a language without a stoplist or in text written without spaces', () => {
    const chinese = [
      '比特币 以太坊 索拉纳 卡尔达诺 波卡 雪崩 链环 多边形 莱特币 独角兽',
      '这是一段很长的中文句子，用来说明没有空格的文字不会被判断。',
    ];
    expect(sparseInStopwords(chinese, captureProfile(chinese))).toEqual([false, false]);
  });
});
