import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** A finished process: its stdout, wall time and peak resident memory. */
export interface Measured {
  stdout: string;
  seconds: number;
  /** User plus system CPU time in seconds (GNU time), which contention on a shared machine inflates far less than wall time. */
  cpuSeconds: number | undefined;
  /** Peak resident set size in MB, or undefined when it could not be read. */
  peakMB: number | undefined;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command to its end and measures the whole process the same way for every tool: GNU time
 * (Debian package `time`) reports its wall time and peak RSS; without it, wall time only.
 */
export function measure(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Measured {
  const timed = existsSync(GNU_TIME);
  const started = performance.now();
  const run = timed
    ? spawnSync(GNU_TIME, ['-f', '\n@@time %e %U %S %M', command, ...args], { encoding: 'utf8', env, maxBuffer: 1 << 30 })
    : spawnSync(command, args, { encoding: 'utf8', env, maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed: ${(run.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}`);
  const stats = /@@time ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(run.stderr ?? '');
  return {
    stdout: run.stdout,
    seconds,
    cpuSeconds: stats ? Number(stats[2]) + Number(stats[3]) : undefined,
    peakMB: stats ? Number(stats[4]) / 1024 : undefined,
  };
}

/**
 * The best of several runs (least wall time, least CPU time, least peak memory, each on its own):
 * on a shared machine the least is the run least disturbed by others.
 */
export function best<T extends Measured>(runs: readonly T[]): T {
  const least = (f: (m: T) => number | undefined) => {
    const values = runs.map(f).filter((v): v is number => v !== undefined);
    return values.length ? Math.min(...values) : undefined;
  };
  return { ...runs[0]!, seconds: least((m) => m.seconds)!, cpuSeconds: least((m) => m.cpuSeconds), peakMB: least((m) => m.peakMB) };
}

/** Whether a program can be started (found on PATH or at the path given). */
export function available(command: string): boolean {
  try {
    execFileSync(command, ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return (error as { code?: string }).code !== 'ENOENT';
  }
}
