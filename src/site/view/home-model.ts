import { BOILERPLATE_CATEGORIES, type BoilerplateCategory } from '../../corpus/ledger/taxonomy.ts';
import type { Repost } from '../../corpus/repost/repost-schema.ts';
import type { Synopsis } from '../../engine/multi/synopsis.ts';
import { count } from '../format.ts';
import { comparePath } from '../paths.ts';
import { allPairs, collationOf } from './witness.ts';

/** One cell of the similarity matrix: a link to the pair's compare page. */
export interface MatrixCell {
  percent: number;
  href: string;
  /** "Gate Square and MEXC News". */
  label: string;
}

/** What the home page says about the reposts as a group, every sentence computed from the data. */
export interface HomeModel {
  /** Sentences for the introduction. */
  intro: string[];
  /** Reposts in matrix order (by id), with sigil and outlet. */
  axis: { sigil: string; outlet: string }[];
  /** Lower triangle: `matrix[i][j]` for j < i. */
  matrix: MatrixCell[][];
  /** The closest pair first. */
  ranked: MatrixCell[];
}

/**
 * The home page's account of the reposts: how many, how much they share (from the pairwise
 * collations, which with more than two reposts are read off the synopsis), who credits the author,
 * how much wrapping was stripped, and how far the synopsis finds them agreeing.
 */
export function homeModel(reposts: readonly Repost[], synopsis: Synopsis | undefined, href: (path: string) => string): HomeModel {
  const sorted = [...reposts].sort((x, y) => x.id.localeCompare(y.id));
  const pairs = allPairs(sorted).map((pair) => ({
    pair,
    cell: {
      percent: Math.round(collationOf(pair).stats.similarity * 100),
      href: href(comparePath(pair.slug)),
      label: `${pair.a.outlet} and ${pair.b.outlet}`,
    },
  }));
  const index = new Map(sorted.map((r, i) => [r.id, i]));
  const matrix = sorted.map(() => [] as MatrixCell[]);
  for (const { pair, cell } of pairs) matrix[index.get(pair.b.id)!]![index.get(pair.a.id)!] = cell;
  const ranked = pairs.map((p) => p.cell).sort((x, y) => y.percent - x.percent);

  const n = sorted.length;
  const intro: string[] = [];
  intro.push(
    n === 1 ? 'One copy of the essay is collected here.' : `${count(n)} copies of the essay are collected here, from ${outlets(sorted)}.`,
  );
  if (ranked.length === 1) intro.push(`The two share ${ranked[0]!.percent}% of their words.`);
  else if (ranked.length > 1) {
    const mean = Math.round(ranked.reduce((s, c) => s + c.percent, 0) / ranked.length);
    const [hi, lo] = [ranked[0]!, ranked.at(-1)!];
    intro.push(
      `Between two copies, the share of words in common runs from ${lo.percent}% (${lo.label}) to ${hi.percent}% (${hi.label}), ${mean}% on average.`,
    );
  }
  const credited = sorted.filter((r) => r.author).length;
  const dated = sorted.filter((r) => r.date).length;
  const titled = sorted.filter((r) => r.title).length;
  intro.push(
    credits(n, [
      [credited, 'names the author', 'name the author'],
      [dated, 'gives a date', 'give a date'],
      [titled, 'has a title of its own', 'have a title of their own'],
    ]),
  );
  const lines = sorted.flatMap((r) => r.lines);
  const boilerplate = lines.filter((l) => l.role === 'boilerplate');
  if (boilerplate.length) {
    const byCategory = new Map<BoilerplateCategory, number>();
    for (const l of boilerplate) if (l.category) byCategory.set(l.category, (byCategory.get(l.category) ?? 0) + 1);
    const [top] = [...byCategory].sort((x, y) => y[1] - x[1]);
    intro.push(
      `Of the ${count(lines.length)} captured lines, ${count(boilerplate.length)} are the sites’ own wrapping, stripped here and accounted for line by line${top ? `; the commonest kind is ${BOILERPLATE_CATEGORIES[top[0]].label.toLowerCase()} (${count(top[1])} lines)` : ''}.`,
    );
  }
  if (synopsis && n > 1) {
    const agree = synopsis.rows.filter((r) => r.readings.length === 1).length;
    intro.push(
      `Aligned sentence by sentence, the copies fill ${count(synopsis.rows.length)} rows; ${agree === 0 ? 'in none of them do all copies have' : `in ${count(agree)} of them all copies have`} the same words.`,
    );
  }
  return { intro, axis: sorted.map((r) => ({ sigil: r.sigil, outlet: r.outlet })), matrix, ranked };
}

/** "Both name the author, 1 of the 2 gives a date and none of the 2 have…": counts as a sentence. */
function credits(n: number, facts: readonly [k: number, one: string, many: string][]): string {
  const clauses = facts.map(([k, one, many]) => {
    if (n === 1) return k === 1 ? `it ${one}` : `it does not ${many.replace('their', 'its')}`;
    const who = k === n ? (n === 2 ? 'both' : `all ${n}`) : k === 0 ? `none of the ${n}` : `${k} of the ${n}`;
    return `${who} ${k === 1 ? one : many}`;
  });
  const text = `${clauses.slice(0, -1).join(', ')} and ${clauses.at(-1)}.`;
  return text[0]!.toUpperCase() + text.slice(1);
}

function outlets(reposts: readonly Repost[]): string {
  const names = [...new Set(reposts.map((r) => r.outlet))];
  if (names.length > 4) return `${names.length} outlets`;
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
