import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/corpus/content-error.ts';
import { importCapture, reportCapture } from '../../src/importer/import-capture.ts';
import { writeRepost } from '../../src/importer/write-repost.ts';
import { loadReposts } from '../../src/corpus/repost/load-repost.ts';
import { ROOT } from '../support/build-site.ts';
import { copyContent } from '../support/content-copy.ts';

const fixture = (name: string) => join(ROOT, 'tests/fixtures/captures', name, 'capture.txt');

function failure(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('expected a ContentError');
}

describe('importCapture', () => {
  it('writes a repost the content checks accept, with the capture byte for byte', () => {
    const content = copyContent();
    const repost = importCapture(fixture('crlf-bom-whitespace'), {
      id: 'mirror-two',
      outlet: 'Mirror Two',
      contentDir: content,
      root: join(content, '..'),
    });
    expect(repost).toMatchObject({ id: 'mirror-two', outlet: 'Mirror Two', sigil: 'MT', author: 'Haotian' });
    const dir = join(content, 'reposts', 'mirror-two');
    expect(readFileSync(join(dir, 'capture.txt'))).toEqual(readFileSync(fixture('crlf-bom-whitespace')));
    expect(loadReposts(content, join(content, '..')).map((r) => r.id)).toContain('mirror-two');
    expect(readdirSync(content).filter((name) => name.startsWith('.import-'))).toEqual([]);
  });

  it('writes the author and date detection reads out of longer lines, and the content checks accept them', () => {
    const content = copyContent();
    const capture = join(content, '..', 'dateline.txt');
    const essay = readFileSync(join(ROOT, 'content/reposts/gate/essay.md'), 'utf8').split('\n---\n')[1]!.trim();
    writeFileSync(capture, `What I Learned Maintaining a Library\nPosted by Mira Okafor\nJune 17, 2025 · 4 min read\n\n${essay}\n`);
    const repost = importCapture(capture, { id: 'dateline', contentDir: content, root: join(content, '..') });
    expect(repost).toMatchObject({ author: 'Mira Okafor', date: 'June 17, 2025' });
    expect(loadReposts(content, join(content, '..')).map((r) => r.id)).toContain('dateline');
  });

  it('writes the ledger that detection reports', () => {
    const content = copyContent();
    importCapture(fixture('price-ticker'), { id: 'ticker', contentDir: content });
    const written = JSON.parse(readFileSync(join(content, 'reposts/ticker/ledger.json'), 'utf8'));
    expect(written).toEqual(reportCapture(readFileSync(fixture('price-ticker')), 'capture.txt').ledger);
  });

  it('refuses to replace a repost without force, and replaces it with force', () => {
    const content = copyContent();
    const essay = join(content, 'reposts/gate/essay.md');
    const before = readFileSync(essay, 'utf8');
    expect(failure(() => importCapture(fixture('contest-banner'), { id: 'gate', contentDir: content }))).toMatch(
      /reposts\/gate: a repost with this id already exists; pass --force/,
    );
    expect(readFileSync(essay, 'utf8')).toBe(before);
    importCapture(fixture('contest-banner'), { id: 'gate', contentDir: content, force: true });
    expect(readFileSync(essay, 'utf8')).toContain('title: "Layers That Add Up and Layers That Pile Up: AI Versus Crypto"');
    expect(readFileSync(essay, 'utf8')).toContain('sigil: G\n');
  });

  it('re-imports with force keeping the outlet, the hand-written notes and every other file', () => {
    const content = copyContent();
    const dir = join(content, 'reposts/gate');
    writeFileSync(join(dir, 'sources.md'), 'Where the capture came from.\n');
    const notesBefore = JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8')).blocks.map((b: { note?: string }) => b.note);
    const repost = importCapture(join(dir, 'capture.txt'), { id: 'gate', contentDir: content, force: true });
    expect(repost).toMatchObject({ outlet: 'Gate Square', sigil: 'G' });
    expect(readFileSync(join(dir, 'sources.md'), 'utf8')).toBe('Where the capture came from.\n');
    const notesAfter = JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8')).blocks.map((b: { note?: string }) => b.note);
    const kept = notesAfter.filter((n: string | undefined) => n !== undefined && notesBefore.includes(n));
    expect(kept.length).toBeGreaterThan(0);
    const fresh = importCapture(join(dir, 'capture.txt'), { id: 'gate', contentDir: content, force: true, outlet: 'Gate', newNotes: true });
    expect(fresh.outlet).toBe('Gate');
  });

  it('refuses a bad id, a taken sigil and a capture with no prose', () => {
    const content = copyContent();
    expect(failure(() => importCapture(fixture('contest-banner'), { id: 'Bad Id', contentDir: content }))).toMatch(
      /--id "Bad Id": a repost folder name is lower-case/,
    );
    expect(failure(() => importCapture(fixture('contest-banner'), { id: 'new', sigil: 'M', contentDir: content }))).toMatch(
      /--sigil "M" is already used/,
    );
    expect(failure(() => importCapture(fixture('contest-banner'), { id: 'new', sigil: 'm1', contentDir: content }))).toMatch(
      /--sigil "m1": a sigil is one to three capital letters/,
    );
    expect(failure(() => importCapture(fixture('latin1'), { id: 'new', contentDir: content }))).toMatch(
      /latin1\/capture.txt: the file is not valid UTF-8/,
    );
    expect(existsSync(join(content, 'reposts/new'))).toBe(false);
  });
});

describe('writeRepost', () => {
  it('leaves nothing behind when the files fail the content checks', () => {
    const content = copyContent();
    const capture = new TextEncoder().encode('Title\nThe only sentence of the body.\n');
    const ledger = JSON.stringify({
      sha256: createHash('sha256').update(capture).digest('hex'),
      blocks: [
        { lines: [1, 1], role: 'metadata', field: 'title' },
        { lines: [2, 2], role: 'body' },
      ],
    });
    const essay = '---\ntitle: Title\noutlet: X\nsigil: X\n---\n\nA different sentence.\n';
    expect(failure(() => writeRepost({ capture, essay, ledger }, { contentDir: content, id: 'broken' }))).toMatch(
      /essay\.md:\d+: paragraph text differs from .*capture\.txt line 2/,
    );
    expect(existsSync(join(content, 'reposts/broken'))).toBe(false);
    expect(readdirSync(content).filter((name) => name.startsWith('.import-'))).toEqual([]);
  });
});
