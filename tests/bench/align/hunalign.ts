import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Sentence } from '../../../src/engine/tokens/tokenize.ts';
import { available, type Measured, measure } from './measure.ts';
import type { Group } from './score.ts';
import { dataDir } from './sources.ts';

/**
 * hunalign (Varga et al. 2005), the field's standard sentence aligner, given exactly the engine's
 * sentences, one a line, tokens separated by spaces (so Chinese and Japanese words are the
 * engine's), with an empty dictionary: it then aligns by length and by tokens both sides share
 * (names, numbers). `RECENSION_HUNALIGN` names the binary; else `hunalign` on PATH, else
 * `<data dir>/tools/hunalign` (see the README for building it).
 */
export function hunalignCommand(): string | undefined {
  const candidates = [process.env.RECENSION_HUNALIGN, 'hunalign', join(dataDir(), 'tools', 'hunalign')].filter((c): c is string => !!c);
  return candidates.find(available);
}

const lineOf = (s: Sentence) =>
  s.tokens
    .map((t) => t.text.trim())
    .filter(Boolean)
    .join(' ') || '.';

/** Runs hunalign on the two sides; its ladder (rungs i j score) becomes rows between rungs. */
export function runHunalign(command: string, a: readonly Sentence[], b: readonly Sentence[]): Measured & { groups: Group[] } {
  const dir = mkdtempSync(join(tmpdir(), 'recension-hunalign-'));
  try {
    writeFileSync(join(dir, 'a.txt'), `${a.map(lineOf).join('\n')}\n`);
    writeFileSync(join(dir, 'b.txt'), `${b.map(lineOf).join('\n')}\n`);
    writeFileSync(join(dir, 'null.dic'), '');
    const run = measure(command, ['-utf', join(dir, 'null.dic'), join(dir, 'a.txt'), join(dir, 'b.txt')]);
    const rungs = run.stdout
      .split('\n')
      .map((line) => line.split('\t'))
      .filter((f) => f.length >= 2 && /^\d+$/.test(f[0]!) && /^\d+$/.test(f[1]!))
      .map((f) => [Number(f[0]), Number(f[1])] as const);
    const groups: Group[] = [];
    for (let k = 0; k + 1 < rungs.length; k++) {
      const [i0, j0] = rungs[k]!;
      const [i1, j1] = rungs[k + 1]!;
      const g: Group = { a: [], b: [] };
      for (let i = i0; i < i1; i++) g.a.push(i);
      for (let j = j0; j < j1; j++) g.b.push(j);
      if (g.a.length || g.b.length) groups.push(g);
    }
    return { ...run, groups };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
