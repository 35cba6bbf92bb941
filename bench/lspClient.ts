// A minimal LSP client for the bench: spawns the real language server over stdio and speaks JSON-RPC to it with
// vscode-jsonrpc (which ships with vscode-languageserver), answering the requests a real editor answers
// (workspace/configuration with the bench's settings, progress creation, capability registration).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './corpus';
import { now } from './stats';

// Typed here rather than imported: vscode-jsonrpc's types sit behind an exports map that not every TypeScript
// module resolution reads, and the bench uses four functions of it.
interface Disposable { dispose(): void }
interface MessageConnection {
  listen(): void;
  sendRequest<R>(method: string, params?: unknown): Promise<R>;
  sendNotification(method: string, params?: unknown): Promise<void>;
  onRequest(method: string, handler: (params: any) => unknown): Disposable;
  onNotification(method: string, handler: (params: any) => void): Disposable;
  dispose(): void;
}
const rpc: {
  createMessageConnection(reader: unknown, writer: unknown): MessageConnection;
  StreamMessageReader: new (s: NodeJS.ReadableStream) => unknown;
  StreamMessageWriter: new (s: NodeJS.WritableStream) => unknown;
} = require('vscode-jsonrpc/node');

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface PublishedDiagnostics { uri: string; version?: number; diagnostics: { range: Range; message: string; source?: string; code?: unknown }[] }

/** The server's entry: the package's bin when it exists, else the compiled main module of a checkout. */
export function serverEntry(): string | undefined {
  for (const p of [join(REPO_ROOT, 'bin/arabic-news-language-server.js'), join(REPO_ROOT, 'out/server/src/lsp/main.js')]) if (existsSync(p)) return p;
  return undefined;
}

export function fileUri(path: string): string { return pathToFileURL(path).href; }

export interface StartOptions {
  /** Workspace folder (absolute path); none for a single-file session. */
  root?: string;
  /** The arabicNewsLint settings section handed to workspace/configuration. */
  settings: Record<string, unknown>;
  log?: (s: string) => void;
}

interface Waiter { uri: string; accept: (d: PublishedDiagnostics) => boolean; resolve: (r: { d: PublishedDiagnostics; at: number }) => void }
export interface ProgressEvent { token: unknown; kind: 'begin' | 'report' | 'end'; at: number; message?: string; percentage?: number; title?: string }

export class LspClient {
  readonly progress: ProgressEvent[] = [];
  readonly logs: string[] = [];
  private waiters: Waiter[] = [];
  private progressListeners: ((e: ProgressEvent) => void)[] = [];
  private readonly latest = new Map<string, PublishedDiagnostics>();
  private exited = false;

  private constructor(readonly proc: ChildProcess, readonly conn: MessageConnection, private readonly opts: StartOptions) {}

  static async start(opts: StartOptions): Promise<LspClient> {
    const entry = serverEntry();
    if (!entry) throw new Error('no language server found (bin/arabic-news-language-server.js or out/server/src/lsp/main.js)');
    const proc = spawn(process.execPath, [entry, '--stdio'], { cwd: opts.root ?? REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    proc.stderr!.on('data', (b: Buffer) => opts.log?.(`server stderr: ${b.toString().trimEnd()}`));
    const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout!), new rpc.StreamMessageWriter(proc.stdin!));
    const c = new LspClient(proc, conn, opts);
    proc.on('exit', () => { c.exited = true; });
    conn.onNotification('textDocument/publishDiagnostics', (d: PublishedDiagnostics) => c.onDiagnostics(d));
    conn.onNotification('window/logMessage', (m: { message: string }) => { c.logs.push(m.message); });
    conn.onNotification('window/showMessage', (m: { message: string }) => { c.logs.push(m.message); });
    conn.onNotification('$/progress', (p: { token: unknown; value: any }) => {
      const e: ProgressEvent = { token: p.token, kind: p.value?.kind, at: now(), message: p.value?.message, percentage: p.value?.percentage, title: p.value?.title };
      c.progress.push(e);
      for (const l of c.progressListeners) l(e);
    });
    conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map(i => (i.section === 'arabicNewsLint' || i.section === undefined ? opts.settings : null)));
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('client/unregisterCapability', () => null);
    conn.onRequest('workspace/workspaceFolders', () => (opts.root ? [{ uri: fileUri(opts.root), name: 'bench' }] : null));
    conn.onRequest('workspace/applyEdit', () => ({ applied: false }));
    conn.listen();
    const rootUri = opts.root ? fileUri(opts.root) : null;
    await conn.sendRequest('initialize', {
      processId: process.pid, locale: 'en', rootUri,
      workspaceFolders: opts.root ? [{ uri: rootUri, name: 'bench' }] : null,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true } },
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: false },
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        },
        window: { workDoneProgress: true },
      },
    });
    await conn.sendNotification('initialized', {});
    return c;
  }

  /** Wait for a progress event matching `pred` (already seen ones count). */
  waitProgress(pred: (e: ProgressEvent) => boolean, timeoutMs: number): Promise<ProgressEvent> {
    const seen = this.progress.find(pred);
    if (seen) return Promise.resolve(seen);
    return withTimeout(new Promise(resolve => {
      const l = (e: ProgressEvent) => { if (pred(e)) { this.progressListeners = this.progressListeners.filter(x => x !== l); resolve(e); } };
      this.progressListeners.push(l);
    }), timeoutMs, 'progress');
  }

  private onDiagnostics(d: PublishedDiagnostics): void {
    const at = now();
    this.latest.set(d.uri, d);
    const keep: Waiter[] = [];
    for (const w of this.waiters) { if (w.uri === d.uri && w.accept(d)) w.resolve({ d, at }); else keep.push(w); }
    this.waiters = keep;
  }

  lastDiagnostics(uri: string): PublishedDiagnostics | undefined { return this.latest.get(uri); }

  /** The next publishDiagnostics for `uri` that `accept` takes, with the time it arrived. */
  nextDiagnostics(uri: string, accept: (d: PublishedDiagnostics) => boolean, timeoutMs: number): Promise<{ d: PublishedDiagnostics; at: number }> {
    return withTimeout(new Promise(resolve => this.waiters.push({ uri, accept, resolve })), timeoutMs, `diagnostics for ${uri}`);
  }

  async open(uri: string, text: string, version = 1, languageId = 'arabic-news'): Promise<void> {
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  async change(uri: string, version: number, range: Range, text: string): Promise<void> {
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  async close(uri: string): Promise<void> {
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> { return this.conn.sendRequest<R>(method, params); }

  /** Resident memory of the server process (worker threads included): current and peak, in MB. */
  memory(): { rssMB: number; peakMB: number } | undefined {
    try {
      const s = readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
      const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? NaN);
      return { rssMB: kb('VmRSS') / 1024, peakMB: kb('VmHWM') / 1024 };
    } catch { return undefined; }
  }

  /** CPU time the server process has used (all threads), in ms; clock ticks of 10 ms (USER_HZ 100 on Linux). */
  cpuMs(): number | undefined {
    try {
      const stat = readFileSync(`/proc/${this.proc.pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(f[11]) + Number(f[12])) * 10;
    } catch { return undefined; }
  }

  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await withTimeout(this.conn.sendRequest('shutdown'), 5000, 'shutdown');
        await this.conn.sendNotification('exit');
      } catch { /* killed below */ }
    }
    await new Promise<void>(resolve => {
      if (this.exited) return resolve();
      const t = setTimeout(() => { this.proc.kill('SIGKILL'); resolve(); }, 3000);
      this.proc.once('exit', () => { clearTimeout(t); resolve(); });
    });
    this.conn.dispose();
  }
}

export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let t: NodeJS.Timeout;
  return Promise.race([p, new Promise<T>((_, reject) => { t = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms); })])
    .finally(() => clearTimeout(t));
}

/** Line/character of a UTF-16 offset, as LSP counts them. */
export function positionAt(text: string, offset: number): Position {
  let line = 0, lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) { line++; lineStart = i + 1; }
  return { line, character: offset - lineStart };
}
