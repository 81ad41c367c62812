import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../../src/corpus/capture/decode-capture.ts';
import { splitLines } from '../../../src/corpus/capture/split-lines.ts';
import { detectLines } from '../../../src/importer/detect/detect-lines.ts';
import { accountLines } from '../../../src/corpus/ledger/account-lines.ts';
import { ledgerSchema } from '../../../src/corpus/ledger/ledger-schema.ts';
import { ROOT } from '../../support/build-site.ts';
import { fixtureLines, label } from './support.ts';

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

describe('detection on awkward input', () => {
  it('reads a line of millions of letters of one script by its opening, without overflowing the stack', () => {
    const essay = fixtureLines('price-ticker');
    const lines = [...essay, 'ж'.repeat(5_000_000), ...essay];
    const detection = detectLines(lines);
    expect(detection.lines).toHaveLength(lines.length);
    expect(detection.lines[essay.length]!.text).toHaveLength(5_000_000);
  });

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

  it('gives a closing line glued to a chrome block, and worded like chrome, to that block', () => {
    const essay = fixtureLines('price-ticker').slice(15, 34);
    const closers = [
      ['Thanks for reading these notes! Subscribe for free to receive new posts and support my work.', 'Subscribe', 'share-widget'],
      ['Hinweis: Dieser Beitrag gibt die Meinung des Autors wieder und ist keine Anlageberatung.', 'Teilen auf X', 'disclaimer'],
    ];
    for (const [closer, chrome, category] of closers) {
      const detection = detectLines([...essay, '', closer!, chrome!]);
      expect(detection.lines.at(-2)).toMatchObject({ role: 'boilerplate', category, text: closer });
      expect(detection.lines.filter((l) => l.role === 'body')).toHaveLength(essay.filter((l) => l.trim() !== '').length);
    }
    // Glue alone does not make a paragraph chrome: one without chrome's wording stays the essay's.
    const last = 'In the end the comparison is not absolute, only an observation worth a quiet weekend.';
    expect(detectLines([...essay, '', last, 'Share']).lines.at(-2)).toMatchObject({ role: 'body', text: last });
  });

  it('never gives a sentence after the essay the category of a widget beside it', () => {
    const essay = fixtureLines('price-ticker').slice(15, 34);
    const news = [
      'A federal judge on Monday postponed a decision on the repayment plan for the creditors of the exchange.',
      'The estate holds roughly three billion dollars in cash and digital assets, according to the filing.',
    ];
    const detection = detectLines([...essay, '', 'Share this article', 'X  LinkedIn  Reddit  Email', ...news]);
    expect(detection.lines.at(-3)).toMatchObject({ role: 'boilerplate', category: 'site-navigation' });
    for (const line of detection.lines.slice(-2)) expect(line).toMatchObject({ role: 'boilerplate', category: 'spam-advert' });
  });

  it('without evidence, gives a short chrome-worded line glued to a widget inside the essay to that widget', () => {
    const essay = fixtureLines('price-ticker').slice(15, 34);
    const middle = essay.indexOf('', 4);
    const lines = [...essay.slice(0, middle), '', 'ETH/USDT 2,541.07 -0.83%', 'Trade now', ...essay.slice(middle)];
    const detection = detectLines(lines);
    expect(detection.lines[middle + 2]).toMatchObject({ role: 'boilerplate', category: 'price-ticker', text: 'Trade now' });
    // A short line beside the widget that is not worded like chrome stays a heading of the essay.
    const heading = [...essay.slice(0, middle), '', 'ETH/USDT 2,541.07 -0.83%', 'Where the layers differ', ...essay.slice(middle)];
    expect(detectLines(heading).lines[middle + 2]).toMatchObject({ role: 'body', text: 'Where the layers differ' });
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

  it('keeps a section of the essay that a page with no blank lines glues to the notice under it', () => {
    // Two sections on their own topics (they share too few words to join by topic), each under its heading.
    const first = [
      'Sourdough starters fail',
      'Every baker says that sourdough is hard to keep alive, and many people give up on their starter after a week.',
      'A starter is a colony of wild yeast and lactic bacteria living in flour and water, fed by the baker every day.',
      'Fed on a fixed schedule, the colony becomes reliable within a month and raises every loaf a little more predictably.',
    ];
    const second = [
      'Ovens matter just as much',
      'Domestic ovens lose heat the moment their door opens, and a thin metal tray cannot store enough of it to recover.',
      'A heavy cast-iron pot with a lid traps steam around the crust during the first twenty minutes of the bake.',
      'Once the lid comes off, the dry heat browns the surface and sets the blistered shell that people admire.',
      'Thermometers built into cheap models often read thirty degrees wrong, so an oven probe pays for itself quickly.',
      'None of this needs an expensive appliance: patience with preheating does most of the work for an ordinary kitchen.',
    ];
    const notice = 'Disclaimer: the views expressed in this column are the author’s own and do not reflect those of the publisher.';
    const lines = ['Kitchen Weekly', 'Opinion', 'March 3, 2024', ...first, ...second, notice, 'Share', 'Facebook', 'X'];
    const detection = detectLines(lines);
    const body = detection.lines.filter((l) => l.role === 'body').map((l) => l.text);
    expect(body).toEqual([...first.slice(1), ...second]);
    expect(detection.lines[3 + first.length + second.length]).toMatchObject({ role: 'boilerplate', text: notice });
  });

  it('gives the name over an author’s bio at the essay’s end to the bio, not to the essay', () => {
    const essay = fixtureLines('price-ticker').slice(15, 34);
    const [name, bio] = [
      'Ana Ruiz (librarian)',
      'Ana writes about open source and maintenance; nothing here is investment advice or legal advice.',
    ];
    const detection = detectLines([...essay, '', name, bio]);
    for (const line of detection.lines.slice(-2)) expect(line).toMatchObject({ role: 'boilerplate', category: 'disclaimer' });
    expect(detection.lines.filter((l) => l.role === 'body')).toHaveLength(essay.filter((l) => l.trim() !== '').length);
  });

  it('reads a name glued over a translator’s note under the essay as its signature, not as the essay’s last line', () => {
    const essay = fixtureLines('price-ticker').slice(15, 34);
    const note = 'Translated from the Spanish by Marco Vitale for Library Weekly. The original appeared on her own blog last spring.';
    const detection = detectLines(['Layers and Problems', '17 June 2025', '', ...essay, '', 'Ana Ruiz', note, '', 'Share: X · LinkedIn']);
    expect(detection.metadata.author).toBe('Ana Ruiz');
    expect(detection.lines.filter((l) => l.role === 'body')).toHaveLength(essay.filter((l) => l.trim() !== '').length);
  });

  it('reads a name glued over a translator’s credit under the essay as its signature', () => {
    const essay = fixtureLines('price-ticker').slice(15, 34);
    const disclaimer = 'This article is for information only and is not investment advice; readers should do their own research.';
    const detection = detectLines([
      'Layers and Problems',
      '17 June 2025',
      '',
      ...essay,
      '',
      'Ana Ruiz',
      'Translation: Thu Ha',
      '',
      disclaimer,
    ]);
    expect(detection.metadata.author).toBe('Ana Ruiz');
    expect(detection.lines.filter((l) => l.role === 'body')).toHaveLength(essay.filter((l) => l.trim() !== '').length);
  });

  it('keeps the essay’s last paragraph, ending on an address to write to, glued over the byline under it', () => {
    const essay = fixtureLines('price-ticker')
      .slice(15, 34)
      .filter((l) => l.trim() !== '');
    const last = 'That is all for this week. If you have thoughts on the comparison, write to me: ana.ruiz@proton.me';
    const detection = detectLines(['Layers and Problems', '17 June 2025', ...essay, last, 'Author: Ana Ruiz', 'Share: X · LinkedIn']);
    expect(detection.lines.filter((l) => l.role === 'body').map((l) => l.text)).toEqual([...essay, last]);
    expect(detection.metadata.author).toBe('Ana Ruiz');
  });

  it('ends the essay where the page switches to its own language', () => {
    const lines = fixtureLines('crlf-bom-whitespace').slice(0, 18);
    const notice = 'Gli articoli di questa pagina sono raccolti dal web e vengono mostrati così come sono stati scritti dagli autori.';
    const detection = detectLines([...lines, '', notice]);
    expect(detection.lines.at(-1)).toMatchObject({ role: 'boilerplate', text: notice });
    expect(detection.lines.filter((l) => l.role === 'body')).toHaveLength(8);
  });
});
