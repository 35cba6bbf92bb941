// Small statistics and timing helpers. Every pass mark in the bench is a median, a percentile or a ratio of two
// medians measured in the same run: on a noisy 2-core machine a single sample says little.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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

/** CPU time of this process so far, in ms (user + system, all its threads: the JS thread and V8's helper threads,
 * which mark, sweep and compile beside it). Precise, and cheap enough for sub-millisecond samples. */
export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** CPU time of the JS thread so far, in ms: the process's (precise) less what its other threads have run, read from
 * /proc/self/task/<tid>/schedstat (Linux; a helper thread's figure is current whenever it is not running, and at most
 * one 4 ms tick behind while it is). Elsewhere, the process's. Costs ~0.1 ms a reading: for samples of 10 ms and more. */
export function threadCpuNow(): number {
  const all = cpuNow();
  if (noTaskStats) return all;
  let tids: string[];
  try { tids = readdirSync('/proc/self/task'); } catch { noTaskStats = true; return all; }
  let others = 0;
  const seen = new Set<string>();
  for (const tid of tids) {
    if (tid === MAIN_TID) continue;
    let ms: number;
    try { ms = Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'latin1').split(' ', 1)[0]) / 1e6; } catch { continue; } // ended
    if (!Number.isFinite(ms)) { noTaskStats = true; return all; }
    others += ms; seen.add(tid); lastSeen.set(tid, ms);
  }
  // a thread that ended takes its time out of /proc but not out of the process's total
  for (const [tid, ms] of lastSeen) if (!seen.has(tid)) { exited += ms; lastSeen.delete(tid); }
  return all - others - exited;
}
const MAIN_TID = String(process.pid);
let noTaskStats = process.platform !== 'linux';
const lastSeen = new Map<string, number>();
let exited = 0;

/**
 * Wall and CPU milliseconds of one piece of work. `cpu` is what pass marks are judged on: the time the JS thread ran.
 * The work is single-threaded: on a shared, loaded machine its wall time stretches with other processes' load, its
 * own run time does not, and on an idle machine the two agree. `all` adds V8's helper threads (concurrent marking,
 * parallel scavenging, background compilation), which the user does not wait for: shown beside it, since it grows
 * with what the work allocates.
 */
export interface Span { wall: number; cpu: number; all?: number }

export function mark(): Span { const all = cpuNow(); return { wall: performance.now(), cpu: threadCpuNow(), all }; }
export function since(m: Span): Span {
  const cpu = threadCpuNow(), all = cpuNow();
  return { wall: performance.now() - m.wall, cpu: cpu - m.cpu, all: all - (m.all ?? 0) };
}

/** A sample too short for threadCpuNow (a typical article, ~0.5 ms): the process's CPU time, helper threads included
 * (at this size they barely run). */
export function measureLight(fn: () => unknown): Span {
  const w = performance.now(), c = cpuNow();
  fn();
  const cpu = cpuNow() - c;
  return { wall: performance.now() - w, cpu, all: cpu };
}

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
  return { wall: median(xs.map(x => x.wall)), cpu: median(xs.map(x => x.cpu)), all: median(xs.map(x => x.all ?? x.cpu)) };
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

/** Runs the bench script `script` (a file of out/bench) in a fresh Node process and returns the JSON of the last line
 * it prints: for a figure that must not depend on what this process holds. Its stderr (progress) passes through. */
export function inFreshProcess<T>(script: string, args: readonly string[] = []): T {
  const out = execFileSync(process.execPath, [join(__dirname, script), ...args], { encoding: 'utf8', maxBuffer: 16 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}
