import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/corpus/content-error.ts';
import { loadEssay, loadRepost, loadReposts, metadataValues } from '../../../src/corpus/repost/load-repost.ts';
import { ROOT } from '../../support/build-site.ts';
import { addFixtureRepost, copyContent, editFile } from '../../support/content-copy.ts';

/** The 1-based line of a frontmatter key in a file. */
const keyLine = (path: string, key: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .findIndex((l) => l.startsWith(`${key}:`)) + 1;

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The message a content folder fails with, or undefined when it loads. */
function failure(contentDir: string): string | undefined {
  try {
    loadReposts(contentDir, join(contentDir, '..'));
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
}

describe('the shipped content', () => {
  const reposts = loadReposts(join(ROOT, 'content'), ROOT);
  /** A shipped repost by id: tests never depend on which or how many other reposts exist. */
  const byId = (id: string) => {
    const repost = reposts.find((r) => r.id === id);
    expect(repost, `content/reposts/${id}`).toBeDefined();
    return repost!;
  };

  it('keeps each raw capture byte-identical to the shared capture', () => {
    // The hashes of ../shared/captures/*.txt, pinned so the check also runs where shared/ is absent.
    const pinned: Record<string, [string, string]> = {
      gate: ['gate-square.txt', 'aef903119bd5c2fa49d008bba0584669d07554fb54c77595acbff22befabffed'],
      mexc: ['mexc-news.txt', '611cd236ce939948e7845e7ee2f27435c9a4eaa13c931732d3a7fc1c714a3e63'],
    };
    for (const [id, [name, hash]] of Object.entries(pinned)) {
      expect(sha256(join(ROOT, byId(id).files.capture)), id).toBe(hash);
      const shared = join(ROOT, '..', 'shared', 'captures', name);
      if (existsSync(shared)) expect(sha256(shared), name).toBe(hash);
    }
  });

  it('accounts for every capture line exactly once, with the lines in order', () => {
    for (const r of reposts) {
      const raw = readFileSync(join(ROOT, r.files.capture), 'utf8');
      expect(r.lines.map((l) => l.line)).toEqual(r.lines.map((_, i) => i + 1));
      expect(r.lines.map((l) => l.text).join('\n')).toBe(raw.replace(/\n$/, ''));
    }
  });

  it('lifts title, author and date only from the capture', () => {
    const [gate, mexc] = [byId('gate'), byId('mexc')];
    expect(gate).toMatchObject({
      id: 'gate',
      outlet: 'Gate Square',
      sigil: 'G',
      title: 'Comparing AI and Crypto Assets: Distinct Development Paths of Layered Strategies',
    });
    expect(gate!.author).toBeUndefined();
    expect(gate!.date).toBeUndefined();
    expect(mexc).toMatchObject({ id: 'mexc', author: 'Haotian', date: '2025/06/17 10:00', sigil: 'M' });
  });

  it('turns each body line into one block, MEXC’s numbered leads into headings', () => {
    const [gate, mexc] = [byId('gate'), byId('mexc')];
    expect(gate!.blocks).toHaveLength(8);
    expect(gate!.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(mexc!.blocks.filter((b) => b.kind === 'heading').map((b) => b.text.slice(0, 2))).toEqual(['1)', '2)']);
    expect(mexc!.blocks.map((b) => b.captureLine)).toEqual([9, 11, 13, 15, 17, 19, 21, 23, 25, 27]);
  });

  it('gives each repost its language: detected when its frontmatter declares none, declared otherwise', () => {
    expect([byId('gate')!.language, byId('mexc')!.language]).toEqual(['en', 'en']);
    const content = copyContent();
    const essay = join(content, 'reposts/gate/essay.md');
    writeFileSync(essay, readFileSync(essay, 'utf8').replace(/^sigil: G$/m, 'sigil: G\nlanguage: en-GB'));
    expect(loadRepost(join(content, 'reposts/gate'), content).language).toBe('en-GB');
  });

  it('loads the essay record', () => {
    expect(loadEssay(join(ROOT, 'content'), ROOT)).toEqual({
      title: 'Capability Leap vs. Problem Shifting: The "Layered Paradox" of AI and Crypto',
      author: 'Haotian',
      date: '2025-06-17',
    });
  });
});

describe('broken content fails with file, line and problem', () => {
  it('an unaccounted raw line', () => {
    const dir = copyContent();
    editFile(join(dir, 'reposts/mexc/ledger.json'), (t) =>
      t
        .replace('"lines": [\n        40,\n        40\n      ]', '"lines": [\n        39,\n        39\n      ]')
        .replace(/\{\s*"lines": \[\s*39,\s*39\s*\],\s*"role": "boilerplate",\s*"category": "share-widget",\s*"note": "[^"]*"\s*\},/, ''),
    );
    // Blamed on the ledger block just before the gap (it covers line 39), at its own line in ledger.json.
    const ledgerLines = readFileSync(join(dir, 'reposts/mexc/ledger.json'), 'utf8').split('\n');
    const blockLine = ledgerLines.findLastIndex((l, i) => l.includes('"lines"') && ledgerLines[i + 1]?.trim() === '39,') + 1;
    expect(blockLine).toBeGreaterThan(40);
    expect(failure(dir)).toBe(
      `content/reposts/mexc/ledger.json:${blockLine}: capture line 40 is not accounted for by any block: «2025/09/18 19:30»`,
    );
  });

  it('an unknown category', () => {
    const dir = copyContent();
    editFile(join(dir, 'reposts/gate/ledger.json'), (t) => t.replace('promo-banner', 'contest-banner'));
    const line =
      readFileSync(join(dir, 'reposts/gate/ledger.json'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('contest-banner')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(failure(dir)).toMatch(
      `content/reposts/gate/ledger.json:${line}: blocks[0].category: Invalid option: expected one of "promo-banner"|`,
    );
  });

  it('a changed essay word', () => {
    const dir = copyContent();
    editFile(join(dir, 'reposts/gate/essay.md'), (t) => t.replace('with major companies striving', 'with major firms striving'));
    expect(failure(dir)).toMatch(
      /^content\/reposts\/gate\/essay\.md:17: paragraph text differs from content\/reposts\/gate\/capture\.txt line 14 at character \d+/,
    );
  });

  it('a frontmatter value the capture does not contain', () => {
    const dir = copyContent();
    editFile(join(dir, 'reposts/gate/essay.md'), (t) => t.replace('sigil: G', 'sigil: G\nauthor: Haotian'));
    expect(failure(dir)).toBe(
      'content/reposts/gate/essay.md:5: frontmatter author "Haotian" does not come from the capture: content/reposts/gate/ledger.json marks no line as metadata author',
    );
  });

  it('a frontmatter value that is only part of its metadata line, at the key’s line', () => {
    const dir = copyContent();
    editFile(join(dir, 'reposts/mexc/essay.md'), (t) => t.replace(/^author: .*$/m, 'author: "Hao"'));
    const line = keyLine(join(dir, 'reposts/mexc/essay.md'), 'author');
    expect(failure(dir)).toBe(
      `content/reposts/mexc/essay.md:${line}: frontmatter author "Hao" is not the value of capture line 7 («Author:Haotian»): write "Haotian" or "Author:Haotian"`,
    );
  });

  it('a schema error at the line of its key', () => {
    const dir = copyContent();
    editFile(join(dir, 'reposts/mexc/essay.md'), (t) => t.replace(/^sigil: .*$/m, 'sigil: mm'));
    const line = keyLine(join(dir, 'reposts/mexc/essay.md'), 'sigil');
    expect(line).toBeGreaterThan(2);
    expect(failure(dir)).toMatch(new RegExp(`^content/reposts/mexc/essay\\.md:${line}: sigil: a sigil is one to three capital letters`));
  });

  it('a blank note', () => {
    const dir = copyContent();
    editFile(join(dir, 'reposts/gate/ledger.json'), (t) => t.replace(/"note": "[^"]*"/, '"note": "   "'));
    expect(failure(dir)).toMatch(
      /^content\/reposts\/gate\/ledger\.json:\d+: blocks\[0\]\.note: a note says in a few words what the block is/,
    );
  });

  it('a byte changed anywhere in a capture, boilerplate included', () => {
    const dir = copyContent();
    const capture = join(dir, 'reposts/gate/capture.txt');
    const bytes = readFileSync(capture);
    bytes[10] = bytes[10] === 0x41 ? 0x42 : 0x41;
    writeFileSync(capture, bytes);
    expect(failure(dir)).toMatch(
      /^content\/reposts\/gate\/capture\.txt: the capture changed: its SHA-256 is [0-9a-f]{64}, but content\/reposts\/gate\/ledger\.json:2 pins aef90311/,
    );
  });

  it('a ledger that does not pin its capture', () => {
    const dir = copyContent();
    editFile(join(dir, 'reposts/gate/ledger.json'), (t) => t.replace(/\s*"sha256": "[0-9a-f]+",/, ''));
    expect(failure(dir)).toMatch(/^content\/reposts\/gate\/ledger\.json:2: the ledger does not pin its capture: add "sha256": "aef90311/);
  });

  it('an empty reposts folder, saying how to add one', () => {
    const dir = copyContent();
    rmSync(join(dir, 'reposts'), { recursive: true });
    mkdirSync(join(dir, 'reposts'));
    expect(failure(dir)).toMatch(/^content\/reposts: there are no reposts: add one with `npm run import -- <capture\.txt> --id <id>`/);
  });

  it('a missing file and a repeated sigil', () => {
    const missing = copyContent();
    rmSync(join(missing, 'reposts/gate/ledger.json'));
    expect(failure(missing)).toBe('content/reposts/gate/ledger.json: the file does not exist');
    const twice = copyContent();
    editFile(join(twice, 'reposts/mexc/essay.md'), (t) => t.replace('sigil: M', 'sigil: G'));
    const [gateLine, mexcLine] = ['gate', 'mexc'].map((id) => keyLine(join(twice, `reposts/${id}/essay.md`), 'sigil'));
    expect(failure(twice)).toBe(
      `content/reposts/mexc/essay.md:${mexcLine}: sigil "G" is used twice, here and in content/reposts/gate/essay.md:${gateLine}: give one of the two reposts another sigil`,
    );
  });

  it('malformed JSON, with its line', () => {
    const dir = copyContent();
    writeFileSync(join(dir, 'reposts/gate/ledger.json'), '{\n  "blocks": [\n    { "lines": [1, 7], }\n  ]\n}\n');
    expect(failure(dir)).toMatch(/^content\/reposts\/gate\/ledger\.json:3: invalid JSON/);
  });
});

describe('a third repost', () => {
  it('is picked up by adding its folder under content/, with no code change', () => {
    const dir = copyContent();
    const before = loadReposts(dir, join(dir, '..')).map((r) => r.id);
    addFixtureRepost(dir, 'mirror');
    const reposts = loadReposts(dir, join(dir, '..'));
    expect(reposts.map((r) => r.id).sort()).toEqual([...before, 'mirror'].sort());
    const mirror = loadRepost(join(dir, 'reposts/mirror'), join(dir, '..'));
    expect(mirror.lines.filter((l) => l.role === 'boilerplate').map((l) => l.category)).toEqual([
      'reading-time',
      'share-widget',
      'contact-line',
    ]);
  });
});

describe('a line that gives several fields', () => {
  /** The mirror fixture with its byline dated on the same line, the ledger's field given as a list. */
  function datedByline(date: string): string {
    const dir = copyContent();
    addFixtureRepost(dir, 'mirror');
    const folder = join(dir, 'reposts/mirror');
    editFile(join(folder, 'capture.txt'), (t) => t.replace('By Haotian\n', 'By Haotian · June 17, 2025\n'));
    editFile(join(folder, 'ledger.json'), (t) => {
      const ledger = JSON.parse(t);
      ledger.sha256 = sha256(join(folder, 'capture.txt'));
      ledger.blocks.find((b: { field?: string }) => b.field === 'author').field = ['author', 'date'];
      return JSON.stringify(ledger);
    });
    editFile(join(folder, 'essay.md'), (t) => t.replace('author: Haotian', `author: Haotian\ndate: "${date}"`));
    return dir;
  }

  it('gives each field its part of the line', () => {
    const dir = datedByline('June 17, 2025');
    const mirror = loadRepost(join(dir, 'reposts/mirror'), join(dir, '..'));
    expect(mirror).toMatchObject({ author: 'Haotian', date: 'June 17, 2025' });
    expect(mirror.lines[1]).toMatchObject({ role: 'metadata', fields: ['author', 'date'] });
  });

  it('refuses a value that is not a part of the line in whole words', () => {
    const dir = datedByline('June 17, 20');
    expect(failure(dir)).toMatch(/essay\.md:\d+: frontmatter date "June 17, 20" is not the value of capture line 2/);
  });
});

describe('a title wrapped over two lines', () => {
  /** The mirror fixture with its title over lines 1–2 (where the byline stood), both marked as the title. */
  function wrappedTitle(title: string): string {
    const dir = copyContent();
    addFixtureRepost(dir, 'mirror');
    const folder = join(dir, 'reposts/mirror');
    editFile(join(folder, 'capture.txt'), (t) =>
      t.replace('Layered Paradox: AI vs Crypto\nBy Haotian\n', 'Layered Paradox:\nAI vs Crypto\n'),
    );
    editFile(join(folder, 'ledger.json'), (t) => {
      const ledger = JSON.parse(t);
      ledger.sha256 = sha256(join(folder, 'capture.txt'));
      ledger.blocks = ledger.blocks.filter((b: { field?: string }) => b.field !== 'author');
      ledger.blocks[0].lines = [1, 2];
      return JSON.stringify(ledger);
    });
    editFile(join(folder, 'essay.md'), (t) => t.replace('title: "Layered Paradox: AI vs Crypto"\nauthor: Haotian', `title: "${title}"`));
    return dir;
  }

  it('gives the lines joined by a space', () => {
    const dir = wrappedTitle('Layered Paradox: AI vs Crypto');
    expect(loadRepost(join(dir, 'reposts/mirror'), join(dir, '..'))).toMatchObject({ title: 'Layered Paradox: AI vs Crypto' });
  });

  it('refuses the lines joined otherwise', () => {
    for (const title of ['Layered Paradox:AI vs Crypto', 'Layered Paradox: AI']) {
      expect(failure(wrappedTitle(title)), title).toMatch(/frontmatter title ".*" is not the value of capture line 1, 2/);
    }
  });
});

describe('metadataValues', () => {
  it('gives the whole line or what follows its label', () => {
    expect(metadataValues('Author:Haotian')).toEqual(['Haotian', 'Author:Haotian']);
    expect(metadataValues('Capability Leap vs. Problem Shifting')).toEqual(['Capability Leap vs. Problem Shifting']);
    expect(metadataValues('— Haotian')).toEqual(['Haotian', '— Haotian']);
  });

  it('gives a headline without the tags a page sets around it', () => {
    expect(metadataValues('【譯文】能力躍遷 vs 問題轉移')).toEqual(['【譯文】能力躍遷 vs 問題轉移', '能力躍遷 vs 問題轉移']);
    expect(metadataValues('▲ Layered Paradox (x.com/tmel0211)')).toContain('Layered Paradox');
    expect(metadataValues('🔥 [BÀI DỊCH] Nghịch lý phân tầng 🚀')).toContain('Nghịch lý phân tầng');
  });

  it('reads a copied Markdown line without its heading and bold marks', () => {
    expect(metadataValues('# Salto di capacità o spostamento dei problemi?')).toEqual(['Salto di capacità o spostamento dei problemi?']);
    expect(metadataValues('**Autore:** Haotian')).toEqual(['Haotian', 'Autore: Haotian']);
  });

  it('gives a front matter’s quoted value without its quotes', () => {
    expect(metadataValues('title: "Capability Leap vs. Problem Shifting"')).toContain('Capability Leap vs. Problem Shifting');
    expect(metadataValues("title: 'Salto di capacità'")).toContain('Salto di capacità');
  });
});
