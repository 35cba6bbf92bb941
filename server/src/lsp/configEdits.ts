// Turning a fix's ConfigEdit (add a name spelling, ignore a finding) into a WorkspaceEdit on the workspace's
// .arabic-news-lint.json: the file is created when missing, otherwise changed by the smallest JSON edit, so the
// user sees one added line in their own layout, and the watcher reloads it once saved.
import { promises as fs } from 'node:fs';
import type { CreateFile, TextDocumentEdit, TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigEdit } from '../engine/types';
import type { ConfigFileState } from './configStore';
import { jsonEdit } from './jsonDocument';

export interface ConfigFileChange { create?: CreateFile; edit: TextDocumentEdit }

/** The change for `ce`, null when the file already says so, undefined when it cannot be done (file not JSON). */
export async function configFileChange(state: ConfigFileState, ce: ConfigEdit): Promise<ConfigFileChange | null | undefined> {
  let text = '';
  let exists = true;
  // Read now rather than trust the cached copy: the user may have just edited the file.
  try { text = await fs.readFile(state.filePath, 'utf8'); } catch { exists = false; }
  const e = jsonEdit(text, ce.path, ce.op, ce.value);
  if (!e) return e;
  const doc = TextDocument.create(state.uri, 'json', 0, text);
  const edit: TextEdit = { range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText };
  return {
    create: exists ? undefined : { kind: 'create', uri: state.uri, options: { ignoreIfExists: true } },
    edit: { textDocument: { uri: state.uri, version: null }, edits: [edit] },
  };
}
