// Finding and reading the files the CLI is given: folders are walked, globs matched, bad input named clearly.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

/** Extensions linted when a folder is given. */
export const TEXT_EXTENSIONS = ['.txt', '.arabic-news', '.text'];
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);

export interface ReadResult { path: string; text?: string; error?: string; hasBom?: boolean }

/** Expand CLI operands: a file stays as is, a folder is walked for text files, a glob (* ? **) is matched. */
export function expandOperands(operands: string[], cwd = process.cwd()): { files: string[]; errors: string[] } {
  const files: string[] = [];
  const errors: string[] = [];
  for (const op of operands) {
    if (/[*?[]/.test(op)) {
      const matched = expandGlob(op, cwd);
      if (!matched.length) errors.push(`${op}: no file matches this pattern`);
      files.push(...matched);
      continue;
    }
    const abs = resolve(cwd, op);
    let st;
    try { st = statSync(abs); } catch { errors.push(`${op}: no such file or folder`); continue; }
    if (st.isDirectory()) files.push(...walk(abs));
    else files.push(abs);
  }
  return { files: [...new Set(files)], errors };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return out; }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) out.push(...walk(join(dir, e.name))); }
    else if (e.isFile() && TEXT_EXTENSIONS.some(x => e.name.endsWith(x))) out.push(join(dir, e.name));
  }
  return out;
}

/** Minimal glob: `**` any folders, `*` and `?` within a name. Walks from the longest literal prefix. */
export function expandGlob(pattern: string, cwd: string): string[] {
  const abs = resolve(cwd, pattern);
  const parts = abs.split(sep);
  const firstGlob = parts.findIndex(p => /[*?[]/.test(p));
  const base = parts.slice(0, firstGlob).join(sep) || sep;
  const re = globToRegExp(abs);
  const all: string[] = [];
  const visit = (dir: string) => {
    let entries;
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) visit(p); }
      else if (re.test(p)) all.push(p);
    }
  };
  visit(base);
  return all.sort();
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') { re += '.*'; i++; if (glob[i + 1] === '/') i++; }
    else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Read a file as UTF-8 text. Binary files and invalid UTF-8 are reported, never linted as garbage. The BOM is kept in
 * the text so that offsets match the file and a --fix writes it back. */
export function readText(path: string, maxBytes: number): ReadResult {
  let buf: Buffer;
  try {
    const st = statSync(path);
    if (st.size > maxBytes) return { path, error: `file is ${(st.size / 1e6).toFixed(1)} MB, above the limit of ${(maxBytes / 1e6).toFixed(1)} MB (maxFileSize); not linted` };
    buf = readFileSync(path);
  } catch (e) {
    return { path, error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  if (buf.subarray(0, 8000).includes(0)) return { path, error: 'looks like a binary file (it has NUL bytes); not linted' };
  try {
    const text = decoder.decode(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
    return { path, text, hasBom: text.charCodeAt(0) === 0xfeff };
  } catch {
    return { path, error: 'is not valid UTF-8; not linted (convert it to UTF-8 first)' };
  }
}
