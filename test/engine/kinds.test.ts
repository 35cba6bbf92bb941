// Every kind of finding a rule reports can be named in the `kinds` setting: lint the samples, every fixture text and
// the real corpus (as one workspace, so cross-file kinds occur) and check each finding's kind against RULE_KINDS.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultConfig, lint, type Finding } from '../../server/src/engine';
import { RULE_KINDS, type RuleId } from '../../server/src/engine/config';
import { createCliWorkspace } from '../../server/src/cli/workspace';
import { fixtures as boilerplateFixtures } from '../rules/boilerplate/fixtures';
import { CORPUS_DIR, corpusAvailable } from '../eval/corpus';

const ROOT = resolve(__dirname, '../../..');

function texts(): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  const txtFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter(f => f.endsWith('.txt')).map(f => join(dir, f)) : []);
  for (const f of txtFiles(join(ROOT, 'samples'))) out.push({ id: f, text: readFileSync(f, 'utf8') });
  for (const rule of readdirSync(join(ROOT, 'test/rules'))) for (const f of txtFiles(join(ROOT, 'test/rules', rule, 'fixtures'))) out.push({ id: f, text: readFileSync(f, 'utf8') });
  for (const fx of boilerplateFixtures) out.push({ id: fx.name, text: fx.text });
  if (corpusAvailable()) {
    for (const f of readdirSync(CORPUS_DIR).filter(f => f.endsWith('.jsonl'))) {
      for (const line of readFileSync(join(CORPUS_DIR, f), 'utf8').split('\n')) if (line.trim()) out.push({ id: f, text: JSON.parse(line).text });
    }
  }
  return out;
}

test('kinds: every finding of every rule has a kind listed in RULE_KINDS (samples, fixtures, corpus as a workspace)', () => {
  const docs = texts();
  const config = defaultConfig();
  const ws = createCliWorkspace(docs.map((d, i) => ({ uri: `doc:${i}`, text: d.text })), config);
  const seen = new Set<string>();
  docs.forEach((d, i) => {
    for (const f of lint(d.text, config, { workspace: ws, uri: `doc:${i}` }) as Finding[]) {
      assert.ok(f.kind !== undefined && RULE_KINDS[f.ruleId as RuleId]?.includes(f.kind), `${d.id}: ${f.ruleId}/${f.kind} is not in RULE_KINDS`);
      seen.add(`${f.ruleId}/${f.kind}`);
    }
  });
  // the check saw every rule at work (a run that found nothing would pass vacuously)
  for (const id of Object.keys(RULE_KINDS)) assert.ok([...seen].some(k => k.startsWith(`${id}/`)), `no finding of ${id}`);
  assert.ok(seen.size >= 12, `kinds seen: ${[...seen].join(', ')}`);
});
