import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Article, Config, applyEdits, defaultConfig, lint, mergeConfig, safeFixEdits } from '../../../server/src/engine';
import { fixtures } from './fixtures';

function configWith(bp?: Record<string, unknown>): Config {
  return mergeConfig(defaultConfig(), bp ? { boilerplate: bp as Config['boilerplate'] } : {});
}

function flaggedLines(text: string, config: Config): number[] {
  const article = new Article(text);
  const out = new Set<number>();
  for (const f of lint(article, config).filter(x => x.ruleId === 'boilerplate')) {
    for (const l of article.lines) if (!l.blank && f.start < Math.max(l.end, l.start + 1) && f.end > l.start) out.add(l.index + 1);
  }
  return [...out].sort((a, b) => a - b);
}

function fixAll(text: string, config: Config): string {
  const findings = lint(text, config).filter(f => f.ruleId === 'boilerplate');
  return applyEdits(text, safeFixEdits(findings)).text;
}

for (const fx of fixtures) {
  test(`boilerplate: ${fx.name}`, () => {
    const config = configWith(fx.config);
    assert.deepEqual(flaggedLines(fx.text, config), fx.flagged, 'flagged lines');
    const fixed = fixAll(fx.text, config);
    assert.equal(fixed, fx.after, 'text after all fixes');
    assert.deepEqual(flaggedLines(fixed, config), [], 're-lint after fixes is clean');
  });
}

test('boilerplate: one finding per block, with kind, line count, and the three fixes', () => {
  const text = ['نص الخبر الأول هنا وهو طويل بما يكفي ليكون فقرة من فقرات الخبر الحقيقية.', 'اقرأ أيضاً:', 'افتتاح معرض الكتاب في العاصمة بمشاركة واسعة', 'فوز المنتخب الوطني في مباراته الودية أمس', 'وتابع الوزير حديثه بفقرة ثانية طويلة بما يكفي لتكون جزءا من النص الأصلي.'].join('\n');
  const fs = lint(text).filter(f => f.ruleId === 'boilerplate');
  assert.equal(fs.length, 1);
  const f = fs[0];
  assert.equal(f.kind, 'read-also');
  assert.match(f.message.en, /3 lines/);
  assert.match(f.message.ar, /3 أسطر/);
  const remove = f.fixes.find(x => x.preferred)!;
  assert.equal(remove.safe, true);
  assert.ok(f.fixes.some(x => x.scope === 'document'));
  const not = f.fixes.find(x => x.configEdit)!;
  assert.deepEqual(not.configEdit, { path: ['boilerplate', 'exceptions'], op: 'append', value: 'اقرأ أيضاً:' });
  assert.match(f.explanation!.en, /marker/);
});

test('boilerplate: a user pattern flags whole lines', () => {
  const text = ['نص الخبر الأول هنا وهو طويل بما يكفي ليكون فقرة من فقرات الخبر الحقيقية.', 'رقم الخبر: 12345', 'وتابع الخبر بفقرة ثانية طويلة بما يكفي لتكون جزءا من نص الخبر الأصلي.'].join('\n');
  assert.deepEqual(flaggedLines(text, configWith({ patterns: ['^رقم الخبر: \\d+$'] })), [2]);
  assert.deepEqual(flaggedLines(text, configWith()), []);
});

test('boilerplate: findings of other rules inside a block are hints unless reportInside', () => {
  // a Persian keheh inside a teaser headline: orthography reports it, as a hint while the block is boilerplate
  const text = ['نص الخبر الأول هنا وهو طويل بما يكفي ليكون فقرة من فقرات الخبر الحقيقية.', 'اقرأ أيضاً:', 'افتتاح معرض کتاب جديد في العاصمة', 'وتابع الخبر بفقرة ثانية طويلة بما يكفي لتكون جزءا من نص الخبر الأصلي.'].join('\n');
  const inside = (c: Config) => lint(text, c).filter(f => f.ruleId !== 'boilerplate' && f.start > text.indexOf('اقرأ') && f.end < text.indexOf('وتابع')).map(f => f.severity);
  assert.ok(inside(configWith()).length >= 1);
  assert.ok(inside(configWith()).every(s => s === 'hint'));
  assert.ok(inside(configWith({ reportInside: true })).every(s => s !== 'hint'));
});

// Real articles: removing all blocks and linting again finds no boilerplate, and every line that was not flagged
// is still there, byte for byte, in order.
const CORPUS = resolve(__dirname, '../../../../../shared/data/corpus');
const LABELS = resolve(__dirname, '../../../../test/eval/labels');
test('boilerplate: removing all blocks of every labelled real article is stable and keeps the article', { skip: !existsSync(CORPUS) }, () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { loadSourceText } = require('../../eval/corpus') as { loadSourceText(s: string): string };
  let checked = 0;
  for (const file of ['boilerplate.scraped.json', 'boilerplate.corpus.json']) {
    const p = join(LABELS, file);
    if (!existsSync(p)) continue;
    for (const a of JSON.parse(readFileSync(p, 'utf8')).articles as { source: string }[]) {
      const text = loadSourceText(a.source);
      const config = defaultConfig();
      const article = new Article(text);
      const findings = lint(article, config).filter(f => f.ruleId === 'boilerplate');
      const kept: string[] = [];
      for (const l of article.lines) {
        if (l.blank) continue;
        if (!findings.some(f => f.start < Math.max(l.end, l.start + 1) && f.end > l.start)) kept.push(text.slice(l.start, l.end));
      }
      const fixed = applyEdits(text, safeFixEdits(findings)).text;
      const again = new Article(fixed);
      assert.deepEqual(lint(again, config).filter(f => f.ruleId === 'boilerplate').map(f => again.slice(f.start, f.end).slice(0, 60)), [], `${a.source}: re-lint`);
      const after = again.lines.filter(l => !l.blank).map(l => fixed.slice(l.start, l.end));
      assert.deepEqual(after, kept, `${a.source}: kept lines`);
      checked++;
    }
  }
  assert.ok(checked >= 80);
});
