// Finding the workspace's candidate text files on disk, bounded so that opening a huge folder costs little:
// dependency and VCS folders are skipped, big files are left out by size, and the walk stops at a file count.
// Node-only (fs): used by adapters, never by the engine.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
export const ARABIC_NEWS_EXTENSIONS = ['.arabic-news', '.txt'];

export interface WalkOptions {
  maxFiles: number;
  /** Files whose byte size exceeds this are skipped without being read. */
  maxBytes: number;
  /** Polled between directories: returning true stops the walk early. */
  isCancelled?: () => boolean;
}

export interface WalkResult { files: string[]; truncated: boolean; skippedLarge: number }

export function isCandidateFile(name: string): boolean {
  const lower = name.toLowerCase();
  return ARABIC_NEWS_EXTENSIONS.some(ext => lower.endsWith(ext));
}

/** Breadth-first so that a file limit keeps the files nearest the root. Unreadable directories are skipped. */
export async function walkTextFiles(roots: string[], opts: WalkOptions): Promise<WalkResult> {
  const files: string[] = [];
  let skippedLarge = 0;
  const queue = [...roots];
  while (queue.length) {
    if (opts.isCancelled?.()) return { files, truncated: true, skippedLarge };
    const dir = queue.shift()!;
    let entries: import('node:fs').Dirent[];
    try { entries = await fs.readdir(dir, { withFileTypes: true }); } catch { continue; }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) { if (!SKIPPED_DIRS.has(e.name)) queue.push(full); continue; }
      if (!e.isFile() || !isCandidateFile(e.name)) continue;
      try {
        if ((await fs.stat(full)).size > opts.maxBytes) { skippedLarge++; continue; }
      } catch { continue; }
      files.push(full);
      if (files.length >= opts.maxFiles) return { files, truncated: true, skippedLarge };
    }
  }
  return { files, truncated: false, skippedLarge };
}
