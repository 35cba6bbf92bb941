// The bench's texts: the real corpus in ../shared/data/corpus (relative to the repo root, as in CI), and larger
// texts and workspaces built from it by repeating and varying its articles.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WorkspaceIndex } from '../server/src/workspace';
import { utf8Bytes } from './stats';
import { rng } from '../test/support/rng';
export { rng };

/** Repo root from out/bench/*.js. */
export const REPO_ROOT = resolve(__dirname, '../..');
export const CORPUS_DIR = resolve(REPO_ROOT, '../shared/data/corpus');

export interface CorpusArticle {
  /** Where it came from: file#docno for JSONL records, the relative path for scraped files. */
  id: string;
  text: string;
  /** UTF-8 size. */
  bytes: number;
}

const JSONL_FILES = ['ant-dev.jsonl', 'saudinewsnet-dev.jsonl'];

/** Every article of the corpus: the two JSONL dev sets (headline line, blank line, body) and scraped/**.txt. */
export function loadCorpus(dir = CORPUS_DIR): CorpusArticle[] {
  if (!existsSync(dir)) throw new Error(`corpus not found at ${dir} (expected ../shared/data/corpus beside the repo)`);
  const out: CorpusArticle[] = [];
  for (const f of JSONL_FILES) {
    const p = join(dir, f);
    if (!existsSync(p)) continue;
    for (const line of readFileSync(p, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line) as { docno: string; title?: string; text?: string };
      if (!rec.text?.trim()) continue;
      const text = rec.title ? `${rec.title}\n\n${rec.text}` : rec.text;
      out.push({ id: `${f}#${rec.docno}`, text, bytes: utf8Bytes(text) });
    }
  }
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`);
      else if (e.name.endsWith('.txt')) {
        const text = readFileSync(join(d, e.name), 'utf8');
        if (text.trim()) out.push({ id: `${rel}${e.name}`, text, bytes: utf8Bytes(text) });
      }
    }
  };
  const scraped = join(dir, 'scraped');
  if (existsSync(scraped)) walk(scraped, 'scraped/');
  return out;
}

/** Articles of a typical size (2–10 KB as UTF-8). */
export function typicalArticles(articles: CorpusArticle[]): CorpusArticle[] {
  return articles.filter(a => a.bytes >= 2 * 1024 && a.bytes <= 10 * 1024);
}


/** Copy `k` of an article, varied so that its prose lines differ from every other copy's (two adjacent words
 * swapped per line, numbers shifted) while short lines (headings, "read also", footers) stay as they are: as in a
 * real archive, boilerplate recurs across files and prose does not. Copy 0 is the article itself. */
export function variedCopy(text: string, k: number): string {
  if (k === 0) return text;
  const rand = rng(k * 7919 + text.length);
  return text.split('\n').map(line => {
    const words = line.split(' ');
    if (words.length < 6) return line;
    const i = 1 + Math.floor(rand() * (words.length - 3));
    [words[i], words[i + 1]] = [words[i + 1], words[i]];
    return words.join(' ').replace(/[0-9]/g, d => String((Number(d) + k) % 10));
  }).join('\n');
}

/** One text of at least `targetBytes` UTF-8 made of whole corpus articles separated by blank lines, varied after
 * the first pass through the corpus so that the text does not repeat itself verbatim. */
export function buildBigText(articles: CorpusArticle[], targetBytes: number): string {
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const a = articles[i % articles.length];
    const t = variedCopy(a.text, Math.floor(i / articles.length));
    parts.push(t);
    bytes += a.bytes + 2;
  }
  return parts.join('\n\n');
}

/** About `targetBytes` of whole articles (within 5% where the articles allow): the greedy pick skips an article that
 * would overshoot and stops once the text is close enough. */
export function textOfAbout(articles: CorpusArticle[], targetBytes: number): string {
  const parts: string[] = [];
  let bytes = 0;
  for (const a of articles) {
    if (bytes >= targetBytes * 0.95) break;
    if (bytes + a.bytes + 2 > targetBytes * 1.05) continue;
    parts.push(a.text);
    bytes += a.bytes + 2;
  }
  return parts.join('\n\n');
}

/** Write each article to its own .txt file under `dir` (the CLI's input); returns the paths and total bytes. */
export function writeArticles(dir: string, articles: { id: string; text: string }[]): { files: string[]; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  articles.forEach((a, i) => {
    const sub = join(dir, String(Math.floor(i / 500)).padStart(3, '0'));
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    const p = join(sub, `${String(i).padStart(5, '0')}-${a.id.replace(/[^A-Za-z0-9_-]+/g, '_').slice(-60)}.txt`);
    writeFileSync(p, a.text);
    files.push(p);
    bytes += utf8Bytes(a.text);
  });
  return { files, bytes };
}

/** `n` articles made by repeating and varying the corpus. */
export function workspaceArticles(articles: CorpusArticle[], n: number): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  for (let i = 0; i < n; i++) {
    const a = articles[i % articles.length];
    out.push({ id: `${a.id}~${Math.floor(i / articles.length)}`, text: variedCopy(a.text, Math.floor(i / articles.length)) });
  }
  return out;
}

/** The cross-file view the engine sections lint with: every article of the corpus indexed. */
export function corpusIndex(articles: CorpusArticle[]): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const a of articles) index.setText(a.id, a.text);
  return index;
}
