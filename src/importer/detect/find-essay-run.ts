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

/** A run of prose grouped with its neighbours; `tainted` when it must not be joined to others. */
export interface RunGroup extends ProseRun {
  /** True when it is glued to a banner, advert or notice, whose block it continues. */
  tainted: boolean;
}

/** What `groupRuns` asks about the capture. */
export interface GroupRules {
  /** True when the lines between two runs are inline widgets or short lines, which the essay spans. */
  crossable(span: Span): boolean;
  /** True when a run must stay on its own (see `RunGroup.tainted`). */
  tainted(run: ProseRun): boolean;
}

/**
 * Groups runs that are cut off from each other only by an inline widget or a short heading, so
 * that the essay is whole even where a page dropped a price ticker between two paragraphs. One
 * linear pass.
 */
export function groupRuns(runs: readonly ProseRun[], rules: GroupRules): RunGroup[] {
  const out: RunGroup[] = [];
  for (const run of runs) {
    const group = { ...run, tainted: rules.tainted(run) };
    const last = out.at(-1);
    if (last && !last.tainted && !group.tainted && rules.crossable({ start: last.end + 1, end: run.start - 1 })) {
      last.end = run.end;
      last.weight += run.weight;
    } else {
      out.push(group);
    }
  }
  return out;
}
