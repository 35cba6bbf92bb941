// Shared fixture harness for rule tests: <name>.txt is the input, <name>.expected.json lists the findings of the rule
// under test (1-based line, kind, flagged text) and <name>.fixed.txt is the text after applying every safe fix.
// Re-linting the fixed text must be clean for that rule.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Article, Config, WorkspaceView, defaultConfig, lint, mergeConfig, DeepPartial } from '../../server/src/engine';
import { fixUntilStable } from '../../server/src/cli/main';

export interface ExpectedFinding { line: number; kind?: string; text?: string }
export interface FixtureExpectation { config?: DeepPartial<Config>; findings: ExpectedFinding[] }

/** Fixture sources live beside the compiled tests' sources: resolve from out/test/... back to test/... */
export function fixtureDir(compiledDir: string): string {
  return compiledDir.replace(/([\\/])out([\\/])test([\\/])/, '$1test$3') + '/fixtures';
}

export function listFixtures(dir: string): string[] {
  return readdirSync(dir).filter(f => f.endsWith('.txt') && !f.endsWith('.fixed.txt')).map(f => f.slice(0, -4)).sort();
}

export function checkFixture(dir: string, name: string, ruleId: string, workspace?: WorkspaceView): void {
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  const expected: FixtureExpectation = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'));
  const config = mergeConfig(defaultConfig(), expected.config ?? {});
  const article = new Article(text);
  const got = lint(article, config, { workspace }).filter(f => f.ruleId === ruleId)
    .map(f => ({ line: article.positionAt(f.start).line + 1, kind: f.kind, text: article.slice(f.start, f.end) }));
  const want = expected.findings.map(e => ({ line: e.line, kind: e.kind ?? got.find(g => g.line === e.line)?.kind, text: e.text ?? got.find(g => g.line === e.line)?.text }));
  assert.deepEqual(got, want, `${name}: findings`);
  const fixedPath = join(dir, `${name}.fixed.txt`);
  if (existsSync(fixedPath)) {
    const fixed = fixUntilStable(text, t => lint(t, config, { workspace }).filter(f => f.ruleId === ruleId)).text;
    assert.equal(fixed, readFileSync(fixedPath, 'utf8'), `${name}: text after fixes`);
    assert.deepEqual(lint(fixed, config, { workspace }).filter(f => f.ruleId === ruleId).map(f => f.message.en), [], `${name}: re-lint after fixes is clean`);
  }
}
