// A small JSON reader that remembers where every value sits, and minimal edits built on it. The config file is
// the user's: a quick fix that adds an ignore entry must change only the lines it adds, keep the user's layout,
// and point config problems at the key they are about. (JSON only, no comments: the engine reads it with JSON.parse.)

export type JsonNode =
  | { type: 'object'; start: number; end: number; props: JsonProp[] }
  | { type: 'array'; start: number; end: number; items: JsonNode[] }
  | { type: 'string' | 'number' | 'boolean' | 'null'; start: number; end: number; value: unknown };

export interface JsonProp { key: string; keyStart: number; keyEnd: number; value: JsonNode }

export class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number) { super(message); }
}

/** Parse `text` into a node tree with offsets; throws JsonSyntaxError with the offset of the first problem. */
export function parseJsonTree(text: string): JsonNode {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (msg: string): never => { throw new JsonSyntaxError(msg, Math.min(i, text.length)); };
  const ws = () => { while (i < text.length && ' \t\r\n'.includes(text[i])) i++; };
  const str = (): { value: string; start: number; end: number } => {
    const start = i;
    if (text[i] !== '"') fail('expected a string');
    const close = /"/g;
    let j = i + 1;
    for (;;) {
      close.lastIndex = j;
      const m = close.exec(text);
      if (!m) { i = text.length; fail('unterminated string'); }
      let bs = 0; for (let k = m!.index - 1; text[k] === '\\'; k--) bs++;
      j = m!.index + 1;
      if (bs % 2 === 0) break;
    }
    i = j;
    try { return { value: JSON.parse(text.slice(start, j)), start, end: j }; } catch { i = start; return fail('invalid string'); }
  };
  const value = (): JsonNode => {
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++; const props: JsonProp[] = []; ws();
      if (text[i] === '}') { i++; return { type: 'object', start, end: i, props }; }
      for (;;) {
        ws(); const k = str(); ws();
        if (text[i] !== ':') fail("expected ':'");
        i++;
        props.push({ key: k.value, keyStart: k.start, keyEnd: k.end, value: value() });
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return { type: 'object', start, end: i, props }; }
        fail("expected ',' or '}'");
      }
    }
    if (c === '[') {
      i++; const items: JsonNode[] = []; ws();
      if (text[i] === ']') { i++; return { type: 'array', start, end: i, items }; }
      for (;;) {
        items.push(value()); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return { type: 'array', start, end: i, items }; }
        fail("expected ',' or ']'");
      }
    }
    if (c === '"') { const s = str(); return { type: 'string', start, end: s.end, value: s.value }; }
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
    if (!m) return fail('expected a value');
    i += m[0].length;
    const v = JSON.parse(m[0]);
    return { type: v === null ? 'null' : typeof v === 'boolean' ? 'boolean' : 'number', start, end: i, value: v };
  };
  const root = value();
  ws();
  if (i < text.length) fail('unexpected text after the JSON value');
  return root;
}

/** Split a config problem key ("rules.boilerplate", "ignore[2]", "boilerplate.patterns[0]") into path segments. */
export function keyPath(key: string): (string | number)[] {
  if (key.startsWith('(')) return [];
  const out: (string | number)[] = [];
  for (const part of key.split('.')) {
    const m = /^(.*?)((?:\[\d+\])*)$/.exec(part)!;
    if (m[1]) out.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
  }
  return out;
}

/** The range a problem at `path` should underline: the deepest property key (or array item) found on the path. */
export function locatePath(root: JsonNode, path: (string | number)[]): { start: number; end: number } {
  let node = root;
  let range = { start: root.start, end: Math.min(root.end, root.start + 1) };
  for (const seg of path) {
    if (node.type === 'object' && typeof seg === 'string') {
      const p = findLast(node.props, x => x.key === seg);
      if (!p) break;
      range = { start: p.keyStart, end: p.keyEnd };
      node = p.value;
    } else if (node.type === 'array' && typeof seg === 'number' && seg < node.items.length) {
      node = node.items[seg];
      range = { start: node.start, end: node.end };
    } else break;
  }
  return range;
}

function findLast<T>(xs: T[], pred: (x: T) => boolean): T | undefined {
  for (let k = xs.length - 1; k >= 0; k--) if (pred(xs[k])) return xs[k];
  return undefined;
}

export interface OffsetEdit { start: number; end: number; newText: string }

/**
 * The smallest edit that makes `text` hold `value` at `path` ('set'), or appends `value` to the array at `path`
 * ('append', skipped when an equal value is already there). Missing objects on the way are created; the file's
 * indentation and line endings are kept. Returns null when nothing needs to change, undefined when the file is
 * not valid JSON (the caller must not guess).
 */
export function jsonEdit(text: string, path: string[], op: 'set' | 'append', value: unknown): OffsetEdit | null | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = detectIndentUnit(text);
  if (!text.trim()) {
    const whole = buildAt(path, op === 'append' ? [value] : value);
    return { start: 0, end: text.length, newText: formatJson(whole, unit, '', eol) + eol };
  }
  let root: JsonNode;
  try { root = parseJsonTree(text); } catch { return undefined; }
  let node: JsonNode = root;
  let depth = 0;
  for (; depth < path.length; depth++) {
    if (node.type !== 'object') return undefined;
    const p = findLast(node.props, x => x.key === path[depth]);
    if (!p) break;
    node = p.value;
  }
  const indent = lineIndent(text, node.start);
  if (depth === path.length) {
    if (op === 'set') return { start: node.start, end: node.end, newText: formatJson(value, unit, indent, eol) };
    if (node.type !== 'array') return { start: node.start, end: node.end, newText: formatJson([value], unit, indent, eol) };
    if (node.items.some(it => sameJson(nodeValue(text, it), value))) return null;
    if (!node.items.length) {
      return { start: node.start, end: node.end, newText: `[${eol}${indent}${unit}${formatJson(value, unit, indent + unit, eol)}${eol}${indent}]` };
    }
    const last = node.items[node.items.length - 1];
    const itemIndent = lineIndent(text, last.start);
    const sameLine = !text.slice(node.start, last.start).includes('\n');
    const sep = sameLine ? ', ' : `,${eol}${itemIndent}`;
    return { start: last.end, end: last.end, newText: sep + formatJson(value, unit, sameLine ? indent : itemIndent, eol) };
  }
  if (node.type !== 'object') return undefined;
  const rest = path.slice(depth);
  const inner = buildAt(rest.slice(1), op === 'append' ? [value] : value);
  if (!node.props.length) {
    const propText = `${JSON.stringify(rest[0])}: ${formatJson(inner, unit, indent + unit, eol)}`;
    return { start: node.start, end: node.end, newText: `{${eol}${indent}${unit}${propText}${eol}${indent}}` };
  }
  const last = node.props[node.props.length - 1];
  const propIndent = lineIndent(text, last.keyStart);
  const propText = `${JSON.stringify(rest[0])}: ${formatJson(inner, unit, propIndent, eol)}`;
  return { start: last.value.end, end: last.value.end, newText: `,${eol}${propIndent}${propText}` };
}

function buildAt(path: string[], leaf: unknown): unknown {
  return path.reduceRight<unknown>((acc, k) => ({ [k]: acc }), leaf);
}

function nodeValue(text: string, n: JsonNode): unknown {
  return JSON.parse(text.slice(n.start, n.end));
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sortKeys(x)]));
  return v;
}

/** The whitespace at the start of the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const ls = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(ls, offset))![0];
}

function detectIndentUnit(text: string): string {
  const m = /\n([ \t]+)\S/.exec(text);
  return m ? m[1] : '  ';
}

/** JSON like JSON.stringify(v, null, unit), but objects and arrays of scalars that fit stay on one line, as people
 * write ignore entries and name lists by hand. Continuation lines are indented from `indent`. */
export function formatJson(v: unknown, unit: string, indent: string, eol: string): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  const entries: [string | null, unknown][] = Array.isArray(v) ? v.map(x => [null, x]) : Object.entries(v).filter(([, x]) => x !== undefined);
  const open = Array.isArray(v) ? '[' : '{', close = Array.isArray(v) ? ']' : '}';
  if (!entries.length) return open + close;
  const flat = entries.every(([, x]) => x === null || typeof x !== 'object');
  const item = ([k, x]: [string | null, unknown], ind: string) => (k === null ? '' : JSON.stringify(k) + ': ') + formatJson(x, unit, ind, eol);
  if (flat) {
    const one = Array.isArray(v) ? `[${entries.map(e => item(e, indent)).join(', ')}]` : `{ ${entries.map(e => item(e, indent)).join(', ')} }`;
    if (one.length + indent.length <= 120) return one;
  }
  const inner = indent + unit;
  return `${open}${eol}${entries.map(e => inner + item(e, inner)).join(',' + eol)}${eol}${indent}${close}`;
}
