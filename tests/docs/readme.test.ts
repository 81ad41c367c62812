import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOILERPLATE_CATEGORIES } from '../../src/corpus/ledger/taxonomy.ts';
import { ROOT } from '../support/build-site.ts';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('documents exactly the taxonomy the code enforces', () => {
    const rows = [...readme.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \| ([^|]+) \|$/gm)].map((m) => [m[1], m[2]!.trim(), m[3]!.trim()]);
    expect(rows).toEqual(Object.entries(BOILERPLATE_CATEGORIES).map(([key, c]) => [key, c.label, c.description]));
  });

  it('gives the two commands, and .ci/run runs the test one', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toMatch(/^npm test\b/m);
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toMatch(/^npm test$/m);
  });

  it('writes every command whose output is JSON with npm run --silent, so npm’s banner stays off stdout', () => {
    const json = [...readme.matchAll(/npm run [^`\n]*--json[^`\n]*/g)].map((m) => m[0]);
    expect(json.length).toBeGreaterThan(0);
    for (const command of json) expect(command).toMatch(/^npm run --silent /);
  });
});
