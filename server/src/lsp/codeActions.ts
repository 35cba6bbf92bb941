// Code actions from findings: each fix as a quick fix, "ignore this finding", a file-wide "fix all" in the
// light bulb, and the source.fixAll.arabicNewsLint action that editor.codeActionsOnSave runs.
import { promises as fs } from 'node:fs';
import { CodeActionKind, type CodeAction, type Command, type Diagnostic, type Range, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { safeFixEdits } from '../engine/edits';
import { localize } from '../engine/locale';
import type { Finding, Fix, TextEdit } from '../engine/types';
import type { ConfigFileState, Locale } from './configStore';
import { configFileChange, type ConfigFileChange } from './configEdits';
import { findingToDiagnostic, type DocumentLookup } from './diagnostics';
import { MSG } from './messages';
import { CLIENT_COMMANDS, FIX_ALL_KIND } from './protocol';
import { uriToPath } from './uris';
import { contentHash } from '../workspace/contentHash';

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
  /** Other files the findings' fixes edit → the fingerprint of the text their indexed offsets belong to. */
  indexedHashes?: Record<string, string>;
  /** The client runs CLIENT_COMMANDS.selectRange (our VS Code client says so at initialize). */
  canSelect?: boolean;
  log?: (message: string) => void;
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
      const r = await fixToWorkspaceEdit(fix, input);
      if (!r) continue;
      const title = localize(fix.title, locale) + (r.leftOut.length ? localize(MSG.filesLeftOut(r.leftOut.length), locale) : '');
      const action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: !!fix.preferred, edit: r.edit };
      const select = input.canSelect ? selectCommand(fix, doc) : undefined;
      if (select) action.command = select;
      actions.push(action);
    }
    const ignore = await ignoreAction(f, diagnostic, input);
    if (ignore) actions.push(ignore);
  }
  // "Fix all" only where the cursor has a finding and there is more than one to fix; safeFixEdits already returns
  // edits that do not overlap, so nothing else needs computing on every cursor move.
  const fixable = here.length ? countFixable(findings) : 0;
  if (fixable >= 2) {
    actions.push({ title: localize(MSG.fixAllInFile(fixable), locale), kind: CodeActionKind.QuickFix, edit: documentEdit(doc, safeFixEdits(findings), input.caps) });
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
function countFixable(findings: readonly Finding[]): number {
  return findings.filter(f => f.fixes.some(x => x.safe && x.scope !== 'workspace' && !x.configEdit)).length;
}

/** The command that selects `fix.select` once the fix's edits are in: its range is computed in the text as it will
 * be after the edits (the client runs a code action's command after applying its edit). */
export function selectCommand(fix: Fix, doc: TextDocument): Command | undefined {
  if (!fix.select) return undefined;
  const after = TextDocument.create(doc.uri, doc.languageId, doc.version + 1,
    TextDocument.applyEdits(doc, toLspEdits(doc, fix.edits.filter(e => !e.uri || e.uri === doc.uri))));
  const len = after.getText().length;
  const start = Math.min(Math.max(0, fix.select.start), len), end = Math.min(Math.max(start, fix.select.end), len);
  return {
    title: 'Select',
    command: CLIENT_COMMANDS.selectRange,
    arguments: [doc.uri, { start: after.positionAt(start), end: after.positionAt(end) }],
  };
}

interface FixEdit {
  edit: WorkspaceEdit;
  /** Other files the fix would edit but leaves out: changed since they were indexed, or gone. */
  leftOut: string[];
}

async function fixToWorkspaceEdit(fix: Fix, input: CodeActionInput): Promise<FixEdit | undefined> {
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
  const leftOut: string[] = [];
  for (const [uri, edits] of byUri) {
    if (uri === doc.uri) { docs.push({ uri, version: doc.version, edits: toLspEdits(doc, edits) }); continue; }
    // Another file, edited at offsets the workspace index recorded: only while its text is still the indexed text.
    const open = input.lookup(uri);
    const target = open ?? await readDocument(uri);
    const indexed = input.indexedHashes?.[uri];
    if (!target || !indexed || contentHash(target.getText()) !== indexed) { leftOut.push(uri); continue; }
    docs.push({ uri, version: open ? open.version : null, edits: toLspEdits(target, edits) });
  }
  if (leftOut.length) {
    input.log?.(`fix «${fix.title.en}» on ${doc.uri} leaves out ${leftOut.length} file(s) changed since they were indexed: ${leftOut.join(', ')}`);
    // What is left would only repeat the document-wide fix.
    if (fix.scope === 'workspace' && !docs.some(d => d.uri !== doc.uri)) return undefined;
  }
  if (configChange) docs.push({ uri: configChange.edit.textDocument.uri, version: null, edits: configChange.edit.edits as LspTextEdit[] });
  if (!docs.length) return undefined;
  // One WorkspaceEdit for every file: the editor applies it as one change, which one undo reverts.
  if (caps.documentChanges) {
    return {
      leftOut,
      edit: {
        documentChanges: [
          ...(configChange?.create ? [configChange.create] : []),
          ...docs.map(d => ({ textDocument: { uri: d.uri, version: d.version }, edits: d.edits })),
        ],
      },
    };
  }
  return { leftOut, edit: { changes: Object.fromEntries(docs.map(d => [d.uri, d.edits])) } };
}

async function ignoreAction(f: Finding, diagnostic: Diagnostic, input: CodeActionInput): Promise<CodeAction | undefined> {
  // at most 60 characters of the flagged text for the note, never half of an emoji
  const flagged = Array.from(input.doc.getText().slice(f.start, Math.min(f.end, f.start + 61))).slice(0, 60).join('').replace(/[\uD800-\uDBFF]$/, '');
  const file = uriToPath(input.doc.uri)?.split(/[\\/]/).pop() ?? input.doc.uri;
  const fix: Fix = {
    title: MSG.ignoreFinding(f.ruleId),
    edits: [],
    configEdit: { path: ['ignore'], op: 'append', value: { rule: f.ruleId, fingerprint: f.fingerprint, note: `«${flagged}» in ${file}` } },
  };
  const r = await fixToWorkspaceEdit(fix, input);
  return r && { title: localize(fix.title, input.locale), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: r.edit };
}

async function readDocument(uri: string): Promise<TextDocument | undefined> {
  const p = uriToPath(uri);
  if (!p) return undefined;
  try { return TextDocument.create(uri, 'plaintext', 0, await fs.readFile(p, 'utf8')); } catch { return undefined; }
}
