// The VS Code side: start the language server (Node IPC), register the commands, show the status-bar counts.
// All linting happens in the server; the client only connects VS Code to it.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';
import { FIX_ALL_REQUEST, LANGUAGE_ID, LINT_WORKSPACE_REQUEST, SETTINGS_SECTION, CONFIG_FILE_GLOB, type LintWorkspaceResult } from '../../server/src/lsp/protocol';
import { FindingsStatusBar, isArabicDocument } from './statusBar';
import { t } from './l10n';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // The bundle ships in dist/; a development checkout may only have the TypeScript build in out/.
  const bundled = context.asAbsolutePath('dist/server.js');
  const serverModule = fs.existsSync(bundled) ? bundled : context.asAbsolutePath('out/server/src/lsp/main.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [LANGUAGE_ID, 'plaintext'].flatMap(language => ['file', 'untitled'].map(scheme => ({ language, scheme }))),
    synchronize: {
      configurationSection: SETTINGS_SECTION,
      fileEvents: vscode.workspace.createFileSystemWatcher(CONFIG_FILE_GLOB),
    },
    // A crashed server is restarted by the library's default error handler (up to 4 times in 3 minutes).
  };
  client = new LanguageClient('arabicNewsLint', 'Arabic News Lint', serverOptions, clientOptions);
  const statusBar = new FindingsStatusBar();
  context.subscriptions.push(
    statusBar,
    vscode.commands.registerCommand('arabicNewsLint.lintWorkspace', lintWorkspace),
    vscode.commands.registerCommand('arabicNewsLint.fixAll', fixAll),
    vscode.commands.registerCommand('arabicNewsLint.restartServer', async () => { await client?.restart(); statusBar.update(); }),
    vscode.commands.registerCommand('arabicNewsLint.showOutput', () => client?.outputChannel.show(true)),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

async function lintWorkspace(): Promise<void> {
  if (!client) return;
  const r = await client.sendRequest<LintWorkspaceResult>(LINT_WORKSPACE_REQUEST, {});
  const more = r.truncated ? t(' (file limit reached: arabicNewsLint.workspace.maxFiles)', ' (بلغ الحد الأقصى للملفات: arabicNewsLint.workspace.maxFiles)') : '';
  void vscode.window.showInformationMessage(
    t(`Arabic News Lint: ${r.findings} findings in ${r.files} files${more}.`, `مدقق الأخبار العربية: ${r.findings} ملاحظة في ${r.files} ملفًا${more}.`),
  );
}

async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor || !isArabicDocument(editor.document)) return;
  const edit = await client.sendRequest<WorkspaceEdit | null>(FIX_ALL_REQUEST, { textDocument: { uri: editor.document.uri.toString() } });
  if (!edit) {
    void vscode.window.showInformationMessage(t('Arabic News Lint: nothing to fix safely in this file.', 'مدقق الأخبار العربية: لا شيء يُصلَح آليًّا في هذا الملف.'));
    return;
  }
  await vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(edit));
}
