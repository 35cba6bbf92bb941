#!/usr/bin/env node
// Turns labels located by quote into labels located by line/column, so that no corpus text is committed.
// Input: a labels file whose unattributed-claim items have "quote" (an exact substring of one line of the article).
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/corpus');
const jsonlCache = new Map();

export function loadSourceText(source, dir = corpusDir) {
  const hash = source.indexOf('#');
  if (source.endsWith('.txt')) return readFileSync(join(dir, source), 'utf8');
  const file = source.slice(0, hash);
  const docno = source.slice(hash + 1);
  if (!jsonlCache.has(file)) {
    const map = new Map();
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line);
      map.set(rec.docno, rec);
    }
    jsonlCache.set(file, map);
  }
  const rec = jsonlCache.get(file).get(docno);
  if (!rec) throw new Error(`no record ${docno} in ${file}`);
  return rec.text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  let errors = 0;
  for (const art of input.articles) {
    const lines = loadSourceText(art.source).split(/\r\n|\r|\n/);
    for (const item of art.claims ?? []) {
      if (item.quote === undefined) continue;
      const hits = [];
      lines.forEach((l, i) => { let p = l.indexOf(item.quote); while (p >= 0) { hits.push([i, p]); p = l.indexOf(item.quote, p + 1); } });
      if (hits.length !== 1) { console.error(`${art.source}: quote found ${hits.length} times: ${item.quote}`); errors++; continue; }
      const [i, p] = hits[0];
      item.line = i + 1; item.start = p; item.end = p + item.quote.length;
      delete item.quote;
    }
    for (const item of art.claims ?? []) {
      const ordered = { line: item.line, start: item.start, end: item.end, ...item };
      Object.assign(item, ordered);
    }
  }
  if (errors) { console.error(`${errors} quote(s) not located`); process.exit(1); }
  process.stdout.write(JSON.stringify(input, null, 1) + '\n');
}
