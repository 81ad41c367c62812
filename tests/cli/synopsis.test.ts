import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { positionalSigil } from '../../src/corpus/read-witnesses.ts';
import type { Synopsis } from '../../src/engine/multi/synopsis.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

function cli(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, COLUMNS: '80' };
  for (const key of ['npm_lifecycle_event', 'INIT_CWD', 'FORCE_COLOR']) delete env[key];
  const result = spawnSync(join(root, 'node_modules/.bin/node'), ['src/cli/collate.ts', ...args], { cwd: root, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Three small texts: B drops C's closing sentence, C adds one of its own. */
function threeTexts(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'recension-synopsis-'));
  const texts = {
    'a.txt': 'The river rose in the night. Farmers moved their cattle to the hills. The water fell two days later.',
    'b.txt': 'The river rose during the night. Farmers moved their cattle to the hills.',
    'c.txt':
      'The river rose in the night. A reporter photographed the boats. Farmers moved the cattle to the hills. The water fell two days later.',
  };
  return Object.entries(texts).map(([name, text]) => {
    writeFileSync(join(dir, name), `${text}\n`);
    return join(dir, name);
  });
}

describe('collate CLI with three or more files', () => {
  it('prints the synopsis JSON: one plain-text cell per witness in argument order, "" where absent', () => {
    const files = threeTexts();
    const { status, stdout, stderr } = cli(files[2]!, files[0]!, files[1]!, '--json');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const synopsis = JSON.parse(stdout) as Synopsis;
    expect(synopsis.witnesses.map((w) => [w.id, w.sigil])).toEqual([
      ['c.txt', 'A'],
      ['a.txt', 'B'],
      ['b.txt', 'C'],
    ]);
    expect(synopsis.rows.map((r) => r.cells)).toEqual([
      ['The river rose in the night.', 'The river rose in the night.', 'The river rose during the night.'],
      ['A reporter photographed the boats.', '', ''],
      ['Farmers moved the cattle to the hills.', 'Farmers moved their cattle to the hills.', 'Farmers moved their cattle to the hills.'],
      ['The water fell two days later.', 'The water fell two days later.', ''],
    ]);
  });

  it('prints a terminal synopsis: each witness, then each row with its readings and their sigla', () => {
    const files = threeTexts();
    const { status, stdout } = cli(...files);
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `A = ${files[0]}: 3 sentences, 19 words (base)`,
      `B = ${files[1]}: 2 sentences, 13 words`,
      `C = ${files[2]}: 4 sentences, 24 words`,
    ]);
    expect(stdout).toContain('── A1 · 2 readings\nA C  The river rose in the night.\nB    The river rose during the night.\n');
    expect(stdout).toContain('── C2 · 2 readings\nA B  (nothing)\nC    A reporter photographed the boats.\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('says when a merged sentence covers several rows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recension-synopsis-'));
    const texts = [
      'The river rose in the night. Farmers moved their cattle to the hills. The water fell two days later.',
      'The river rose in the night, and farmers moved their cattle to the hills. The water fell two days later.',
      'The river rose in the night. Farmers moved the cattle to the hills. The water fell two days later.',
    ];
    const files = texts.map((text, i) => {
      writeFileSync(join(dir, `${i}.txt`), text);
      return join(dir, `${i}.txt`);
    });
    const { status, stdout } = cli(...files);
    expect(status).toBe(0);
    expect(stdout).toContain("── A1 · 2 readings · B's sentence covers 2 rows\n");
    const synopsis = JSON.parse(cli(...files, '--json').stdout) as Synopsis;
    expect(synopsis.rows[0]!.spans).toEqual({ 1: 2 });
    expect(synopsis.rows[1]!.cells).toEqual(['Farmers moved their cattle to the hills.', '', 'Farmers moved the cattle to the hills.']);
  });

  it('names sigla from frontmatter when every file declares a distinct one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recension-synopsis-'));
    const copy = join(dir, 'copy.md');
    writeFileSync(copy, readFileSync(join(root, 'content/reposts/gate/essay.md'), 'utf8').replace(/^sigil: G$/m, 'sigil: X'));
    const { status, stdout } = cli('content/reposts/gate/essay.md', 'content/reposts/mexc/essay.md', copy, '--json');
    expect(status).toBe(0);
    const synopsis = JSON.parse(stdout) as Synopsis;
    expect(synopsis.witnesses.map((w) => w.sigil)).toEqual(['G', 'M', 'X']);
    expect(synopsis.rows[0]!.id).toBe('G1');
  });

  it('still refuses fewer than two files with a one-line usage', () => {
    const { status, stderr } = cli('a.txt');
    expect(status).toBe(2);
    expect(stderr).toMatch(/^collate: missing operand: .*usage: npm run --silent collate -- <a> <b> \[<c> …\] \[--json\]\)\n$/);
  });

  it('gives every position a distinct sigil', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(positionalSigil)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
