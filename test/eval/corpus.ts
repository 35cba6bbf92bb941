// Reading labelled articles from ../shared/data/corpus by their source id (see test/eval/README.md).
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** ../shared/data/corpus from the repo root (the same path in CI). */
export const CORPUS_DIR = resolve(__dirname, '../../../../shared/data/corpus');
const REPO_ROOT = resolve(__dirname, '../../..');

const jsonl = new Map<string, Map<string, { text: string; title?: string; outlet?: string }>>();

export function corpusAvailable(): boolean { return existsSync(CORPUS_DIR); }

export function loadSourceText(source: string): string {
  if (source.startsWith('composed:')) throw new Error('composed sources are built by their generator');
  if (source.endsWith('.txt')) return readFileSync(join(CORPUS_DIR, source), 'utf8');
  const hash = source.indexOf('#');
  const file = source.slice(0, hash), docno = source.slice(hash + 1);
  return loadJsonl(file).get(docno)?.text ?? fail(`no record ${docno} in ${file}`);
}

export function loadJsonl(file: string): Map<string, { text: string; title?: string; outlet?: string; docno?: string }> {
  let m = jsonl.get(file);
  if (!m) {
    m = new Map();
    for (const line of readFileSync(join(CORPUS_DIR, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line);
      m.set(rec.docno, rec);
    }
    jsonl.set(file, m);
  }
  return m;
}

function fail(msg: string): never { throw new Error(msg); }

export interface LabelFile<A> { check: string; labeler?: string; articles: A[]; composed?: boolean }

export function loadLabels<A>(name: string): LabelFile<A> | undefined {
  const p = join(REPO_ROOT, 'test/eval/labels', name);
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : undefined;
}
