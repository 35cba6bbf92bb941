// Text of files that are not open in the editor, read only to place related locations (the other files a cross-file
// finding names) at the right line and column. Small and bounded: a cache of recently read files by modification time.
import { readFileSync, statSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { uriToPath } from './uris';

const MAX_BYTES = 2_000_000;
const MAX_ENTRIES = 64;

export class ClosedDocuments {
  private cache = new Map<string, { mtime: number; doc: TextDocument }>();

  /** The file's text as a TextDocument, or undefined when it is not a local file, too large or unreadable. */
  get(uri: string): TextDocument | undefined {
    const path = uriToPath(uri);
    if (!path) return undefined;
    try {
      const st = statSync(path);
      if (!st.isFile() || st.size > MAX_BYTES) return undefined;
      const hit = this.cache.get(uri);
      if (hit && hit.mtime === st.mtimeMs) return hit.doc;
      const doc = TextDocument.create(uri, 'plaintext', 0, readFileSync(path, 'utf8'));
      this.cache.delete(uri);
      this.cache.set(uri, { mtime: st.mtimeMs, doc });
      if (this.cache.size > MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value as string);
      return doc;
    } catch {
      return undefined;
    }
  }
}
