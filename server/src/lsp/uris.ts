// file: URIs and paths. Editors spell the same file's URI differently (percent-encoding, drive-letter case), so
// comparisons go through the path.
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as path from 'node:path';

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try { return path.normalize(fileURLToPath(uri)); } catch { return undefined; }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

/** True when `p` is `dir` or lies under it. */
export function isUnder(p: string, dir: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The same URI as the editor would spell it, when we know the editor's spelling; else ours. */
export function sameFileUri(a: string, b: string): boolean {
  if (a === b) return true;
  const pa = uriToPath(a), pb = uriToPath(b);
  return !!pa && pa === pb;
}
