// Names shared by the language server and the VS Code client. Plain constants and types only: the client bundle
// imports this file, so it must not pull in the server.

export const LANGUAGE_ID = 'arabic-news';
export const SETTINGS_SECTION = 'arabicNewsLint';
export const DIAGNOSTIC_SOURCE = 'arabic-news-lint';
export const CONFIG_FILE_GLOB = '**/.arabic-news-lint.json';
/** A sub-kind of source.fixAll, so `editor.codeActionsOnSave: {"source.fixAll.arabicNewsLint": "explicit"}` runs
 * only ours, and `source.fixAll` runs ours with everyone else's. */
export const FIX_ALL_KIND = 'source.fixAll.arabicNewsLint';

/** Request: the edit that applies every safe fix of a document. Params: {textDocument: {uri}}; result: WorkspaceEdit | null. */
export const FIX_ALL_REQUEST = 'arabicNewsLint/fixAll';
/** Request: lint every Arabic text file of the workspace and publish its diagnostics. Result: LintWorkspaceResult. */
export const LINT_WORKSPACE_REQUEST = 'arabicNewsLint/lintWorkspace';
export interface LintWorkspaceResult { files: number; findings: number; truncated: boolean }

/** Server-side commands (workspace/executeCommand). Distinct from the client's command ids on purpose: the client
 * library registers server commands in VS Code, and one id cannot be registered twice. */
export const SERVER_COMMANDS = {
  fixAll: 'arabicNewsLint.server.fixAll',
  lintWorkspace: 'arabicNewsLint.server.lintWorkspace',
} as const;

/** Commands the VS Code client registers and code actions ask it to run (after their edit). */
export const CLIENT_COMMANDS = {
  /** Arguments: [uri: string, range: Range]. Selects the range in that document's editor (Fix.select). */
  selectRange: 'arabicNewsLint.selectRange',
} as const;

/** What the VS Code client passes as initializationOptions. Other editors pass their settings, or nothing. */
export interface InitializationOptions {
  /** vscode.workspace.isTrusted: false puts the server in restricted mode (docs/security.md). Default true. */
  workspaceTrusted?: boolean;
  /** Client-side commands (CLIENT_COMMANDS values) the client can run. */
  clientCommands?: string[];
}

/** Notification from the client when the user trusts the workspace. Params: {trusted: true}. */
export const WORKSPACE_TRUST_NOTIFICATION = 'arabicNewsLint/workspaceTrust';

/** What each diagnostic carries in `data`, so a code action can find the finding it was made from. */
export interface DiagnosticData { ruleId: string; fingerprint: string; version: number; start: number; end: number }
