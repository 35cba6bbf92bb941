// Finding and reading the files the CLI is given: folders are walked, globs matched, bad input named clearly.
import { closeSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

/** Extensions linted when a folder is given. */
export const TEXT_EXTENSIONS = ['.txt', '.arabic-news', '.text'];
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);

export interface ReadResult {
  path: string; text?: string; error?: string; hasBom?: boolean;
  /** Above maxFileSize: skipped with one message, never linted in part. */
  tooLarge?: boolean;
  /** The bytes read, so --fix can tell whether the file changed on disk before it writes. */
  bytes?: Uint8Array;
}

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

// A glob as a regex that cannot backtrack badly: a globstar folder step becomes (?:[^/]*/)* (each round ends at a
// slash, so there is one way to match), repeated globstar steps collapse into one, and a single star never crosses a
// slash. A trailing globstar is .* (the old translation, .* for every globstar, was polynomial on long paths).
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      while (glob[i + 1] === '*') i++;
      if (glob[i + 1] === '/') {
        i++;
        while (glob.startsWith('**/', i + 1)) i += 3; // **/**/ is **/
        if (!re.endsWith('(?:[^/]*/)*')) re += '(?:[^/]*/)*';
      } else re += '.*';
    } else if (c === '*') { if (!re.endsWith('[^/]*')) re += '[^/]*'; }
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      // a class [ab] / [!ab] / [a-z]; without its closing bracket it is a literal [ (it used to make an invalid regex
      // and crash the CLI)
      const close = glob.indexOf(']', i + 2);
      if (close < 0) { re += '\\['; continue; }
      let body = glob.slice(i + 1, close);
      const negate = body[0] === '!' || body[0] === '^';
      if (negate) body = body.slice(1);
      re += `[${negate ? '^/' : ''}${body.replace(/[\\\]^[]/g, '\\$&')}]`;
      i = close;
    }
    else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Up to `want` bytes read from fd (none at its end). A small file's bytes go into a shared slab, each file's its own
 * part of it, never handed out twice (the bytes are kept for --fix): a typed array of its own per file was most of
 * the time the CLI spent reading a corpus of articles of a few KB. */
function readChunk(fd: number, want: number): Uint8Array {
  if (want > SLAB_PART_MAX) {
    const chunk = new Uint8Array(want);
    const n = readSync(fd, chunk, 0, want, null);
    return n === want ? chunk : chunk.subarray(0, n);
  }
  if (slab.length - slabUsed < want) { slab = new Uint8Array(SLAB_SIZE); slabUsed = 0; }
  const n = readSync(fd, slab, slabUsed, want, null);
  const chunk = slab.subarray(slabUsed, slabUsed + n);
  slabUsed += n;
  return chunk;
}
const SLAB_SIZE = 1 << 20, SLAB_PART_MAX = 1 << 16;
let slab = new Uint8Array(0), slabUsed = 0;

/** The largest file, in bytes, that can hold `maxChars` UTF-16 units: UTF-8 spends at most 3 bytes per unit (4 bytes
 * make an astral character, 2 units), so a bigger file is surely over the limit and is refused unread. */
export function maxBytesFor(maxChars: number): number {
  return maxChars * 3;
}

/** The message for a file above maxFileSize: the same whether it was caught by its size on disk or after decoding. */
export function tooLargeMessage(size: string, maxChars: number): string {
  return `${size}, above maxFileSize (${maxChars.toLocaleString('en-US')} characters); not linted (raise maxFileSize in ${'.arabic-news-lint.json'} to lint it)`;
}

/** Read a file as UTF-8 text, at most `maxChars` UTF-16 units. Binary files and invalid UTF-8 are reported, never linted
 * as garbage; anything but a regular file (a FIFO, /dev/zero) is refused before it is opened; a file above the limit is
 * refused from its size alone, and never more than the limit allows is read even if it grows meanwhile. The BOM is kept
 * in the text so that offsets match the file and a --fix writes it back. */
export function readText(path: string, maxChars: number): ReadResult {
  const maxBytes = maxBytesFor(maxChars);
  let buf: Uint8Array;
  let fd: number | undefined;
  try {
    const st = statSync(path);
    if (!st.isFile()) return { path, error: 'is not a regular file; not linted' };
    if (st.size > maxBytes) return { path, error: tooLargeMessage(`${(st.size / 1e6).toFixed(1)} MB`, maxChars), tooLarge: true };
    fd = openSync(path, 'r');
    // read until EOF, but never past the limit (+1 byte, to notice a file that grew over it)
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      // the first read asks for the size stat gave, and one byte more (to see a file that grew); a fixed 1 MB buffer
      // per file was zero-filled for every small article and was most of the time the CLI spent reading
      const want = Math.min(chunks.length === 0 ? st.size + 1 : 1 << 16, maxBytes + 1 - total);
      if (want === 0) break;
      const chunk = readChunk(fd, want);
      if (chunk.length === 0) break;
      chunks.push(chunk);
      total += chunk.length;
    }
    if (total > maxBytes) return { path, error: tooLargeMessage(`more than ${(maxBytes / 1e6).toFixed(1)} MB`, maxChars), tooLarge: true };
    if (chunks.length === 1) buf = chunks[0];
    else {
      buf = new Uint8Array(total);
      let at = 0;
      for (const c of chunks) { buf.set(c, at); at += c.length; }
    }
  } catch (e) {
    return { path, error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  } finally {
    if (fd !== undefined) try { closeSync(fd); } catch { /* already gone */ }
  }
  if (buf.subarray(0, 8000).indexOf(0) >= 0) return { path, error: 'looks like a binary file (it has NUL bytes); not linted' };
  let text: string;
  try {
    text = decoder.decode(buf);
  } catch {
    return { path, error: 'is not valid UTF-8; not linted (convert it to UTF-8 first)' };
  }
  if (text.length > maxChars) return { path, error: tooLargeMessage(`${text.length.toLocaleString('en-US')} characters`, maxChars), tooLarge: true };
  return { path, text, hasBom: text.charCodeAt(0) === 0xfeff, bytes: buf };
}
