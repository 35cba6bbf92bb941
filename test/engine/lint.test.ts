import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { Article, Rule, applyEdits, defaultConfig, lint, fingerprintOf } from '../../server/src/engine';
import { hash32 } from '../../server/src/engine/fingerprint';
import { matchKey } from '../../server/src/arabic/normalize';

const say = (id: string, at: [number, number], extra: Partial<Rule> = {}): Rule => ({
  id, description: { en: id, ar: id }, docs: '', defaultSeverity: 'warning',
  run: () => [{ start: at[0], end: at[1], message: { en: id, ar: id }, fixes: [] }], ...extra,
});

test('lint: a rule that throws is isolated; the others still report and the error is passed on', () => {
  const errors: string[] = [];
  const boom: Rule = { ...say('boom', [0, 1]), run: () => { throw new Error('x'); } };
  const out = lint('نص', defaultConfig(), { onRuleError: id => errors.push(id) }, { rules: [boom, say('ok', [0, 2])] });
  assert.deepEqual(out.map(f => f.ruleId), ['ok']);
  assert.deepEqual(errors, ['boom']);
});

test('lint: findings of other rules inside a boilerplate block are hints that say why, unless reportInside', () => {
  const rules = [say('boilerplate', [0, 10]), say('inner', [2, 4]), say('outer', [12, 14])];
  const got = lint('0123456789 abcdef', defaultConfig(), {}, { rules });
  assert.deepEqual(got.map(f => `${f.ruleId}:${f.severity}`), ['boilerplate:warning', 'inner:hint', 'outer:warning']);
  assert.match(got[1].explanation!.en, /inside a block that looks like boilerplate/);
  assert.match(got[1].explanation!.ar, /كتلة تبدو حشوًا/);
  assert.equal(got[2].explanation, undefined);
  const cfg = defaultConfig(); cfg.boilerplate.reportInside = true;
  assert.deepEqual(lint('0123456789 abcdef', cfg, {}, { rules }).map(f => `${f.ruleId}:${f.severity}`), ['boilerplate:warning', 'inner:warning', 'outer:warning']);
});

test('lint: an ignored fingerprint survives edits elsewhere in the file', () => {
  const rule: Rule = { ...say('r', [0, 0]), run: a => { const i = a.text.indexOf('هدف'); return [{ start: i, end: i + 3, message: { en: 'm', ar: 'm' }, fixes: [] }]; } };
  const cfg = defaultConfig();
  const [f] = lint('نص هدف', cfg, {}, { rules: [rule] });
  assert.equal(f.fingerprint, fingerprintOf('r', undefined, 'هدف'));
  cfg.ignore.push({ rule: 'r', fingerprint: f.fingerprint });
  assert.equal(lint('سطر جديد قبله\nنص هدف', cfg, {}, { rules: [rule] }).length, 0);
});

test('lint: rules run after the rules they name; off rules do not run', () => {
  const seen: string[] = [];
  const a: Rule = { ...say('a', [0, 1]), after: ['b'], run: (_art, _c, ctx) => { seen.push(`a saw ${ctx.findingsSoFar!.length}`); return []; } };
  const b: Rule = { ...say('b', [0, 1]), run: () => { seen.push('b'); return [{ start: 0, end: 1, message: { en: '', ar: '' }, fixes: [] }]; } };
  lint('x', defaultConfig(), {}, { rules: [a, b] });
  assert.deepEqual(seen, ['b', 'a saw 1']);
  const cfg = defaultConfig(); cfg.rules.b = 'off';
  seen.length = 0; lint('x', cfg, {}, { rules: [a, b] });
  assert.deepEqual(seen, ['a saw 0']);
});

test('applyEdits: overlapping edits are skipped, never garbled; offsets are UTF-16', () => {
  const r = applyEdits('😀أب', [{ start: 2, end: 3, newText: 'إ' }, { start: 2, end: 4, newText: 'zz' }]);
  assert.equal(r.text, '😀إب');
  assert.equal(r.skipped.length, 1);
});

test('Article: positions round-trip through CRLF and astral characters', () => {
  const a = new Article('😀 سطر\r\nثان');
  assert.deepEqual(a.positionAt(7), { line: 0, character: 7 });
  assert.deepEqual(a.positionAt(8), { line: 1, character: 0 });
  assert.equal(a.offsetAt({ line: 1, character: 2 }), 10);
  assert.equal(a.lineIndexAt(6), 0);
});

test('lint: the findings made hints inside boilerplate blocks are those a check against every block finds (blocks out of order, nested, touching)', () => {
  const text = 'x'.repeat(120);
  const blocks: [number, number][] = [[60, 80], [0, 10], [5, 30], [30, 40], [90, 91]];
  const boilerplate: Rule = { ...say('boilerplate', [0, 0]), run: () => blocks.map(([start, end]) => ({ start, end, message: { en: 'b', ar: 'b' }, fixes: [] })) };
  const inner: [number, number][] = [];
  for (let a = 0; a < 100; a += 3) for (const len of [0, 1, 4, 12]) inner.push([a, Math.min(a + len, 120)]);
  const others = inner.map(([a, b], i) => say(`r${i}`, [a, b]));
  const severity = new Map(lint(text, defaultConfig(), {}, { rules: [boilerplate, ...others] }).map(f => [f.ruleId, f.severity]));
  inner.forEach(([a, b], i) => {
    const isInside = blocks.some(([s, e]) => a >= s && b <= e);
    assert.equal(severity.get(`r${i}`), isInside ? 'hint' : 'warning', `[${a}, ${b})`);
  });
});

test('fingerprints: the one-pass hash equals its definition (match key, whitespace runs as one space, trimmed)', () => {
  const definition = (rule: string, kind: string | undefined, text: string) => `${rule}:${kind ?? ''}:${hash32(matchKey(text).replace(/\s+/g, ' ').trim())}`;
  const pool = [...'اأإآىةهيکیگ ـ\u064e\u0651abcXYZ09٣.,،«»\t\n\r\u000b\u000c\u00a0\u1680\u2000\u2005\u200a\u200b\u200c\u2028\u2029\u202f\u205f\u3000\ufeff\u180e\u0085ﻻ'];
  let seed = 11;
  const rand = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
  for (let t = 0; t < 20000; t++) {
    let s = '';
    const n = Math.floor(rand() * 14);
    for (let k = 0; k < n; k++) s += pool[Math.floor(rand() * pool.length)];
    assert.equal(fingerprintOf('r', t % 2 ? 'k' : undefined, s), definition('r', t % 2 ? 'k' : undefined, s), JSON.stringify(s));
  }
  for (let c = 0; c < 0x10000; c++) {
    const s = ` a${String.fromCharCode(c)}${String.fromCharCode(c)}b `;
    assert.equal(fingerprintOf('r', 'k', s), definition('r', 'k', s), `U+${c.toString(16)}`);
  }
});

test('lint: the severity set for a kind wins over the rule setting and the kind default; a kind set off is not reported; a rule off stays off', () => {
  const text = 'قالت مصادر مطلعة إن الحكومة ستستقيل الأسبوع المقبل.\n\nويعتقد أن الانفجار نجم عن خلل فني في المحطة.';
  const sev = (c: Partial<ReturnType<typeof defaultConfig>>) => lint(text, { ...defaultConfig(), ...c }).filter(f => f.ruleId === 'unattributed-claim').map(f => `${f.kind}:${f.severity}`);
  // defaults: vague sources are information, claims with no source warnings
  assert.deepEqual(sev({}), ['vague-source:info', 'no-source:warning']);
  // the rule at its default severity cannot say "vague sources too" (VS Code sends every default); the kind can
  assert.deepEqual(sev({ kinds: { 'unattributed-claim/vague-source': 'warning' } }), ['vague-source:warning', 'no-source:warning']);
  // a rule severity other than its default applies to every kind the kinds setting leaves alone
  assert.deepEqual(sev({ rules: { ...defaultConfig().rules, 'unattributed-claim': 'error' }, kinds: { 'unattributed-claim/no-source': 'hint' } }), ['vague-source:error', 'no-source:hint']);
  assert.deepEqual(sev({ kinds: { 'unattributed-claim/no-source': 'off' } }), ['vague-source:info']);
  assert.deepEqual(sev({ rules: { ...defaultConfig().rules, 'unattributed-claim': 'off' }, kinds: { 'unattributed-claim/vague-source': 'error' } }), []);
});
