// A minimal LSP client for the protocol tests: spawns the built server over stdio and speaks JSON-RPC to it the way
// an editor does (initialize, didOpen, didChange, requests), answering the server's own requests.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  ClientCapabilities, Diagnostic, PublishDiagnosticsParams, TextDocumentContentChangeEvent, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-protocol';

/** out/test/lsp → out/server/src/lsp/main.js; ANL_SERVER_MAIN=dist/server.js runs the same tests against the bundle. */
export const SERVER_MAIN = process.env.ANL_SERVER_MAIN ? path.resolve(process.env.ANL_SERVER_MAIN) : path.resolve(__dirname, '../../server/src/lsp/main.js');

export interface StartOptions {
  /** Client supports workspace/configuration (pull). Default true. */
  configuration?: boolean;
  /** What workspace/configuration answers for section arabicNewsLint. */
  settings?: Record<string, unknown>;
  locale?: string;
  /** Workspace folder; a fresh temp folder when omitted. */
  root?: string;
  /** Versioned edits and file creation in WorkspaceEdits. Default: same as `configuration`. */
  documentChanges?: boolean;
  /** The server script to run (default SERVER_MAIN). */
  serverMain?: string;
  /** Sent as initialize's initializationOptions (what our VS Code client sends: workspaceTrusted, clientCommands). */
  initializationOptions?: unknown;
}

export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  /** window/showMessage notifications. */
  readonly shownMessages: { type: number; message: string }[] = [];
  /** $/progress notifications, in order (kind: begin/report/end). */
  readonly progress: { kind: string; title?: string; message?: string }[] = [];
  settings: Record<string, unknown>;
  private waiters: { uri: string; pred: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  private versions = new Map<string, number>();
  private texts = new Map<string, string>();

  private constructor(readonly conn: MessageConnection, readonly proc: ChildProcess, readonly root: string, opts: StartOptions) {
    this.settings = opts.settings ?? {};
  }

  static async start(opts: StartOptions = {}): Promise<LspClient> {
    const root = opts.root ?? fs.mkdtempSync(path.join(os.tmpdir(), 'anl-lsp-'));
    const proc = spawn(process.execPath, [opts.serverMain ?? SERVER_MAIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new LspClient(conn, proc, root, opts);
    proc.stderr!.on('data', d => client.logs.push(String(d)));
    const pull = opts.configuration ?? true;
    const docChanges = opts.documentChanges ?? pull;
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      client.published.push(p);
      client.waiters = client.waiters.filter(w => {
        if (w.uri !== p.uri || !w.pred(p.diagnostics)) return true;
        w.resolve(p.diagnostics);
        return false;
      });
    });
    conn.onNotification('window/logMessage', (p: { message: string }) => { client.logs.push(p.message); });
    conn.onNotification('window/showMessage', (p: { type: number; message: string }) => { client.shownMessages.push(p); });
    conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => client.settings));
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.onNotification('$/progress', (p: { value: { kind: string; title?: string; message?: string } }) => { client.progress.push(p.value); });
    conn.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => { client.appliedEdits.push(p.edit); return { applied: true }; });
    conn.listen();
    const capabilities: ClientCapabilities = pull ? {
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: docChanges, resourceOperations: docChanges ? ['create'] : [] },
        workspaceFolders: true,
      },
      window: { workDoneProgress: true },
      textDocument: { publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true } },
    } : { workspace: { workspaceEdit: { documentChanges: docChanges, resourceOperations: docChanges ? ['create'] : [] } } };
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'ws' }],
      capabilities,
      locale: opts.locale,
      initializationOptions: opts.initializationOptions,
    });
    await conn.sendNotification('initialized', {});
    return client;
  }

  uri(name: string): string { return pathToFileURL(path.join(this.root, name)).href; }

  open(uri: string, text: string, languageId = 'arabic-news'): void {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Incremental change; keeps the client's copy of the text in step. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const doc = TextDocument.create(uri, 'x', version - 1, this.texts.get(uri) ?? '');
    this.texts.set(uri, TextDocument.update(doc, changes, version).getText());
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  text(uri: string): string { return this.texts.get(uri) ?? ''; }

  /** The next (or the latest, if it already matches) diagnostics for `uri` that satisfy `pred`. */
  waitForDiagnostics(uri: string, pred: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 8000): Promise<Diagnostic[]> {
    const latest = [...this.published].reverse().find(p => p.uri === uri);
    if (latest && pred(latest.diagnostics)) return Promise.resolve(latest.diagnostics);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const seen = this.published.filter(p => p.uri === uri).map(p => JSON.stringify(p.diagnostics.map(d => d.message)));
        reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; seen: ${seen.join(' | ') || 'none'}\nserver log:\n${this.logs.join('\n')}`));
      }, timeoutMs);
      this.waiters.push({ uri, pred, resolve: d => { clearTimeout(timer); resolve(d); } });
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): void {
    void this.conn.sendNotification(method, params);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise(r => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch { /* already gone */ }
    this.conn.dispose();
    setTimeout(() => this.proc.kill(), 500).unref();
  }
}

/** Apply LSP text edits to a text (the protocol's own reference implementation, not the engine's). */
export function applyLspEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'x', 0, text), edits);
}

/** The text edits a WorkspaceEdit makes to `uri`, in either of its two shapes. */
export function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  if (edit.changes) return edit.changes[uri] ?? [];
  const out: TextEdit[] = [];
  for (const c of edit.documentChanges ?? []) {
    if ('textDocument' in c && c.textDocument.uri === uri) out.push(...(c.edits as TextEdit[]));
  }
  return out;
}

export const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
