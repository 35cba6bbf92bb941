// Filling the workspace index from disk in the background (bounded walk, progress shown), keeping it current from
// file-watcher events, and the "lint workspace" command that publishes diagnostics for files that are not open.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { localize } from '../engine/locale';
import { isCandidateFile, walkTextFiles } from '../workspace/fileWalk';
import type { ConfigStore } from './configStore';
import { findingToDiagnostic, noticeDiagnostic, type DocumentLookup } from './diagnostics';
import { assess } from './documentLinter';
import { JobCancelled, Priority, type LintRunner } from './lintRunner';
import { MSG } from './messages';
import { LANGUAGE_ID, type LintWorkspaceResult } from './protocol';
import { pathToUri, uriToPath } from './uris';

/** UTF-8 takes up to 3 bytes per UTF-16 unit of Arabic or other BMP text: a file above 3 × maxFileSize bytes is
 * certainly over the limit and is skipped unread. */
const MAX_BYTES_PER_UNIT = 3;
/** Files read ahead while indexing: enough to keep the worker busy, few enough that their texts cost nothing. */
const SCAN_FILES_IN_FLIGHT = 4;

export interface ScannerDeps {
  connection: Connection;
  store: ConfigStore;
  runner: LintRunner;
  /** Open documents are indexed from their buffers by the linter, not from disk. */
  isOpen: (uri: string) => boolean;
  lookup: DocumentLookup;
  onIndexChanged: (uri: string | undefined) => void;
  log: (message: string) => void;
}

export class WorkspaceScanner {
  private scanGeneration = 0;
  /** Files whose diagnostics came from "lint workspace" (not open): cleared when they change or vanish. */
  private readonly publishedClosed = new Set<string>();

  constructor(private readonly deps: ScannerDeps) {}

  /** Walk the workspace folders and index every Arabic text file. A newer scan stops an older one. */
  async scan(): Promise<{ indexed: number; truncated: boolean }> {
    const gen = ++this.scanGeneration;
    const { store, connection, runner } = this.deps;
    const maxFiles = store.server.maxWorkspaceFiles;
    if (maxFiles === 0 || !store.folders.length || !store.trusted) return { indexed: 0, truncated: false };
    const locale = store.localeOf(store.configFor(''));
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin(localize(MSG.indexing, locale), 0, undefined, false);
    let indexed = 0, changed = false, truncated = false;
    try {
      const walk = await walkTextFiles([...store.folders], {
        maxFiles, maxBytes: store.configFor('').maxFileSize * MAX_BYTES_PER_UNIT, isCancelled: () => gen !== this.scanGeneration,
      });
      truncated = walk.truncated;
      if (walk.truncated && gen === this.scanGeneration) this.deps.log(`workspace index limited to ${maxFiles} files (arabicNewsLint.workspace.maxFiles)`);
      const total = walk.files.length;
      let next = 0;
      // A few files in flight: this thread reads and checks the next ones while the worker summarizes (one at a time).
      const lane = async () => {
        while (next < total && gen === this.scanGeneration) {
          const uri = pathToUri(walk.files[next++]);
          if (!this.deps.isOpen(uri) && await this.indexFromDisk(uri)) changed = true;
          const i = indexed++;
          if (i % 25 === 0 || i === total - 1) progress.report(Math.round(((i + 1) / total) * 100), localize(MSG.filesProgress(i + 1, total), locale));
        }
      };
      await Promise.all(Array.from({ length: SCAN_FILES_IN_FLIGHT }, lane));
      // A finished walk is the index's whole list of closed files: files it no longer reaches (a lower
      // workspace.maxFiles or maxFileSize, a file gone while no watcher told us) leave the index.
      if (gen === this.scanGeneration && this.pruneTo(walk.files)) changed = true;
    } finally {
      progress.done();
    }
    if (changed) this.deps.onIndexChanged(undefined);
    return { indexed, truncated };
  }

  /** Drop from the index the closed files that are not in `files` (paths of a finished walk). */
  private pruneTo(files: string[]): boolean {
    const keep = new Set(files.map(pathToUri));
    let dropped = false;
    for (const uri of this.deps.runner.indexedUris()) {
      if (keep.has(uri) || this.deps.isOpen(uri)) continue;
      if (this.deps.runner.removeFromIndex(uri)) dropped = true;
    }
    return dropped;
  }

  /** A watched file was created, changed or deleted (type: 1, 2, 3 as in FileChangeType). */
  async fileChanged(uri: string, type: number): Promise<void> {
    const p = uriToPath(uri);
    if (!p || !isCandidateFile(path.basename(p)) || !this.deps.store.folderOf(uri) || !this.deps.store.trusted) return;
    if (this.publishedClosed.delete(uri)) void this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
    if (this.deps.isOpen(uri)) return;
    const changed = type === 3 ? this.deps.runner.removeFromIndex(uri) : await this.indexFromDisk(uri);
    if (changed) this.deps.onIndexChanged(uri);
  }

  /** A document was closed: its index entry goes back to what is on disk (or away, for unsaved buffers). */
  async documentClosed(uri: string): Promise<void> {
    const p = uriToPath(uri);
    const onDisk = !!p && isCandidateFile(path.basename(p)) && !!this.deps.store.folderOf(uri) && this.deps.store.server.maxWorkspaceFiles > 0 && this.deps.store.trusted;
    const changed = onDisk ? await this.indexFromDisk(uri) : this.deps.runner.removeFromIndex(uri);
    if (changed) this.deps.onIndexChanged(uri);
  }

  /** Lint every Arabic text file of the workspace; open ones are left to the document linter. */
  async lintWorkspace(): Promise<LintWorkspaceResult> {
    const { store, connection, runner } = this.deps;
    const locale = store.localeOf(store.configFor(''));
    const walk = await walkTextFiles([...store.folders], {
      maxFiles: Math.max(store.server.maxWorkspaceFiles, 1), maxBytes: store.configFor('').maxFileSize * MAX_BYTES_PER_UNIT,
    });
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin(localize(MSG.lintingWorkspace, locale), 0, undefined, false);
    let files = 0, findings = 0;
    try {
      for (let i = 0; i < walk.files.length; i++) {
        const uri = pathToUri(walk.files[i]);
        if (i % 10 === 0) progress.report(Math.round((i / walk.files.length) * 100), localize(MSG.filesProgress(i, walk.files.length), locale));
        if (this.deps.isOpen(uri)) continue;
        const text = await readText(walk.files[i]);
        if (text === undefined) continue;
        const config = store.configFor(uri);
        const docLocale = store.localeOf(config);
        const languageId = walk.files[i].endsWith('.arabic-news') ? LANGUAGE_ID : 'plaintext';
        const verdict = assess(languageId, text, config);
        if (verdict.kind === 'ignore') continue;
        const doc = TextDocument.create(uri, languageId, 0, text);
        files++;
        if (verdict.kind === 'notice') {
          this.publishClosed(uri, [noticeDiagnostic(verdict.message, docLocale)]);
          continue;
        }
        try {
          const r = await runner.run({ kind: 'lint', uri, text, config, index: false }, Priority.Background);
          if (r.kind !== 'lint' || this.deps.isOpen(uri)) continue;
          findings += r.findings.length;
          this.publishClosed(uri, r.findings.map(f => findingToDiagnostic(f, doc, docLocale, this.deps.lookup)));
        } catch (e) {
          if (!(e instanceof JobCancelled)) this.deps.log(`lint failed on ${uri}: ${String(e)}`);
        }
      }
    } finally {
      progress.done();
    }
    return { files, findings, truncated: walk.truncated };
  }

  /** When a file is opened its diagnostics come from the document linter; forget ours. */
  documentOpened(uri: string): void { this.publishedClosed.delete(uri); }

  private publishClosed(uri: string, diagnostics: import('vscode-languageserver/node').Diagnostic[]): void {
    if (diagnostics.length) this.publishedClosed.add(uri); else this.publishedClosed.delete(uri);
    void this.deps.connection.sendDiagnostics({ uri, diagnostics });
  }

  /** Read, check and summarize one file; true when the index changed. Files that are not ours leave the index. */
  private async indexFromDisk(uri: string): Promise<boolean> {
    const p = uriToPath(uri)!;
    const text = await readText(p);
    const config = this.deps.store.configFor(uri);
    const languageId = p.endsWith('.arabic-news') ? LANGUAGE_ID : 'plaintext';
    if (text === undefined || assess(languageId, text, config).kind !== 'lint') return this.deps.runner.removeFromIndex(uri);
    try {
      const r = await this.deps.runner.run({ kind: 'summarize', uri, text }, Priority.Background);
      return r.kind === 'summarize' && r.indexed.changed;
    } catch (e) {
      if (!(e instanceof JobCancelled)) this.deps.log(`indexing failed on ${uri}: ${String(e)}`);
      return false;
    }
  }
}

async function readText(p: string): Promise<string | undefined> {
  try { return await fs.readFile(p, 'utf8'); } catch { return undefined; }
}
