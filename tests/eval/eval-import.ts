/**
 * `npm run eval:import [folder] [--no-evidence]`: runs detection over labelled captures
 * (`<folder>/<name>/{capture.txt,labels.json}`, default `tests/eval/captures`) with the reposts
 * of `content/` as evidence, and prints line-level precision and recall per role, category
 * accuracy and metadata accuracy. Labels are `[first, last, label]` ranges as in the detector's
 * fixture tests; blank lines are blank wherever they are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeCapture } from '../../src/corpus/capture/decode-capture.ts';
import { splitLines } from '../../src/corpus/capture/split-lines.ts';
import { loadReposts } from '../../src/corpus/repost/load-repost.ts';
import { detectLines } from '../../src/importer/detect/detect-lines.ts';
import { evidenceOf, NO_EVIDENCE } from '../../src/importer/detect/evidence.ts';

interface Labels {
  metadata: Record<string, string>;
  ranges: [number, number, string][];
}

const ROLES = ['body', 'metadata', 'boilerplate'] as const;
const FIELDS = ['title', 'author', 'date'] as const;

const args = process.argv.slice(2);
const folder = resolve(args.find((a) => !a.startsWith('--')) ?? 'tests/eval/captures');
const evidence = args.includes('--no-evidence') ? NO_EVIDENCE : evidenceOf(loadReposts(resolve('content')));

const counts = Object.fromEntries(ROLES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
let lines = 0;
let roleRight = 0;
let labelRight = 0;
const meta = Object.fromEntries(FIELDS.map((f) => [f, 0]));
const perCapture: string[] = [];
const names = readdirSync(folder, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

for (const name of names) {
  const file = join(folder, name, 'capture.txt');
  const text = splitLines(decodeCapture(readFileSync(file), file));
  const labels = JSON.parse(readFileSync(join(folder, name, 'labels.json'), 'utf8')) as Labels;
  const expected = text.map(() => 'blank');
  for (const [first, last, label] of labels.ranges)
    for (let n = first; n <= last; n++) if (text[n - 1]!.trim() !== '') expected[n - 1] = label;
  const detection = detectLines(text, evidence);
  const body = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  detection.lines.forEach((d, i) => {
    const want = expected[i]!;
    if (want === 'blank') return;
    // A line that gives several fields is labelled right when the wanted one is among them.
    const field = d.fields?.find((f) => want === `metadata:${f}`) ?? d.fields?.[0];
    const got = d.category ? `${d.role}:${d.category}` : field ? `${d.role}:${field}` : d.role;
    const wantRole = want.split(':')[0]!;
    lines++;
    if (got === want) labelRight++;
    if (d.role === wantRole) roleRight++;
    else misses.push(`${i + 1} ${want}→${got}`);
    for (const role of ROLES) {
      const c = counts[role]!;
      if (d.role === role && wantRole === role) c.tp++;
      else if (d.role === role) c.fp++;
      else if (wantRole === role) c.fn++;
    }
    if (d.role === 'body' && wantRole === 'body') body.tp++;
    else if (d.role === 'body') body.fp++;
    else if (wantRole === 'body') body.fn++;
  });
  const metaRight = FIELDS.filter((f) => detection.metadata[f] === labels.metadata[f]);
  for (const f of metaRight) meta[f]!++;
  const wrongMeta = FIELDS.filter((f) => !metaRight.includes(f)).map((f) => `${f}=${JSON.stringify(detection.metadata[f] ?? null)}`);
  perCapture.push(
    `${name.padEnd(30)} body F1 ${f1(body).toFixed(3)}  metadata ${metaRight.length}/3${wrongMeta.length ? `  (${wrongMeta.join(', ')})` : ''}${
      misses.length ? `\n${' '.repeat(32)}role misses: ${misses.slice(0, 8).join('; ')}${misses.length > 8 ? '; …' : ''}` : ''
    }`,
  );
}

console.log(`${names.length} captures, ${lines} non-blank lines, evidence: ${evidence.essays.length} reposts\n`);
for (const line of perCapture) console.log(line);
console.log('\nrole          precision  recall     F1');
for (const role of ROLES) {
  const c = counts[role]!;
  console.log(`${role.padEnd(12)}  ${ratio(c.tp, c.tp + c.fp)}      ${ratio(c.tp, c.tp + c.fn)}   ${f1(c).toFixed(3)}`);
}
console.log(`\nrole accuracy ${ratio(roleRight, lines)}   label accuracy (role + category/field) ${ratio(labelRight, lines)}`);
console.log(`metadata accuracy: ${FIELDS.map((f) => `${f} ${ratio(meta[f]!, names.length)}`).join('   ')}`);

function ratio(a: number, b: number): string {
  return (b === 0 ? 1 : a / b).toFixed(3);
}

function f1(c: { tp: number; fp: number; fn: number }): number {
  return c.tp === 0 ? (c.fp + c.fn === 0 ? 1 : 0) : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
}
