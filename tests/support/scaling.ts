/**
 * How a piece of work scales, for performance tests that must hold on a loaded two-core machine as
 * well as on a fast one: a wall-clock budget fails on the first and misses a 3× regression on the
 * second, while the ratio of the time at 2n to the time at n tells linear (about 2) from quadratic
 * (about 4) on either. Time is this process's CPU time, not wall time: on a machine shared with
 * other jobs, wall time also counts the waits for a core (ratios of 1 to 4 were seen for the same
 * linear work at a load of 19 on two cores).
 */

/** A bound for `scaling().ratio` that a linear algorithm meets with room for noise and a quadratic one cannot. */
export const LINEAR_RATIO = 3;

/** What `scaling` measured. */
export interface Scaling<T> {
  /** Time at 2n over time at n. */
  ratio: number;
  /** The result of the work at 2n, for assertions on what it did. */
  result: T;
}

function fastest<T>(work: () => T, repeats: number): { ms: number; result: T } {
  let best = Number.POSITIVE_INFINITY;
  let result: T | undefined;
  for (let i = 0; i < repeats; i++) {
    // Drop the previous run's result first: kept alive, it would make this run's garbage
    // collection scan a heap twice as large, which counts against the larger input more.
    result = undefined;
    // And collect it, with any garbage of making the input, before the clock starts (the perf
    // project exposes `gc`): otherwise a collection inside the timed part pays for it.
    (globalThis as { gc?: () => void }).gc?.();
    const start = process.cpuUsage();
    result = work();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return { ms: best, result: result as T };
}

/**
 * Times `run(make(n))` and `run(make(2n))`, each the fastest of `repeats` runs (other processes only
 * ever add time), after one warm-up run at n/4 so that compiling the code is not counted at n.
 * Inputs are made outside the timed part.
 */
export function scaling<I, T>(make: (n: number) => I, run: (input: I) => T, n: number, repeats = 2): Scaling<T> {
  run(make(Math.max(1, Math.floor(n / 4))));
  // Only the time at n is kept: its input and result would otherwise stay alive while 2n is timed.
  const atN = ((small) => fastest(() => run(small), repeats).ms)(make(n));
  const at2N = ((large) => fastest(() => run(large), repeats))(make(2 * n));
  return { ratio: at2N.ms / Math.max(atN, 1e-3), result: at2N.result };
}

/**
 * Times `run(make(shape))` for two shapes of one size, each the fastest of `repeats` runs after a
 * warm-up on the first: for work whose cost should not depend on the shape of its input (nothing
 * in common against everything in common), where the ratio at two sizes cannot tell a constant
 * factor of 30 from none. Returns the time of `second` over the time of `first`.
 */
export function shapeRatio<S, I, T>(make: (shape: S) => I, run: (input: I) => T, first: S, second: S, repeats = 2): Scaling<T> {
  run(make(first));
  const atFirst = ((input) => fastest(() => run(input), repeats).ms)(make(first));
  const atSecond = ((input) => fastest(() => run(input), repeats))(make(second));
  return { ratio: atSecond.ms / Math.max(atFirst, 1e-3), result: atSecond.result };
}
