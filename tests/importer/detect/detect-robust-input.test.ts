import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../../src/corpus/capture/decode-capture.ts';
import { splitLines } from '../../../src/corpus/capture/split-lines.ts';
import { detectLines } from '../../../src/importer/detect/detect-lines.ts';
import { toLedger } from '../../../src/importer/detect/to-ledger.ts';
import { accountLines } from '../../../src/corpus/ledger/account-lines.ts';
import { ledgerSchema } from '../../../src/corpus/ledger/ledger-schema.ts';
import { toMarkdown } from '../../../src/importer/to-markdown.ts';
import { ROOT } from '../../support/build-site.ts';
import { fixtureLines, label } from './support.ts';

const TEN_MB = 10 * 1024 * 1024;
/**
 * Linear means twice the input takes about twice the time. Wall-clock budgets fail on a loaded
 * machine and miss a slowdown on a fast one; the ratio of two sizes does neither (a quadratic step
 * makes it 4).
 */
const MAX_DOUBLING_RATIO = 3;
/** Not a budget: only how long a run may take before it counts as hung. */
const HANG_MS = 120_000;

/** Greedy word wrap, as a text-mode browser or an e-mail client would do. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...out, line];
}

/** The work's result and its fastest time of three runs: the least disturbed by other processes. */
function timed<T>(work: () => T): { result: T; ms: number } {
  let ms = Number.POSITIVE_INFINITY;
  let result: T | undefined;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    result = work();
    ms = Math.min(ms, performance.now() - start);
  }
  return { result: result!, ms };
}

describe('detection on awkward input', () => {
  it('reads a capture with a byte-order mark, CRLF and trailing white space like its clean copy', () => {
    const file = join(ROOT, 'tests/fixtures/captures/crlf-bom-whitespace/capture.txt');
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes('\r\n')).toBe(true);
    const clean = splitLines(decodeCapture(bytes, file)).map((l) => l.trimEnd());
    const raw = fixtureLines('crlf-bom-whitespace');
    expect(raw[0]!.startsWith('Layers')).toBe(true);
    expect(raw.some((l) => l !== l.trimEnd())).toBe(true);
    expect(detectLines(raw).lines.map(label)).toEqual(detectLines(clean).lines.map(label));
    expect(detectLines(raw).metadata.author).toBe('Haotian');
  });

  it('keeps the last essay line of a capture cut off mid-word', () => {
    const lines = fixtureLines('truncated-mid-word');
    const last = detectLines(lines).lines.at(-1)!;
    expect(last).toMatchObject({ role: 'body', text: 'Of course the analogy is not abso' });
  });

  it('keeps a teaser out of the essay when only a blank line separates them', () => {
    const lines = fixtureLines('price-ticker');
    const [teaser, ...rest] = [lines[0]!, '', ...lines.slice(15, 34)];
    const detection = detectLines([teaser, ...rest]);
    expect(detection.lines[0]).toMatchObject({ role: 'boilerplate', category: 'duplicated-teaser' });
    expect(detection.lines.slice(1).map((l) => l.role)).toEqual(rest.map((l) => (l === '' ? 'blank' : 'body')));
  });

  it('keeps every line of an essay hard-wrapped at 72 columns, and nothing else', () => {
    const dir = join(ROOT, 'content/reposts/mexc');
    const lines = splitLines(readFileSync(join(dir, 'capture.txt'), 'utf8'));
    const account = accountLines(lines, ledgerSchema.parse(JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8'))), 'ledger.json');
    const wrapped = account.flatMap((l) =>
      l.role === 'body' ? wrap(l.text, 72).map((text) => ({ text, role: 'body' })) : [{ text: l.text, role: l.role }],
    );
    expect(wrapped.length).toBeGreaterThan(lines.length + 20);
    expect(detectLines(wrapped.map((l) => l.text)).lines.map((l) => l.role)).toEqual(wrapped.map((l) => l.role));
  });

  it('ends the essay where the page switches to its own language', () => {
    const lines = fixtureLines('crlf-bom-whitespace').slice(0, 18);
    const notice = 'Gli articoli di questa pagina sono raccolti dal web e vengono mostrati così come sono stati scritti dagli autori.';
    const detection = detectLines([...lines, '', notice]);
    expect(detection.lines.at(-1)).toMatchObject({ role: 'boilerplate', text: notice });
    expect(detection.lines.filter((l) => l.role === 'body')).toHaveLength(8);
  });

  it(
    'labels a generated capture in linear time, ledger and Markdown included',
    () => {
      const essay = fixtureLines('price-ticker').join('\n');
      const noise = fixtureLines('contest-banner').join('\n');
      const capture = (bytes: number) => {
        const parts: string[] = [];
        for (let size = 0, i = 0; size < bytes; i++) {
          const part = i % 3 === 2 ? noise : essay.replaceAll('layer', `layer${i % 97}`);
          parts.push(part);
          size += part.length;
        }
        return splitLines(parts.join('\n'));
      };
      const run = (lines: string[]) =>
        timed(() => {
          const detection = detectLines(lines);
          const body = detection.lines.filter((l) => l.role === 'body').map((l) => l.text);
          return { detection, ledger: toLedger(detection.lines), markdown: toMarkdown({ outlet: 'x', sigil: 'X' }, body) };
        });
      const half = run(capture(TEN_MB / 16));
      const lines = capture(TEN_MB / 8);
      const { result, ms } = run(lines);
      expect(result.detection.lines).toHaveLength(lines.length);
      expect(result.ledger.blocks.length).toBeGreaterThan(1);
      expect(ms / Math.max(half.ms, 1)).toBeLessThan(MAX_DOUBLING_RATIO);
    },
    HANG_MS,
  );

  it.each([
    ['one long line without spaces', (n: number) => ['x'.repeat(n)]],
    ['one long line of digits and punctuation', (n: number) => ['1,1.1-'.repeat(n / 6)]],
    ['many button labels', (n: number) => Array.from({ length: n / 5 }, (_, i) => (i % 2 ? 'Share' : ''))],
    ['many distinct short sentences', (n: number) => Array.from({ length: n / 50 }, (_, i) => `Layer ${i} patches layer ${i - 1}, again.`)],
  ])(
    'stays linear on %s',
    (_name, make) => {
      const half = timed(() => detectLines(make(TEN_MB / 16)));
      const lines = make(TEN_MB / 8);
      const { result, ms } = timed(() => detectLines(lines));
      expect(result.lines).toHaveLength(lines.length);
      expect(ms / Math.max(half.ms, 1)).toBeLessThan(MAX_DOUBLING_RATIO);
    },
    HANG_MS,
  );
});
