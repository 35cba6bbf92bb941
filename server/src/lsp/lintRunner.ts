// Runs lint jobs one at a time on a worker thread so that linting a large article never blocks the connection:
// hovers, code actions and keystrokes are answered while a job runs. A stale job on a large text is cancelled by
// terminating the worker (its index is re-seeded from the packed summaries this thread keeps). When no worker can run, the worker's
// module is loaded into this thread and jobs run inline between events: slower to cancel but otherwise the same.
// Only types come from lintJob/lintWorker here: the rules and their lexicons load in the worker, not in this thread.
import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import { existsSync } from 'node:fs';
import type { IndexedFile, LintJob, LintJobReply, RuleMeta } from './lintJob';

// The workspace index lives in the worker only (lintWorker.ts): this thread keeps, per indexed file, its content
// fingerprint (cross-file fix checks) and its summaries v8-serialized (a few KB, off the JS heap) to re-seed a new
// worker after a cancel-by-terminate or a crash.
export type ToWorker =
  | { type: 'job'; id: number; job: LintJob }
  | { type: 'index-remove'; uri: string }
  | { type: 'index-reset'; entries: [string, Uint8Array][] };

export type FromWorker =
  | { type: 'result'; id: number; result: LintJobReply }
  | { type: 'error'; id: number; message: string };

export class JobCancelled extends Error { constructor() { super('lint job cancelled'); } }

/** Interactive work (a code action waiting) before lints, lints before background indexing. */
export enum Priority { Interactive = 0, Lint = 1, Background = 2 }

/** Below this many characters a stale job is left to finish (a restart would cost more than the job). */
const CANCEL_BY_TERMINATE_MIN_CHARS = 200_000;
const MAX_CRASHES = 3;
/** The worker's heap limit. Under 2 GB V8 lets a heap grow to ~1.6× what a full GC left live instead of 4×: indexing
 * a 10,000-article workspace peaked at 325–535 MB of resident memory with the default (~4 GB), 280 MB with this.
 * Linting and fixing a text of maxFileSize (5,000,000 characters) takes under half of it. */
const WORKER_OLD_SPACE_MB = 1024;

interface Queued { id: number; job: LintJob; priority: Priority; resolve(r: LintJobReply): void; reject(e: unknown): void }
interface IndexEntry { contentHash: string; packed: Uint8Array }

/** The worker module's entry when it runs in this thread (lintWorker.ts). */
interface InlineWorker { handleMessage(msg: ToWorker): FromWorker | undefined }

export class LintRunner {
  private worker?: Worker;
  private inline = false;
  private inlineWorker?: InlineWorker;
  /** Descriptions and docs of the rules, learnt from lint results (this thread does not load the rules). */
  private readonly rules = new Map<string, RuleMeta>();
  private queue: Queued[] = [];
  private current?: Queued;
  private nextId = 1;
  private crashes = 0;
  private disposed = false;
  /** The files the worker's index holds. */
  private readonly indexed = new Map<string, IndexEntry>();

  constructor(
    private readonly log: (message: string) => void,
    private readonly workerPath = path.join(__dirname, 'lintWorker.js'),
  ) {
    if (!existsSync(workerPath)) log(`lint worker not found at ${workerPath}: nothing can be linted (a broken install?)`);
    else if (process.env.ARABIC_NEWS_LINT_INLINE === '1') this.goInline('ARABIC_NEWS_LINT_INLINE=1');
    else this.startWorker();
  }

  get mode(): 'worker' | 'inline' { return this.inline ? 'inline' : 'worker'; }

  /** Run a job. A lint with `index` or a summarize job also indexes the file in the worker: the reply's `indexed`
   * says whether what rules read changed (and this thread records the file, see contentHashOf). */
  run(job: LintJob, priority: Priority = Priority.Lint): Promise<LintJobReply> {
    return new Promise<LintJobReply>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, priority, resolve, reject });
      this.pump();
    }).then(r => {
      if (r.kind === 'lint') for (const m of r.rules ?? []) this.rules.set(m.id, m);
      if (r.kind !== 'fixAll' && r.indexed) this.record(job.uri, r.indexed);
      return r;
    });
  }

  /** The fingerprint of the text the worker's index holds for a file; undefined when not indexed. */
  contentHashOf(uri: string): string | undefined { return this.indexed.get(uri)?.contentHash; }

  /** The files the workspace index holds. */
  indexedUris(): string[] { return [...this.indexed.keys()]; }

  /** How many files the workspace index holds. */
  get indexedCount(): number { return this.indexed.size; }

  private record(uri: string, f: IndexedFile): void {
    this.indexed.set(uri, { contentHash: f.contentHash, packed: f.packed });
  }

  /** What a lint told about a rule (its description and docs page), once it has reported. */
  ruleMeta(id: string): RuleMeta | undefined { return this.rules.get(id); }

  /** Drop queued jobs of `kind` for `uri`; stop a running one too when its text is large. */
  cancel(uri: string, kind: LintJob['kind'] = 'lint'): void {
    const keep: Queued[] = [];
    for (const q of this.queue) {
      if (q.job.uri === uri && q.job.kind === kind) q.reject(new JobCancelled()); else keep.push(q);
    }
    this.queue = keep;
    const cur = this.current;
    if (cur && this.worker && cur.job.uri === uri && cur.job.kind === kind && 'text' in cur.job && cur.job.text.length >= CANCEL_BY_TERMINATE_MIN_CHARS) {
      this.current = undefined;
      cur.reject(new JobCancelled());
      this.log(`stopped a stale lint of ${uri} (${cur.job.text.length} characters): restarting the lint worker, re-seeding its index (${this.indexed.size} files)`);
      const w = this.worker;
      this.worker = undefined;
      w.removeAllListeners();
      void w.terminate();
      this.startWorker();
      this.pump();
    }
  }

  /** Take a file out of the workspace index; true when it was in. */
  removeFromIndex(uri: string): boolean {
    const changed = this.indexed.delete(uri);
    if (changed) this.post({ type: 'index-remove', uri });
    return changed;
  }

  dispose(): void {
    this.disposed = true;
    for (const q of this.queue) q.reject(new JobCancelled());
    this.queue = [];
    this.current?.reject(new JobCancelled());
    this.current = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private startWorker(): void {
    if (this.disposed) return;
    let w: Worker;
    try { w = new Worker(this.workerPath, { resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB } }); } catch (e) { this.goInline(`cannot start the lint worker: ${String(e)}`); return; }
    this.worker = w;
    w.on('message', (msg: FromWorker) => {
      const cur = this.current;
      if (!cur || cur.id !== msg.id) return; // a cancelled job's late answer
      this.current = undefined;
      if (msg.type === 'result') cur.resolve(msg.result); else cur.reject(new Error(msg.message));
      this.pump();
    });
    w.on('error', e => this.log(`lint worker error: ${e.stack ?? e.message}`));
    w.on('exit', code => {
      if (this.worker !== w || this.disposed) return;
      this.worker = undefined;
      this.log(`lint worker exited with code ${code}`);
      const cur = this.current;
      this.current = undefined;
      cur?.reject(new Error(`lint worker exited with code ${code}`));
      if (++this.crashes > MAX_CRASHES) this.goInline('lint worker keeps exiting');
      else this.startWorker();
      this.pump();
    });
    this.reseed();
  }

  private reseed(): void {
    const entries: [string, Uint8Array][] = [];
    for (const [uri, e] of this.indexed) entries.push([uri, e.packed]);
    if (entries.length) this.post({ type: 'index-reset', entries });
  }

  private goInline(reason: string): void {
    this.log(`${reason}; linting on the main thread`);
    this.inline = true;
    try {
      // A computed path, so that bundlers leave the worker out of this thread's bundle.
      const load: (p: string) => unknown = require;
      this.inlineWorker = load(this.workerPath) as InlineWorker;
      this.reseed();
    } catch (e) {
      this.log(`cannot load the lint worker module ${this.workerPath}: ${String(e)}`);
    }
  }

  private post(msg: ToWorker): void {
    if (this.inline) this.inlineWorker?.handleMessage(msg);
    else this.worker?.postMessage(msg);
  }

  private pump(): void {
    if (this.current || !this.queue.length || this.disposed) return;
    if (!this.inline && !this.worker) return; // restarting: the exit handler pumps again
    let best = 0;
    for (let i = 1; i < this.queue.length; i++) if (this.queue[i].priority < this.queue[best].priority) best = i;
    const q = this.queue.splice(best, 1)[0];
    this.current = q;
    if (!this.inline) { this.post({ type: 'job', id: q.id, job: q.job }); return; }
    // Inline: one job per macrotask, so messages from the editor are read between jobs.
    setImmediate(() => {
      if (this.current !== q) return;
      this.current = undefined;
      const reply = this.inlineWorker?.handleMessage({ type: 'job', id: q.id, job: q.job });
      if (reply?.type === 'result') q.resolve(reply.result);
      else q.reject(new Error(reply?.message ?? 'the lint worker module is not loaded'));
      this.pump();
    });
  }
}
