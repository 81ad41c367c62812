import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build-site.ts';
import { random } from './random.ts';

/** Text that Markdown writes as is: an edit of such a span changes capture and essay.md alike. */
const PLAIN = /^[\p{L}\p{N} ,.'’-]+$/u;

/**
 * A copy of the project's content with `count` reposts in all: the shipped ones, then generated
 * ones derived from them in turn. Each generated repost is a valid repost — capture, ledger and
 * essay.md agree, so the build checks it like any other — and differs from its original the way
 * reposts differ: a sentence dropped, a few words replaced (each edit made in the capture's body
 * line and in essay.md alike). Folder `gen-NN`, sigil `GNN`, outlet "<original outlet> copy NN".
 * A ledger that pins its capture's SHA-256 gets the new hash.
 */
export function generatedContent(count: number, seed = 1): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'recension-generated-')), 'content');
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  const reposts = join(dir, 'reposts');
  const originals = readdirSync(reposts, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  for (let i = 1; originals.length + i <= count; i++) {
    const n = String(i).padStart(2, '0');
    const target = join(reposts, `gen-${n}`);
    cpSync(join(reposts, originals[(i - 1) % originals.length]!), target, { recursive: true });
    vary(target, n, random(seed * 7919 + i));
  }
  return dir;
}

function vary(folder: string, n: string, rng: () => number): void {
  const capturePath = join(folder, 'capture.txt');
  const essayPath = join(folder, 'essay.md');
  const ledgerPath = join(folder, 'ledger.json');
  let capture = readFileSync(capturePath, 'utf8');
  let essay = readFileSync(essayPath, 'utf8');
  const ledger = JSON.parse(readFileSync(ledgerPath, 'utf8')) as { sha256?: string; blocks: { lines: [number, number]; role: string }[] };
  const lines = capture.split('\n');
  const bodyLines = ledger.blocks
    .filter((b) => b.role === 'body')
    .flatMap((b) => Array.from({ length: b.lines[1] - b.lines[0] + 1 }, (_, k) => lines[b.lines[0] - 1 + k]!))
    .filter((l) => l.trim().length > 0);
  const once = (text: string, span: string) => text.split(span).length === 2;
  const edit = (span: string, replacement: string): boolean => {
    if (!PLAIN.test(span) || !once(capture, span) || !once(essay.slice(essay.indexOf('\n---', 3)), span)) return false;
    capture = capture.replace(span, replacement);
    const body = essay.indexOf('\n---', 3);
    essay = essay.slice(0, body) + essay.slice(body).replace(span, replacement);
    return true;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

  // Drop one sentence that is not the last of its line, so no line becomes empty.
  const sentences = bodyLines.flatMap((l) => l.match(/[^.!?]+[.!?]+ (?=\S)/g) ?? []).map((s) => s.trimStart());
  for (let tries = 0; tries < 20 && sentences.length; tries++) if (edit(pick(sentences), '')) break;
  // Replace three words with another word of the same text: a rewording the aligner must see through.
  const words = [...new Set(bodyLines.flatMap((l) => l.match(/\b\p{L}{6,}\b/gu) ?? []))];
  for (let done = 0, tries = 0; done < 3 && tries < 40 && words.length > 1; tries++) {
    const word = pick(words);
    const line = pick(bodyLines.filter((l) => capture.includes(l) && l.includes(` ${word} `)));
    if (!line) continue;
    const start = line.indexOf(` ${word} `);
    const span = line.slice(Math.max(0, line.lastIndexOf(' ', start - 1)), start + word.length + 2);
    if (edit(span, span.replace(` ${word} `, ` ${pick(words).toLowerCase()} `))) done++;
  }

  essay = essay.replace(/^sigil:.*$/m, `sigil: G${n}`).replace(/^outlet:(.*)$/m, (_, outlet: string) => `outlet:${outlet} copy ${n}`);
  writeFileSync(capturePath, capture);
  writeFileSync(essayPath, essay);
  if (ledger.sha256 !== undefined) {
    ledger.sha256 = createHash('sha256').update(capture).digest('hex');
    writeFileSync(ledgerPath, `${JSON.stringify(ledger, null, 2)}\n`);
  }
}
