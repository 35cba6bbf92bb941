// The VS Code side: start the language server (Node IPC), register the commands, show the status-bar counts.
// All linting happens in the server; the client only connects VS Code to it.
//
// Activation is on the arabic-news language and on plain text (VS Code cannot activate on "plain text that is
// Arabic"), so activate() itself stays cheap: it registers commands and listeners, and starts the server process
// only once an Arabic document is open. A window of English .txt files never starts it.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { Range, WorkspaceEdit } from 'vscode-languageserver-protocol';
import {
  CLIENT_COMMANDS, CONFIG_FILE_GLOB, FIX_ALL_REQUEST, LANGUAGE_ID, LINT_WORKSPACE_REQUEST, SETTINGS_SECTION, WORKSPACE_TRUST_NOTIFICATION,
  type InitializationOptions, type LintWorkspaceResult,
} from '../../server/src/lsp/protocol';
import { FindingsStatusBar, isArabicDocument } from './statusBar';
import { t } from './l10n';

let client: LanguageClient | undefined;
let starting: Promise<LanguageClient> | undefined;
let extensionContext: vscode.ExtensionContext;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionContext = context;
  const statusBar = new FindingsStatusBar();
  context.subscriptions.push(
    statusBar,
    vscode.commands.registerCommand('arabicNewsLint.lintWorkspace', lintWorkspace),
    vscode.commands.registerCommand('arabicNewsLint.fixAll', fixAll),
    vscode.commands.registerCommand('arabicNewsLint.restartServer', async () => {
      if (client) await client.restart(); else await ensureStarted();
      statusBar.update();
    }),
    vscode.commands.registerCommand('arabicNewsLint.showOutput', async () => (await ensureStarted()).outputChannel.show(true)),
    vscode.commands.registerCommand(CLIENT_COMMANDS.selectRange, selectRange),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void client?.sendNotification(WORKSPACE_TRUST_NOTIFICATION, { trusted: true });
    }),
  );
  if (vscode.workspace.textDocuments.some(isArabicDocument)) { await ensureStarted(); return; }
  // Wait for an Arabic document: opened, or a plain-text one typed into Arabic.
  const waiting: vscode.Disposable[] = [];
  const check = (doc: vscode.TextDocument) => {
    if (client || starting || !isArabicDocument(doc)) return;
    for (const d of waiting) d.dispose();
    void ensureStarted();
  };
  waiting.push(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeTextDocument(e => { if (e.document.languageId === 'plaintext') check(e.document); }),
  );
  context.subscriptions.push(...waiting);
}

export async function deactivate(): Promise<void> {
  const c = client ?? (starting && await starting.catch(() => undefined));
  client = undefined;
  starting = undefined;
  await c?.stop();
}

function ensureStarted(): Promise<LanguageClient> {
  if (client) return Promise.resolve(client);
  starting ??= startClient().then(c => (client = c), e => { starting = undefined; throw e; });
  return starting;
}

async function startClient(): Promise<LanguageClient> {
  const context = extensionContext;
  // The bundle ships in dist/; a development checkout may only have the TypeScript build in out/.
  const bundled = context.asAbsolutePath('dist/server.js');
  const serverModule = fs.existsSync(bundled) ? bundled : context.asAbsolutePath('out/server/src/lsp/main.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const initializationOptions: InitializationOptions = {
    workspaceTrusted: vscode.workspace.isTrusted,
    clientCommands: [CLIENT_COMMANDS.selectRange],
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [LANGUAGE_ID, 'plaintext'].flatMap(language => ['file', 'untitled'].map(scheme => ({ language, scheme }))),
    initializationOptions,
    synchronize: {
      configurationSection: SETTINGS_SECTION,
      fileEvents: vscode.workspace.createFileSystemWatcher(CONFIG_FILE_GLOB),
    },
    // A crashed server is restarted by the library's default error handler (up to 4 times in 3 minutes).
  };
  const c = new LanguageClient('arabicNewsLint', 'Arabic News Lint', serverOptions, clientOptions);
  await c.start();
  return c;
}

async function lintWorkspace(): Promise<void> {
  const c = await ensureStarted();
  const r = await c.sendRequest<LintWorkspaceResult>(LINT_WORKSPACE_REQUEST, {});
  const more = r.truncated ? t(' (file limit reached: arabicNewsLint.workspace.maxFiles)', ' (بلغ الحد الأقصى للملفات: arabicNewsLint.workspace.maxFiles)') : '';
  void vscode.window.showInformationMessage(
    t(`Arabic News Lint: ${r.findings} findings in ${r.files} files${more}.`, `مدقق الأخبار العربية: ${r.findings} ملاحظة في ${r.files} ملفًا${more}.`),
  );
}

async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isArabicDocument(editor.document)) return;
  const c = await ensureStarted();
  const edit = await c.sendRequest<WorkspaceEdit | null>(FIX_ALL_REQUEST, { textDocument: { uri: editor.document.uri.toString() } });
  if (!edit) {
    void vscode.window.showInformationMessage(t('Arabic News Lint: nothing to fix safely in this file.', 'مدقق الأخبار العربية: لا شيء يُصلَح آليًّا في هذا الملف.'));
    return;
  }
  await vscode.workspace.applyEdit(await c.protocol2CodeConverter.asWorkspaceEdit(edit));
}

/** Run by a quick fix after its edit (Fix.select): select the range, e.g. a placeholder to type over. */
async function selectRange(uri: string, range: Range): Promise<void> {
  if (typeof uri !== 'string' || !range?.start || !range?.end) return;
  const target = vscode.Uri.parse(uri).toString();
  const editor = vscode.window.activeTextEditor?.document.uri.toString() === target ? vscode.window.activeTextEditor
    : vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === target);
  if (!editor) return;
  const r = editor.document.validateRange(new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character));
  editor.selection = new vscode.Selection(r.start, r.end);
  editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
