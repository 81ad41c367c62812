import type { LineFeatures } from './line-features.ts';

/** An inclusive range of 0-based line indices. */
export interface Span {
  /** First line. */
  start: number;
  /** Last line. */
  end: number;
}

/** A run of prose lines (blank lines may sit between them) with its weight in characters of prose. */
export interface ProseRun extends Span {
  /** Characters of prose in the run: long paragraphs outweigh many short lines. */
  weight: number;
}

/**
 * The runs of prose in a capture: maximal sequences of prose-shaped lines, separated only by blank
 * lines. Any other line ends a run: a boilerplate line (`hard`), and also a short line such as a
 * title, so that a title standing between a banner and the essay keeps them apart.
 */
export function proseRuns(
  features: readonly LineFeatures[],
  hard: readonly boolean[],
  weight: (line: number) => number = (i) => features[i]!.chars,
): ProseRun[] {
  const runs: ProseRun[] = [];
  let current: ProseRun | undefined;
  features.forEach((f, i) => {
    if (f.blank) return;
    if (f.prose && !hard[i]) {
      if (current) {
        current.end = i;
        current.weight += weight(i);
      } else {
        current = { start: i, end: i, weight: weight(i) };
        runs.push(current);
      }
      return;
    }
    current = undefined;
  });
  return runs;
}

/** The essay's main run: the heaviest run of prose (the first of equals). */
export function heaviestRun<R extends ProseRun>(runs: readonly R[]): R | undefined {
  let best: R | undefined;
  for (const run of runs) if (!best || run.weight > best.weight) best = run;
  return best;
}

/**
 * How the lines between two runs of prose may be crossed: `open` when they are inline widgets or
 * short lines, `titled` when one of them could be a title (crossed only between two substantial
 * runs), `closed` when they end the article (a byline, a notice, a related list) or are too many.
 */
export type Gap = 'open' | 'titled' | 'closed';

/** A run of prose grouped with its neighbours; `tainted` when it must not be joined to others. */
export interface RunGroup extends ProseRun {
  /** True when some line of it carries boilerplate vocabulary or it is glued to a banner. */
  tainted: boolean;
}

/** What `groupRuns` asks about the capture. */
export interface GroupRules {
  /** How the lines between two runs may be crossed. */
  gap(span: Span): Gap;
  /** True when a run must stay on its own (banner or advert prose, see `RunGroup.tainted`). */
  tainted(run: ProseRun): boolean;
}

/**
 * Across a line that could be a title, the smaller run must weigh at least this share of the
 * larger: a paragraph of the essay under a short heading qualifies, the last line of a banner
 * above the title does not.
 */
const TITLED_GAP_SHARE = 0.25;

/**
 * Groups runs that are cut off from each other only by an inline widget or a short heading, so
 * that the essay is whole even where a page dropped a price ticker between two paragraphs. Two
 * linear passes: first across open gaps, then across titled ones between substantial groups.
 */
export function groupRuns(runs: readonly ProseRun[], rules: GroupRules): RunGroup[] {
  const groups = runs.map((r) => ({ ...r, tainted: rules.tainted(r) }));
  const gaps = (list: RunGroup[]) => list.slice(1).map((g, i) => rules.gap({ start: list[i]!.end + 1, end: g.start - 1 }));
  const merge = (list: RunGroup[], join: (a: RunGroup, b: RunGroup, gap: Gap) => boolean): RunGroup[] => {
    const kinds = gaps(list);
    const out: RunGroup[] = [];
    list.forEach((g, i) => {
      const last = out.at(-1);
      if (last && !last.tainted && !g.tainted && join(last, g, kinds[i - 1]!)) {
        last.end = g.end;
        last.weight += g.weight;
      } else {
        out.push({ ...g });
      }
    });
    return out;
  };
  const open = merge(groups, (_a, _b, gap) => gap === 'open');
  return merge(open, (a, b, gap) => gap !== 'closed' && Math.min(a.weight, b.weight) >= TITLED_GAP_SHARE * Math.max(a.weight, b.weight));
}
