import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as engine from '../../src/engine/index.ts';
import { ROOT } from '../support/build-site.ts';

const ENGINE = join(ROOT, 'src/engine');
const sources = (readdirSync(ENGINE, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(ENGINE, f));
const dependencies = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies);
/** Every module specifier a file imports or re-exports. */
const specifiers = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gms)].map((m) => m[1]!);

describe('the engine entry (recension/engine)', () => {
  it('offers collate, the stages of a custom pipeline and the text primitives', () => {
    const stages = [
      'collate',
      'collateMany',
      'collationFromSynopsis',
      'tokenize',
      'termWeights',
      'alignSentences',
      'pairGaps',
      'detectMoves',
      'analyse',
    ];
    const primitives = [
      'normalizeToken',
      'segmentersFor',
      'countWords',
      'endsSentence',
      'stopwordsFor',
      'stemmerFor',
      'languageProfile',
      'detectLanguage',
    ];
    const exported = new Map(Object.entries(engine));
    for (const name of [...stages, ...primitives]) expect(typeof exported.get(name), name).toBe('function');
  });

  it('runs a custom pipeline of its stages to the same collation as collate', () => {
    const witness = (id: string, sigil: string, text: string) => ({ id, sigil, label: id, blocks: [{ id: 'p1', text }] });
    const a = witness('a', 'A', 'The river rose in spring. Farmers moved their herds uphill. Nobody was hurt.');
    const b = witness('b', 'B', 'Farmers moved their herds uphill. The river rose in the spring. Nobody was hurt at all.');
    const { a: sa, b: sb } = engine.termParts(engine.tokenize(a), engine.tokenize(b));
    const weights = engine.termWeights(sa, sb);
    const groups = engine.pairGaps(engine.detectMoves(engine.alignSentences(sa, sb, weights), sa, sb, weights), sa, sb);
    const profiles = { a: engine.witnessProfile(a), b: engine.witnessProfile(b) };
    expect(engine.withDigest(engine.analyse(a, b, sa, sb, groups), a, b, profiles)).toEqual(engine.collate(a, b));
  });

  it('imports nothing but its own modules and declared dependencies: no Astro, no node:, no site code', () => {
    expect(sources.flatMap(specifiers)).toEqual(expect.arrayContaining(['diff', './collate.ts']));
    for (const file of sources) {
      for (const spec of specifiers(file)) {
        const where = `${relative(ROOT, file)} imports ${spec}`;
        if (spec.startsWith('.')) expect(resolve(dirname(file), spec).startsWith(ENGINE), where).toBe(true);
        else
          expect(
            dependencies.filter((d) => d !== 'astro' && !d.startsWith('@astrojs/')),
            where,
          ).toContain(spec.split('/')[0]);
      }
    }
  });
});
