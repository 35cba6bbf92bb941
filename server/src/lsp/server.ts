// The language server: wires the LSP connection to the engine. Everything here is plumbing between protocol
// events and the modules that do the work (configStore, documentLinter, codeActions, hover, workspaceScan).
import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType,
  TextDocumentSyncKind, TextDocuments, type ClientCapabilities, type CodeAction, type Connection, type Diagnostic,
  type InitializeResult, type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblem } from '../engine/config';
import { localize } from '../engine/locale';
import type { TextEdit } from '../engine/types';
import { fixAllAction, documentEdit, quickFixes, wantsKind, type EditCapabilities } from './codeActions';
import { ConfigStore, type ConfigFileState } from './configStore';
import { DocumentLinter, assess } from './documentLinter';
import { hoverFor } from './hover';
import { keyPath, locatePath, parseJsonTree } from './jsonDocument';
import { JobCancelled, LintRunner, Priority } from './lintRunner';
import { MSG } from './messages';
import {
  CLIENT_COMMANDS, CONFIG_FILE_GLOB, DIAGNOSTIC_SOURCE, FIX_ALL_KIND, FIX_ALL_REQUEST, LINT_WORKSPACE_REQUEST, SERVER_COMMANDS, SETTINGS_SECTION,
  WORKSPACE_TRUST_NOTIFICATION, type InitializationOptions,
} from './protocol';
import { uriToPath } from './uris';
import { WorkspaceScanner } from './workspaceScan';
import { ClosedDocuments } from './closedDocuments';
import { DiagnosticSeverity, MessageType } from 'vscode-languageserver/node';

/** Quiet time after a workspace-index change before open documents are re-linted against it. */
const INDEX_RELINT_DELAY_MS = 300;
/** Quiet time after a config change (editors often write a file in several steps). */
const CONFIG_RELOAD_DELAY_MS = 50;

export interface ServerOptions {
  /** Where the lint worker's script is (defaults to lintWorker.js beside this module). */
  workerPath?: string;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const store = new ConfigStore();
  const log = (m: string) => connection.console.log(m);
  // The workspace index lives in the lint worker only; the runner knows which files it holds and their fingerprints.
  const runner = new LintRunner(log, options.workerPath);
  let caps: ClientCapabilities = {};
  let editCaps: EditCapabilities = { documentChanges: false, createFiles: false };
  let pullsConfiguration = false;
  let canSelect = false;
  // Open documents first; a closed file is read (bounded, cached) only to place a related location precisely.
  const closed = new ClosedDocuments();
  const lookup = (uri: string) => documents.get(uri) ?? closed.get(uri);

  let indexRelint: NodeJS.Timeout | undefined;
  const onIndexChanged = (uri: string | undefined) => {
    if (indexRelint) clearTimeout(indexRelint);
    indexRelint = setTimeout(() => linter.scheduleAll(documents.all(), 0, uri), INDEX_RELINT_DELAY_MS);
  };
  let configLoaded!: () => void;
  const configReady = new Promise<void>(resolve => { configLoaded = resolve; });
  const linter = new DocumentLinter({
    connection, store, runner, getDocument: uri => documents.get(uri), lookup, onIndexChanged, log, configReady, indexedHash: uri => runner.contentHashOf(uri),
  });
  const scanner = new WorkspaceScanner({ connection, store, runner, isOpen: uri => !!documents.get(uri), lookup, onIndexChanged, log });

  connection.onInitialize((params): InitializeResult => {
    caps = params.capabilities;
    store.setClientLocale(params.locale);
    const we = caps.workspace?.workspaceEdit;
    editCaps = { documentChanges: !!we?.documentChanges, createFiles: !!we?.documentChanges && !!we?.resourceOperations?.includes('create') };
    pullsConfiguration = !!caps.workspace?.configuration;
    const folders = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    store.setFolders(folders);
    const init = params.initializationOptions && typeof params.initializationOptions === 'object' ? params.initializationOptions as Record<string, unknown> : {};
    const { workspaceTrusted, clientCommands, ...settings } = init as InitializationOptions & Record<string, unknown>;
    // Editors that know nothing of workspace trust (all but ours) run trusted, as the CLI does.
    store.setTrusted(workspaceTrusted !== false);
    canSelect = Array.isArray(clientCommands) && clientCommands.includes(CLIENT_COMMANDS.selectRange);
    // Editors without workspace/configuration may pass settings at startup.
    if (Object.keys(settings).length) reportSettingsProblems(store.setSettings(settings[SETTINGS_SECTION] ?? settings));
    log(`arabic-news-lint server: locale ${params.locale ?? '(none)'}, ${folders.length} folder(s), lint ${runner.mode}${store.trusted ? '' : ', restricted mode (untrusted workspace)'}`);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        executeCommandProvider: { commands: [SERVER_COMMANDS.fixAll, SERVER_COMMANDS.lintWorkspace] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'arabic-news-language-server' },
    };
  });

  connection.onInitialized(async () => {
    if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    }
    if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: CONFIG_FILE_GLOB }, { globPattern: '**/*.txt' }, { globPattern: '**/*.arabic-news' }],
      });
    }
    if (caps.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async () => {
        const folders = await connection.workspace.getWorkspaceFolders();
        store.setFolders(folders?.map(f => f.uri) ?? []);
        await reloadAllConfig();
        scan();
      });
    }
    try {
      await pullSettings();
      await reloadAllConfig();
    } finally {
      configLoaded();
    }
    if (!store.trusted) void tellRestricted();
    scan();
  });

  /** Index the workspace in the background; not in restricted mode, where nothing of the workspace is read. */
  function scan(): void {
    if (!store.trusted) return;
    void scanner.scan().catch(e => log(`workspace scan failed: ${String(e)}`));
  }

  // ---- restricted mode (docs/security.md) ----

  /** Once, and only when there is a config file being ignored: say so. */
  async function tellRestricted(): Promise<void> {
    const files = await store.existingConfigFiles();
    if (!files.length) return;
    log(`restricted mode: ignoring ${files.join(', ')}`);
    void connection.sendNotification('window/showMessage', { type: MessageType.Info, message: localize(MSG.restrictedConfigIgnored, store.localeOf(store.configFor(''))) });
  }

  connection.onNotification(WORKSPACE_TRUST_NOTIFICATION, async (params: { trusted?: boolean }) => {
    // VS Code can grant trust while running, never take it back without a reload.
    if (params?.trusted !== true || store.trusted) return;
    log('workspace trusted: reading its config and indexing it');
    store.setTrusted(true);
    await reloadAllConfig();
    scan();
  });

  // ---- configuration ----

  async function pullSettings(pushed?: unknown): Promise<void> {
    if (pullsConfiguration) {
      try { reportSettingsProblems(store.setSettings(await connection.workspace.getConfiguration(SETTINGS_SECTION))); }
      catch (e) { log(`could not read settings: ${String(e)}`); }
    } else if (pushed !== undefined) {
      const s = pushed as Record<string, unknown> | null;
      reportSettingsProblems(store.setSettings(s && typeof s === 'object' && SETTINGS_SECTION in s ? s[SETTINGS_SECTION] : s));
    }
  }

  function reportSettingsProblems(problems: ConfigProblem[]): void {
    for (const p of problems) connection.console.warn(`settings: arabicNewsLint.${p.key}: ${p.message}`);
  }

  async function reloadAllConfig(): Promise<void> {
    await store.reloadAll();
    for (const s of store.fileStates()) publishConfigProblems(s);
    relintAll();
  }

  const publishedConfigProblems = new Set<string>();
  function publishConfigProblems(state: ConfigFileState): void {
    for (const p of state.problems) connection.console.warn(`${state.filePath}: ${p.key}: ${p.message}`);
    if (!state.problems.length && !publishedConfigProblems.has(state.uri)) return;
    const doc = TextDocument.create(state.uri, 'json', 0, state.text);
    let root: ReturnType<typeof parseJsonTree> | undefined;
    try { root = parseJsonTree(state.text); } catch { /* syntax error: located by syntaxErrorAt */ }
    const locale = store.localeOf(store.configFor(state.uri));
    const diagnostics: Diagnostic[] = state.problems.map(p => {
      let range = { start: 0, end: 1 };
      if (p.key === '(file)' && state.syntaxErrorAt !== undefined) range = { start: state.syntaxErrorAt, end: state.syntaxErrorAt + 1 };
      else if (root) range = locatePath(root, keyPath(p.key));
      return {
        range: { start: doc.positionAt(range.start), end: doc.positionAt(Math.min(range.end, state.text.length)) },
        severity: p.key === '(file)' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        source: DIAGNOSTIC_SOURCE,
        message: localize(MSG.configProblem(p.key, p.message), locale),
      };
    });
    if (diagnostics.length) publishedConfigProblems.add(state.uri); else publishedConfigProblems.delete(state.uri);
    void connection.sendDiagnostics({ uri: state.uri, diagnostics });
  }

  function relintAll(): void {
    linter.scheduleAll(documents.all(), 0);
  }

  connection.onDidChangeConfiguration(async params => {
    const maxFilesBefore = store.server.maxWorkspaceFiles;
    await pullSettings(params.settings);
    relintAll();
    // workspace.maxFiles hot-reloads too: 0 empties the index of closed files, another limit (re)indexes
    const maxFiles = store.server.maxWorkspaceFiles;
    if (maxFiles === maxFilesBefore) return;
    if (maxFiles > 0) { scan(); return; }
    let dropped = false;
    for (const uri of runner.indexedUris()) if (!documents.get(uri) && runner.removeFromIndex(uri)) dropped = true;
    if (dropped) onIndexChanged(undefined);
  });

  let configReload: NodeJS.Timeout | undefined;
  const foldersToReload = new Set<string>();
  connection.onDidChangeWatchedFiles(params => {
    if (!store.trusted) return;
    for (const change of params.changes) {
      const p = uriToPath(change.uri);
      const folder = p && store.folderOfConfigFile(p);
      if (folder) { foldersToReload.add(folder); continue; }
      void scanner.fileChanged(change.uri, change.type ?? FileChangeType.Changed);
    }
    if (!foldersToReload.size) return;
    if (configReload) clearTimeout(configReload);
    configReload = setTimeout(async () => {
      const folders = [...foldersToReload];
      foldersToReload.clear();
      const maxFileSizeBefore = store.configFor('').maxFileSize;
      for (const f of folders) publishConfigProblems(await store.reloadFolder(f));
      relintAll();
      // the size limit decides which files the index reads: a new one rescans (and drops what is now too big)
      if (store.configFor('').maxFileSize !== maxFileSizeBefore) scan();
    }, CONFIG_RELOAD_DELAY_MS);
  });

  // ---- documents ----

  const justOpened = new Set<string>();
  documents.onDidOpen(e => { justOpened.add(e.document.uri); scanner.documentOpened(e.document.uri); });
  documents.onDidChangeContent(e => {
    // Opening is linted at once; typing waits for a pause.
    const delay = justOpened.delete(e.document.uri) ? 0 : store.server.debounceMs;
    linter.schedule(e.document, delay);
  });
  documents.onDidClose(e => {
    justOpened.delete(e.document.uri);
    linter.close(e.document.uri);
    void scanner.documentClosed(e.document.uri);
  });

  // ---- code actions, hover, fix-all ----

  connection.onCodeAction(async (params, token) => {
    // Editors ask for a hover and code actions together. The connection writes a reply on a later macrotask, so
    // without this the hover's ready answer would wait for the code actions (tens of ms on a 1 MB file).
    await new Promise(resolve => setImmediate(resolve));
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    // The open document is updated in place by later changes: an answer is only sent if no change came in while it
    // was computed, so that every edit in it is built for the one version (and text) the findings were fitted to.
    const version = doc.version;
    const changed = () => documents.get(doc.uri) !== doc || doc.version !== version;
    const found = await linter.findingsFor(doc);
    if (!found || token.isCancellationRequested || changed()) return null;
    const config = store.configFor(doc.uri);
    const locale = store.localeOf(config);
    const actions: CodeAction[] = await quickFixes({
      doc, range: params.range, only: params.context.only, findings: found.findings, locale,
      configFile: store.configFileFor(doc.uri), caps: editCaps, lookup: uri => documents.get(uri),
      indexedHashes: found.indexedHashes, canSelect, log,
    });
    // Fix-all is computed only when asked for by kind (on save, the Source Action menu): it re-lints the text.
    // Not in restricted mode, where a workspace's settings could otherwise turn fix-on-save on.
    if (store.trusted && params.context.only && wantsKind(params.context.only, FIX_ALL_KIND)) {
      const edits = await fixAllEdits(doc);
      const a = edits && fixAllAction(doc, edits, locale, editCaps);
      if (a) actions.push(a);
    }
    return changed() ? null : actions;
  });

  connection.onHover(params => {
    const doc = documents.get(params.textDocument.uri);
    const findings = doc && linter.cachedFindings(doc);
    if (!doc || !findings) return null;
    return hoverFor(doc, doc.offsetAt(params.position), findings, store.localeOf(store.configFor(doc.uri)), id => runner.ruleMeta(id));
  });

  /** Every safe fix of the document, to a fixpoint; undefined when the document changed meanwhile. */
  async function fixAllEdits(doc: TextDocument): Promise<TextEdit[] | undefined> {
    const config = store.configFor(doc.uri);
    if (assess(doc.languageId, doc.getText(), config).kind !== 'lint') return [];
    const version = doc.version; // the document object is updated in place: remember which version was fixed
    try {
      const r = await runner.run({ kind: 'fixAll', uri: doc.uri, text: doc.getText(), config }, Priority.Interactive);
      if (r.kind !== 'fixAll' || documents.get(doc.uri) !== doc || doc.version !== version) return undefined;
      for (const e of r.ruleErrors) log(`rule ${e.ruleId} failed during fix-all on ${doc.uri}: ${e.message}`);
      return r.edits;
    } catch (e) {
      if (!(e instanceof JobCancelled)) log(`fix-all failed on ${doc.uri}: ${String(e)}`);
      return undefined;
    }
  }

  async function fixAllWorkspaceEdit(uri: string): Promise<WorkspaceEdit | null> {
    const doc = documents.get(uri);
    if (!doc || !store.trusted) return null;
    const edits = await fixAllEdits(doc);
    return edits?.length ? documentEdit(doc, edits, editCaps) : null;
  }

  connection.onRequest(FIX_ALL_REQUEST, (params: { textDocument: { uri: string } }) => fixAllWorkspaceEdit(params.textDocument.uri));
  const lintWorkspace = async () => {
    if (store.trusted) return scanner.lintWorkspace();
    log('lint workspace: not in restricted mode (untrusted workspace): only open documents are checked');
    return { files: 0, findings: 0, truncated: false };
  };
  connection.onRequest(LINT_WORKSPACE_REQUEST, lintWorkspace);

  connection.onExecuteCommand(async params => {
    if (params.command === SERVER_COMMANDS.fixAll) {
      const uri = typeof params.arguments?.[0] === 'string' ? params.arguments[0] : undefined;
      const edit = uri && await fixAllWorkspaceEdit(uri);
      if (edit) await connection.workspace.applyEdit({ label: 'Arabic News Lint: fix all', edit });
      return null;
    }
    if (params.command === SERVER_COMMANDS.lintWorkspace) return lintWorkspace();
    return null;
  });

  connection.onShutdown(() => runner.dispose());

  documents.listen(connection);
  connection.listen();
}
