// Regression tests for engine defects found by the robustness suite, each named after its case.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { Finding, Rule, applyEdits, checkUserRegex, defaultConfig, lint, safeFixEdits, validateConfig } from '../../server/src/engine';

const rule = (id: string, run: Rule['run']): Rule => ({ id, description: { en: id, ar: id }, docs: '', defaultSeverity: 'warning', run });
const finding = (start: number, end: number, edits: { start: number; end: number; newText: string }[] = []) =>
  ({ start, end, message: { en: 'm', ar: 'm' }, fixes: edits.length ? [{ title: { en: 'fix', ar: 'fix' }, edits, safe: true }] : [] });

function lintWith(text: string, rules: Rule[]): { findings: Finding[]; errors: string[] } {
  const errors: string[] = [];
  const findings = lint(text, defaultConfig(), { onRuleError: (id, e) => errors.push(`${id}: ${(e as Error).message}`) }, { rules });
  return { findings, errors };
}

test('regression: a finding outside the text (or NaN, or reversed) is dropped and reported; the rule\'s good findings stay', () => {
  const r = lintWith('نص قصير', [rule('r', () => [finding(0, 2), finding(3, 99), finding(NaN, 1), finding(4, 2)])]);
  assert.deepEqual(r.findings.map(f => [f.start, f.end]), [[0, 2]]);
  assert.equal(r.errors.length, 3);
  assert.match(r.errors[0], /^r: finding dropped: offset 99 is outside the text/);
});

test('regression: a fix whose edit splits an emoji or a CRLF is dropped; its finding is still reported', () => {
  const text = 'أ😀ب\r\nج';
  const r = lintWith(text, [rule('r', () => [finding(0, 1, [{ start: 2, end: 3, newText: '' }]), finding(6, 7, [{ start: 5, end: 5, newText: 'x' }]), finding(0, 1, [{ start: 0, end: 1, newText: 'ا' }])])]);
  assert.equal(r.findings.length, 3);
  assert.deepEqual(r.findings.map(f => f.fixes.length).sort(), [0, 0, 1]);
  assert.ok(r.errors.some(e => /splits a surrogate pair/.test(e)) && r.errors.some(e => /splits a CRLF/.test(e)));
});

test('regression: a fix with two overlapping edits of its own is dropped', () => {
  const r = lintWith('abcdef', [rule('r', () => [finding(0, 4, [{ start: 0, end: 3, newText: 'x' }, { start: 2, end: 4, newText: 'y' }])])]);
  assert.equal(r.findings[0].fixes.length, 0);
  assert.match(r.errors[0], /two of its edits overlap/);
});

test('regression: a rule that returns something other than a list is isolated like a rule that throws', () => {
  const r = lintWith('نص', [rule('bad', () => undefined as never), rule('ok', () => [finding(0, 1)])]);
  assert.deepEqual(r.findings.map(f => f.ruleId), ['ok']);
  assert.match(r.errors[0], /^bad: rule bad returned undefined/);
});

test('regression: an onRuleError handler that throws does not stop the other rules', () => {
  const out = lint('نص', defaultConfig(), { onRuleError: () => { throw new Error('logger down'); } },
    { rules: [rule('boom', () => { throw new Error('x'); }), rule('ok', () => [finding(0, 1)])] });
  assert.deepEqual(out.map(f => f.ruleId), ['ok']);
});

test('regression: safe fixes are taken whole: a two-edit fix that overlaps another fix waits, never half-applied', () => {
  // "move": delete a word here, insert it there; another fix touches the insertion point's neighbour
  const text = 'واحد اثنان ثلاثة';
  const findings = lintWith(text, [
    rule('a', () => [finding(5, 10, [{ start: 0, end: 2, newText: 'وا' }])]),
    rule('move', () => [finding(0, 4, [{ start: 0, end: 5, newText: '' }, { start: 16, end: 16, newText: ' واحد' }])]),
  ]).findings;
  const edits = safeFixEdits(findings);
  const res = applyEdits(text, edits);
  // before: the deletion was skipped (it overlaps a's edit) but the insertion applied: «واحد اثنان ثلاثة واحد»
  assert.equal(res.text.split('واحد').length - 1, 1, `half-applied: ${res.text}`);
  assert.equal(res.text, 'اثنان ثلاثة واحد', 'the move (first in document order) is taken whole; a waits for the next pass');
  // identical edits from two findings still count once
  assert.equal(safeFixEdits([...findings, ...findings]).length, edits.length);
});

test('regression: a house-style loop hidden behind a diacritic or tatweel (ترامب → ترمب, تُرْمب → ترامـب) is rejected', () => {
  const r = validateConfig({ names: { 'ترامب': ['ترمب'], 'تُرْمب': ['ترامـب'] } }, 'f.json');
  assert.deepEqual(r.problems.map(p => p.key).sort(), ['names.ترامب', 'names.تُرْمب']);
});

test('regression: user regexes with a named back-reference or a repeated alternation are rejected; length is checked first', () => {
  assert.match(checkUserRegex('(?<w>\\p{L}+) \\k<w>')!, /back-references/);
  assert.match(checkUserRegex('(a|aa)+b')!, /repeated alternation/);
  assert.match(checkUserRegex('(' + 'a+'.repeat(500_000) + ')')!, /longer than 500/);
  assert.equal(checkUserRegex('(?:اقرأ|شاهد) أيضا'), undefined);
});
