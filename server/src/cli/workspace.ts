// The CLI's workspace: the files it was given, indexed together so cross-file checks apply as in the editor.
import type { Article, Config, WorkspaceView } from '../engine';
import { WorkspaceIndex } from '../workspace/workspaceIndex';
import { CONTENT_HASH_INDEXER } from '../workspace/contentHash';
import '../workspace/nameSpellings';

/** `article`: the text already segmented, when the caller will lint that same Article (its analyses are shared). */
export interface CliDoc { uri: string; text: string; article?: Article }

/** Builds the cross-file view over the given documents: one WorkspaceIndex with every registered indexer (line
 * recurrence, name spellings). Files over the configured size limit are left out, as the linter skips them. */
export function createCliWorkspace(docs: CliDoc[], config: Config): WorkspaceView | undefined {
  // (no content fingerprints: they guard the editor's cross-file fixes, and --fix writes only the file it lints)
  const index = new WorkspaceIndex({ omit: [CONTENT_HASH_INDEXER] });
  for (const d of docs) if (d.text.length <= config.maxFileSize) index.setText(d.uri, d.text, d.article);
  return index;
}
