// The CLI's workspace: the files it was given, indexed together so cross-file checks apply as in the editor.
import type { Config, WorkspaceView } from '../engine';

export interface CliDoc { uri: string; text: string }

/** Builds the cross-file view over the given documents. Until a workspace index is registered, none is used. */
export function createCliWorkspace(docs: CliDoc[], config: Config): WorkspaceView | undefined {
  void docs; void config;
  return undefined;
}
