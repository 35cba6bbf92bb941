// A server indexes files in the order it walks them and re-adds each file it is told changed, so the same workspace
// can be indexed in any order: the findings (messages, targets, related files and fixes) must not depend on it.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig, lint } from '../../../server/src/engine';
import { createCliWorkspace } from '../../../server/src/cli/workspace';
import { CORPUS_DIR } from '../../eval/corpus';

test('transliteration: the corpus indexed forwards and backwards gives the same findings in every file', { skip: !existsSync(CORPUS_DIR) }, () => {
  const docs: { uri: string; text: string }[] = [];
  for (const f of readdirSync(CORPUS_DIR).filter(f => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(CORPUS_DIR, f), 'utf8').split('\n')) if (line.trim()) docs.push({ uri: `${f}#${docs.length}`, text: JSON.parse(line).text });
  }
  const config = defaultConfig();
  const findings = (order: typeof docs) => {
    const ws = createCliWorkspace(order, config);
    return docs.map(d => JSON.stringify(lint(d.text, config, { workspace: ws, uri: d.uri }).filter(f => f.ruleId === 'transliteration')));
  };
  const forwards = findings(docs), backwards = findings([...docs].reverse());
  const differ = docs.filter((_, i) => forwards[i] !== backwards[i]).map(d => d.uri);
  assert.deepEqual(differ, []);
  assert.ok(forwards.filter(f => f.includes('"workspace"')).length >= 20, 'the corpus gives cross-file findings to compare');
});
