// Code actions from findings: each fix as a quick fix, "ignore this finding", a file-wide "fix all" in the
// light bulb, and the source.fixAll.arabicNewsLint action that editor.codeActionsOnSave runs.
import { promises as fs } from 'node:fs';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, localize, safeFixEdits, type Finding, type Fix, type TextEdit } from '../engine';
import type { ConfigFileState, Locale } from './configStore';
import { configFileChange, type ConfigFileChange } from './configEdits';
import { findingToDiagnostic, type DocumentLookup } from './diagnostics';
import { MSG } from './messages';
import { FIX_ALL_KIND } from './protocol';
import { uriToPath } from './uris';

export interface EditCapabilities {
  /** Client accepts documentChanges (versioned edits). */
  documentChanges: boolean;
  /** Client can create files inside a WorkspaceEdit (needed when the config file does not exist yet). */
  createFiles: boolean;
}

export interface CodeActionInput {
  doc: TextDocument;
  range: Range;
  only?: string[];
  findings: readonly Finding[];
  locale: Locale;
  configFile?: ConfigFileState;
  caps: EditCapabilities;
  lookup: DocumentLookup;
}

export function wantsKind(only: string[] | undefined, kind: string): boolean {
  return !only || only.some(o => kind === o || kind.startsWith(o + '.'));
}

export async function quickFixes(input: CodeActionInput): Promise<CodeAction[]> {
  const { doc, range, findings, locale } = input;
  if (!wantsKind(input.only, CodeActionKind.QuickFix)) return [];
  const from = doc.offsetAt(range.start), to = doc.offsetAt(range.end);
  const here = findings.filter(f => f.start <= to && f.end >= from);
  const actions: CodeAction[] = [];
  for (const f of here) {
    const diagnostic = findingToDiagnostic(f, doc, locale, input.lookup);
    for (const fix of f.fixes) {
      const edit = await fixToWorkspaceEdit(fix, input);
      if (!edit) continue;
      actions.push({ title: localize(fix.title, locale), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: !!fix.preferred, edit });
    }
    const ignore = await ignoreAction(f, diagnostic, input);
    if (ignore) actions.push(ignore);
  }
  const safe = safeEditsOf(doc.getText(), findings);
  if (here.length && safe.length >= 2) {
    actions.push({ title: localize(MSG.fixAllInFile(countFixable(findings)), locale), kind: CodeActionKind.QuickFix, edit: documentEdit(doc, safe, input.caps) });
  }
  return actions;
}

/** The source action for fix-all, from edits already computed by the fix-all job. */
export function fixAllAction(doc: TextDocument, edits: readonly TextEdit[], locale: Locale, caps: EditCapabilities): CodeAction | undefined {
  if (!edits.length) return undefined;
  return { title: localize(MSG.fixAll, locale), kind: FIX_ALL_KIND, edit: documentEdit(doc, edits, caps) };
}

export function documentEdit(doc: TextDocument, edits: readonly TextEdit[], caps: EditCapabilities): WorkspaceEdit {
  const lsp = toLspEdits(doc, edits);
  return caps.documentChanges
    ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: lsp }] }
    : { changes: { [doc.uri]: lsp } };
}

function toLspEdits(doc: TextDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map(e => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
}

/** Safe edits that can go together (overlaps dropped, as fix-all would). */
function safeEditsOf(text: string, findings: readonly Finding[]): TextEdit[] {
  return applyEdits(text, safeFixEdits(findings)).applied;
}

function countFixable(findings: readonly Finding[]): number {
  return findings.filter(f => f.fixes.some(x => x.safe && x.scope !== 'workspace' && !x.configEdit)).length;
}

async function fixToWorkspaceEdit(fix: Fix, input: CodeActionInput): Promise<WorkspaceEdit | undefined> {
  const { doc, caps } = input;
  const byUri = new Map<string, TextEdit[]>();
  for (const e of fix.edits) {
    const uri = e.uri ?? doc.uri;
    let list = byUri.get(uri);
    if (!list) byUri.set(uri, list = []);
    list.push(e);
  }
  let configChange: ConfigFileChange | null | undefined;
  if (fix.configEdit) {
    if (!input.configFile) return undefined;
    configChange = await configFileChange(input.configFile, fix.configEdit);
    if (configChange === undefined) return undefined;
    if (configChange?.create && !caps.createFiles) return undefined;
    if (configChange === null && !byUri.size) return undefined; // already configured: nothing to offer
  }
  const docs: { uri: string; version: number | null; edits: LspTextEdit[] }[] = [];
  for (const [uri, edits] of byUri) {
    const target = uri === doc.uri ? doc : input.lookup(uri) ?? await readDocument(uri);
    if (!target) return undefined;
    docs.push({ uri, version: uri === doc.uri || input.lookup(uri) ? target.version : null, edits: toLspEdits(target, edits) });
  }
  if (configChange) docs.push({ uri: configChange.edit.textDocument.uri, version: null, edits: configChange.edit.edits as LspTextEdit[] });
  if (!docs.length) return undefined;
  if (caps.documentChanges) {
    return {
      documentChanges: [
        ...(configChange?.create ? [configChange.create] : []),
        ...docs.map(d => ({ textDocument: { uri: d.uri, version: d.version }, edits: d.edits })),
      ],
    };
  }
  return { changes: Object.fromEntries(docs.map(d => [d.uri, d.edits])) };
}

async function ignoreAction(f: Finding, diagnostic: Diagnostic, input: CodeActionInput): Promise<CodeAction | undefined> {
  const flagged = input.doc.getText().slice(f.start, Math.min(f.end, f.start + 60));
  const file = uriToPath(input.doc.uri)?.split(/[\\/]/).pop() ?? input.doc.uri;
  const fix: Fix = {
    title: MSG.ignoreFinding(f.ruleId),
    edits: [],
    configEdit: { path: ['ignore'], op: 'append', value: { rule: f.ruleId, fingerprint: f.fingerprint, note: `«${flagged}» in ${file}` } },
  };
  const edit = await fixToWorkspaceEdit(fix, input);
  return edit && { title: localize(fix.title, input.locale), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit };
}

async function readDocument(uri: string): Promise<TextDocument | undefined> {
  const p = uriToPath(uri);
  if (!p) return undefined;
  try { return TextDocument.create(uri, 'plaintext', 0, await fs.readFile(p, 'utf8')); } catch { return undefined; }
}
