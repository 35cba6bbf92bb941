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

/** What each diagnostic carries in `data`, so a code action can find the finding it was made from. */
export interface DiagnosticData { ruleId: string; fingerprint: string; version: number; start: number; end: number }
