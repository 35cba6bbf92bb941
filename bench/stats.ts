// Small statistics and timing helpers. Every pass mark in the bench is a median, a percentile or a ratio of two
// medians measured in the same run: on a noisy 2-core machine a single sample says little.
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined | null;
/** A full garbage collection now, before reading the heap's size. Not before a timed measure: V8 goes on sweeping
 * on helper threads after it returns, and that CPU time lands in the measure (a 100 KB lint read 254 ms, not 70). */
export function collectGarbage(): void {
  if (gc === undefined) {
    try { setFlagsFromString('--expose_gc'); gc = runInNewContext('gc') as () => void; } catch { gc = null; }
  }
  gc?.();
}

export function median(xs: readonly number[]): number {
  return percentile(xs, 50);
}

/** Nearest-rank percentile (p in 0..100) of a non-empty sample. */
export function percentile(xs: readonly number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))];
}

export function now(): number { return performance.now(); }

/** CPU time of this process so far, in ms (user + system, all its threads). On a shared, loaded machine the wall
 * time of single-threaded work stretches with other processes' load; its CPU time does not, so in-process
 * measures are judged on CPU time and show the wall time beside it. */
export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Wall and CPU milliseconds of one piece of work. */
export interface Span { wall: number; cpu: number }

export function mark(): Span { return { wall: performance.now(), cpu: cpuNow() }; }
export function since(m: Span): Span { return { wall: performance.now() - m.wall, cpu: cpuNow() - m.cpu }; }

export function measure(fn: () => unknown): Span {
  const m = mark();
  fn();
  return since(m);
}

export async function measureAsync(fn: () => Promise<unknown>): Promise<Span> {
  const m = mark();
  await fn();
  return since(m);
}

/** Median of each side of a sample of spans. */
export function medianSpan(xs: readonly Span[]): Span {
  return { wall: median(xs.map(x => x.wall)), cpu: median(xs.map(x => x.cpu)) };
}

/** Load average over the last minute ÷ cores: above 1 the machine was busy with other work during the run. */
export function loadPerCore(): number {
  return require('node:os').loadavg()[0] / Math.max(1, require('node:os').cpus().length);
}

/** Milliseconds taken by fn(). */
export function timeIt(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Run each function `rounds` times, interleaved (a, b, a, b, ...) so that a burst of machine noise hits both
 * sides of a ratio alike; returns the samples of each. */
export function interleaved(fns: (() => unknown)[], rounds: number): Span[][] {
  const out = fns.map(() => [] as Span[]);
  for (let r = 0; r < rounds; r++) fns.forEach((fn, i) => out[i].push(measure(fn)));
  return out;
}

export async function interleavedAsync(fns: (() => Promise<unknown>)[], rounds: number): Promise<Span[][]> {
  const out = fns.map(() => [] as Span[]);
  for (let r = 0; r < rounds; r++) for (let i = 0; i < fns.length; i++) out[i].push(await measureAsync(fns[i]));
  return out;
}

export const MB = 1e6;

/** UTF-8 size in bytes: "MB of Arabic text" is measured as a file on disk would be. */
export function utf8Bytes(s: string): number { return Buffer.byteLength(s, 'utf8'); }

export function fmtMs(ms: number): string {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`;
}

export function sleep(ms: number): Promise<void> { return new Promise(r => setTimeout(r, ms)); }
