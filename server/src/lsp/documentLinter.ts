// Keeps each open document's diagnostics in step with its text: decides whether a document is ours, debounces
// typing, runs the lint off the connection (LintRunner), drops results that arrive for an older version or an
// older configuration, publishes, and hands the document's summaries to the workspace index.
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Config } from '../engine/config';
import { detectArabicShare } from '../engine/locale';
import type { Finding, Localized } from '../engine/types';
import type { ConfigStore } from './configStore';
import { findingToDiagnostic, noticeDiagnostic, type DocumentLookup } from './diagnostics';
import { JobCancelled, Priority, type LintRunner } from './lintRunner';
import { MSG } from './messages';
import { LANGUAGE_ID } from './protocol';
import { shiftFindings } from './shiftFindings';

/** Findings for a version of a document, and the fingerprints of the other files their fixes edit. */
export interface FindingsFor {
  findings: Finding[];
  /** Other files the findings' fixes edit → the fingerprint of the text their offsets were indexed from. */
  indexedHashes: Record<string, string>;
}

/** A plain-text document is ours when most of its letters are Arabic. */
export const ARABIC_SHARE_THRESHOLD = 0.5;

export type Verdict =
  | { kind: 'lint' }
  | { kind: 'notice'; message: Localized }
  | { kind: 'ignore' };

/** Whether and how to lint a document: cheap checks only (language, letter sample, size, NUL). */
export function assess(languageId: string, text: string, config: Config): Verdict {
  const ours = languageId === LANGUAGE_ID || (languageId === 'plaintext' && detectArabicShare(text) > ARABIC_SHARE_THRESHOLD);
  if (!ours) return { kind: 'ignore' };
  // size first: a huge file is not scanned for NUL either
  if (text.length > config.maxFileSize) return { kind: 'notice', message: MSG.tooLarge(text.length, config.maxFileSize) };
  if (text.includes('\u0000')) return { kind: 'notice', message: MSG.binary };
  return { kind: 'lint' };
}

interface Linted {
  version: number; epoch: number; findings: Finding[];
  /** The text the findings were computed on: later versions get them shifted past the edits (shiftFindings). */
  text: string;
  /** Other files the findings' fixes edit → the fingerprint of the text their offsets were indexed from. */
  indexedHashes: Record<string, string>;
}
interface DocState {
  timer?: NodeJS.Timeout;
  cache?: Linted;
  pending?: { version: number; epoch: number; promise: Promise<Finding[] | undefined> };
  /** Diagnostics were published for this document and must be cleared if it stops being ours. */
  published: boolean;
}

export interface DocumentLinterDeps {
  connection: Connection;
  store: ConfigStore;
  runner: LintRunner;
  getDocument: (uri: string) => TextDocument | undefined;
  lookup: DocumentLookup;
  /** Called when a lint changed what the index knows about a document. */
  onIndexChanged: (uri: string) => void;
  /** Settles once the first settings and config files are read: nothing is linted before, so a document open at
   * start-up is not first shown with the defaults' findings and then re-linted. */
  configReady: Promise<void>;
  /** The fingerprint of the text the workspace index now holds for a file (WorkspaceIndex.contentHashOf). */
  indexedHash: (uri: string) => string | undefined;
  log: (message: string) => void;
}

export class DocumentLinter {
  private readonly docs = new Map<string, DocState>();

  constructor(private readonly deps: DocumentLinterDeps) {}

  /** Lint after `delayMs` of quiet; a newer call for the same document replaces this one. */
  schedule(doc: TextDocument, delayMs: number): void {
    const st = this.state(doc.uri);
    if (st.timer) clearTimeout(st.timer);
    if (st.pending && st.pending.version !== doc.version) this.deps.runner.cancel(doc.uri);
    st.timer = setTimeout(() => {
      st.timer = undefined;
      void this.deps.configReady.then(() => {
        const cur = this.deps.getDocument(doc.uri);
        if (cur && !st.timer) void this.lintNow(cur, Priority.Lint);
      });
    }, delayMs);
  }

  /** Re-lint every open document (configuration or workspace index changed). */
  scheduleAll(documents: TextDocument[], delayMs: number, except?: string): void {
    for (const d of documents) if (d.uri !== except) this.schedule(d, delayMs);
  }

  /** Findings for the document's current version, for code actions: the cached ones; else, while a lint of a newer
   * version is due or running, the last completed lint's findings shifted past the edits since (those the edits
   * touch left out: a code action never waits for a long lint); else a lint run now. */
  async findingsFor(doc: TextDocument): Promise<FindingsFor | undefined> {
    const st = this.state(doc.uri);
    const c = st.cache;
    // Also stale when a file that a cross-file fix edits was re-indexed since: its offsets may have moved.
    const usable = c && c.epoch === this.deps.store.epoch && this.indexStillMatches(c) ? c : undefined;
    if (usable && usable.version === doc.version) return { findings: usable.findings, indexedHashes: usable.indexedHashes };
    if (usable && (st.timer || st.pending)) {
      // A lint of the new text is on its way and will publish: answer now from the old one.
      return { findings: shiftFindings(usable.findings, usable.text, doc.getText(), doc.uri), indexedHashes: usable.indexedHashes };
    }
    if (st.timer) { clearTimeout(st.timer); st.timer = undefined; }
    await this.deps.configReady;
    const cur = this.deps.getDocument(doc.uri);
    if (!cur || cur.version !== doc.version) return undefined;
    const findings = await this.lintNow(cur, Priority.Interactive);
    if (!findings) return undefined;
    const after = st.cache;
    return { findings, indexedHashes: after && after.version === doc.version ? after.indexedHashes : {} };
  }

  private indexStillMatches(c: Linted): boolean {
    for (const [uri, h] of Object.entries(c.indexedHashes)) if ((this.deps.indexedHash(uri) ?? '') !== h) return false;
    return true;
  }

  /** Cached findings only if they are for this exact version: hovers never wait for a lint. */
  cachedFindings(doc: TextDocument): Finding[] | undefined {
    const c = this.docs.get(doc.uri)?.cache;
    return c && c.version === doc.version && c.epoch === this.deps.store.epoch ? c.findings : undefined;
  }

  close(uri: string): void {
    const st = this.docs.get(uri);
    if (!st) return;
    if (st.timer) clearTimeout(st.timer);
    this.deps.runner.cancel(uri);
    this.docs.delete(uri);
    if (st.published) void this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private state(uri: string): DocState {
    let st = this.docs.get(uri);
    if (!st) this.docs.set(uri, st = { published: false });
    return st;
  }

  private lintNow(doc: TextDocument, priority: Priority): Promise<Finding[] | undefined> {
    const { store, runner } = this.deps;
    const st = this.state(doc.uri);
    const version = doc.version;
    const epoch = store.epoch;
    if (st.pending && st.pending.version === version && st.pending.epoch === epoch) return st.pending.promise;
    if (st.pending) runner.cancel(doc.uri);

    const config = store.configFor(doc.uri);
    const locale = store.localeOf(config);
    const text = doc.getText();
    const verdict = assess(doc.languageId, text, config);
    if (verdict.kind !== 'lint') {
      st.cache = { version, epoch, findings: [], indexedHashes: {}, text };
      if (verdict.kind === 'notice') this.publish(doc, [noticeDiagnostic(verdict.message, locale)]);
      else if (st.published) { this.publish(doc, []); st.published = false; }
      return Promise.resolve(verdict.kind === 'notice' ? [] : undefined);
    }

    const promise: Promise<Finding[] | undefined> = runner.run({ kind: 'lint', uri: doc.uri, text, config, index: store.trusted }, priority).then(result => {
      if (result.kind !== 'lint') return undefined;
      for (const e of result.ruleErrors) this.deps.log(`rule ${e.ruleId} failed on ${doc.uri}: ${e.message}`);
      // The worker indexed this text's summaries (even when the result itself is dropped below): re-lint the others.
      if (result.indexed?.changed) this.deps.onIndexChanged(doc.uri);
      const cur = this.deps.getDocument(doc.uri);
      // The document was closed or changed, or the configuration changed, while this ran: drop the result.
      if (!cur || cur.version !== version || store.epoch !== epoch) return undefined;
      st.cache = { version, epoch, findings: result.findings, indexedHashes: result.indexedHashes ?? {}, text };
      this.publish(cur, result.findings.map(f => findingToDiagnostic(f, cur, locale, this.deps.lookup)));
      return result.findings;
    }, err => {
      if (!(err instanceof JobCancelled)) this.deps.log(`lint failed on ${doc.uri}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return undefined;
    }).finally(() => { if (st.pending?.promise === promise) st.pending = undefined; });
    st.pending = { version, epoch, promise };
    return promise;
  }

  private publish(doc: TextDocument, diagnostics: Diagnostic[]): void {
    const st = this.state(doc.uri);
    st.published = diagnostics.length > 0 || st.published;
    void this.deps.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  }
}
