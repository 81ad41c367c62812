import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** A finished process: its stdout, wall time and peak resident memory. */
export interface Measured {
  stdout: string;
  seconds: number;
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
    ? spawnSync(GNU_TIME, ['-f', '\n@@time %e %M', command, ...args], { encoding: 'utf8', env, maxBuffer: 1 << 30 })
    : spawnSync(command, args, { encoding: 'utf8', env, maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed: ${(run.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}`);
  const stats = /@@time ([\d.]+) (\d+)\s*$/.exec(run.stderr ?? '');
  return { stdout: run.stdout, seconds, peakMB: stats ? Number(stats[2]) / 1024 : undefined };
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
