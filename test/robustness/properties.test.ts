// Property tests: hostile variants of real corpus lines must never crash the engine, every range must be a valid cut
// of the text, and every fix — alone or in the --fix loop — must change only what it names. Runs over `allRules`, so
// each rule is covered as it lands. Bounded (numRuns) and seeded: see helpers.seed() to replay a failure.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  Article, Finding, LintContext, Rule, WorkspaceView, allRules, applyEdits, lint, safeFixEdits,
} from '../../server/src/engine';
import { clean, foldLetters } from '../../server/src/arabic/normalize';
import { fixUntilStable } from '../../server/src/cli/main';
import { createCliWorkspace } from '../../server/src/cli/workspace';
import {
  CONFIG_PRESETS, GeneratedDoc, NO_CORPUS, articles, badRange, check, corpusLines, countLoneSurrogates, docArb, everyRuleOn, ownEdits,
  rangeProblems, show, splice,
} from './helpers';
import { knownDefect } from './known-defects';

const lines = corpusLines();
const skip = lines ? false : NO_CORPUS;

/** Workspaces the rules may consult: none; one where every line recurs in many files (boilerplate does its most); and
 * the real index (the CLI's) over 40 corpus articles, as the editor would have it. */
const busyWorkspace: WorkspaceView = { lineRecurrence: () => 7, size: () => 12 };
const realWorkspace = lines ? createCliWorkspace(articles(40).map((text, i) => ({ uri: `file:///corpus/${i}.txt`, text })), everyRuleOn()) : undefined;
const WORKSPACES: (WorkspaceView | undefined)[] = [undefined, busyWorkspace, realWorkspace];

interface Run { findings: Finding[]; ruleErrors: string[] }

function runLint(text: string, preset: number, ws: number, rules?: readonly Rule[]): Run {
  const ruleErrors: string[] = [];
  const ctx: LintContext = {
    uri: 'file:///doc.txt', workspace: WORKSPACES[ws],
    onRuleError: (id, err) => ruleErrors.push(`${id}: ${(err as Error)?.stack ?? err}`),
  };
  const findings = lint(new Article(text), everyRuleOn(CONFIG_PRESETS[preset]), ctx, rules ? { rules } : {});
  return { findings, ruleErrors };
}

const input = () => fc.tuple(docArb(lines!), fc.nat({ max: CONFIG_PRESETS.length - 1 }), fc.nat({ max: WORKSPACES.length - 1 }));
const describe = (d: GeneratedDoc, p: number, w: number) => `preset ${p}, workspace ${w}, text ${show(d.text)}`;

test('lint never throws and no rule reports an error, with every rule on', { skip }, () => {
  check(fc.property(input(), ([d, p, w]) => {
    let run: Run;
    try { run = runLint(d.text, p, w); } catch (e) { assert.fail(`lint threw ${(e as Error).stack} on ${describe(d, p, w)}`); }
    assert.deepEqual(run.ruleErrors, [], describe(d, p, w));
  }), 250);
});

test('a rule that throws is isolated: reported once through onRuleError, the other rules report as before', { skip }, () => {
  const thrower = (where: 'start' | 'late'): Rule => ({
    id: 'robustness-thrower', description: { en: 'throws', ar: 'يرمي' }, docs: '', defaultSeverity: 'warning',
    after: where === 'late' ? allRules.map(r => r.id) : undefined,
    run(article) { void article.tokens; throw new Error('boom'); },
  });
  check(fc.property(input(), fc.constantFrom<'start' | 'late'>('start', 'late'), ([d, p, w], where) => {
    const base = runLint(d.text, p, w);
    const withThrower = runLint(d.text, p, w, [thrower(where), ...allRules]);
    assert.equal(withThrower.ruleErrors.length, base.ruleErrors.length + 1);
    assert.ok(withThrower.ruleErrors.some(e => e.startsWith('robustness-thrower: Error: boom')));
    assert.deepEqual(withThrower.findings, base.findings, describe(d, p, w));
  }), 60);
});

test('every finding and every fix edit lies inside the text and never splits a surrogate pair or a CRLF', { skip }, () => {
  check(fc.property(input(), ([d, p, w]) => {
    const { findings } = runLint(d.text, p, w);
    assert.deepEqual(rangeProblems(d.text, findings), [], describe(d, p, w));
  }), 250);
});

test('every fix applied alone changes only the ranges it names, and makes no lone surrogate', { skip }, () => {
  check(fc.property(input(), ([d, p, w]) => {
    const { findings } = runLint(d.text, p, w);
    const lone = countLoneSurrogates(d.text);
    for (const f of findings) for (const fix of f.fixes) {
      const own = ownEdits(fix.edits);
      assert.ok(own, `${f.ruleId} fix «${fix.title.en}» has overlapping edits; ${describe(d, p, w)}`);
      const res = applyEdits(d.text, fix.edits);
      assert.deepEqual(res.skipped, [], `${f.ruleId} fix «${fix.title.en}»: edits skipped when applied alone`);
      assert.equal(res.text, splice(d.text, own), `${f.ruleId} fix «${fix.title.en}»: text outside its ranges changed`);
      assert.ok(countLoneSurrogates(res.text) <= lone, `${f.ruleId} fix «${fix.title.en}» made a lone surrogate`);
    }
  }), 200);
});

/** Letters of a text as spelling-variant keys: what a letter-form fix must keep (tatweel, marks, format chars go;
 * ى/ي, ة/ه, alef forms, Persian letters and digit systems fold). */
function wordKey(s: string): string {
  return foldLetters(clean(s).text).replace(/[\u0660-\u0669]/g, c => String(c.charCodeAt(0) - 0x0660)).replace(/[\u06F0-\u06F9]/g, c => String(c.charCodeAt(0) - 0x06f0));
}

test('orthography fixes respell a word and never lose or add a letter (the folded text is unchanged)', { skip }, () => {
  check(fc.property(input(), ([d, p, w]) => {
    const { findings } = runLint(d.text, p, w);
    const before = wordKey(d.text);
    for (const f of findings.filter(x => x.ruleId === 'orthography' && !knownDefect(d.text, x))) for (const fix of f.fixes) {
      const after = applyEdits(d.text, fix.edits).text;
      assert.equal(wordKey(after), before, `orthography fix «${fix.title.en}» on ${show(d.text.slice(f.start, f.end))} changed letters: ${show(after.slice(Math.max(0, f.start - 5), f.end + 5))}; ${describe(d, p, w)}`);
    }
  }), 250);
});

test('safe fixes applied together: none is half-applied, and the --fix loop converges (twice = once)', { skip }, () => {
  check(fc.property(input(), ([d, p, w]) => {
    const lintText = (t: string) => runLint(t, p, w).findings;
    const findings = lintText(d.text);
    const edits = safeFixEdits(findings);
    const res = applyEdits(d.text, edits);
    const applied = new Set(res.applied.map(e => `${e.start}:${e.end}:${e.newText}`));
    for (const f of findings) {
      const fix = f.fixes.find(x => x.safe && x.scope !== 'workspace' && !x.configEdit);
      if (!fix) continue;
      const own = fix.edits.filter(e => !e.uri).map(e => `${e.start}:${e.end}:${e.newText}`);
      const n = own.filter(k => applied.has(k)).length;
      assert.ok(n === 0 || n === own.length, `${f.ruleId} safe fix «${fix.title.en}» half-applied (${n}/${own.length}); ${describe(d, p, w)}`);
    }
    assert.deepEqual(rangeProblems(res.text, lintText(res.text)), []);
    const once = fixUntilStable(d.text, lintText);
    const twice = fixUntilStable(once.text, lintText);
    assert.equal(twice.text, once.text, `--fix is not idempotent; ${describe(d, p, w)}`);
    assert.equal(twice.count, 0, `--fix does not converge: ${[...twice.byRule].join(', ')}; ${describe(d, p, w)}`);
  }), 120);
});

/** Check that `edits` remove nothing but lines flagged by `blocks` (a blank line or a line break beside them may go). */
function removesOnlyFlagged(text: string, blocks: readonly Finding[], edits: readonly { start: number; end: number }[], what: string): void {
  const article = new Article(text);
  const flagged = new Uint8Array(text.length + 1);
  for (const b of blocks) {
    const first = article.lines[article.lineIndexAt(b.start)];
    const last = article.lines[article.lineIndexAt(Math.max(b.start, b.end - 1))];
    flagged.fill(1, first.start, last.next);
  }
  for (const e of edits) for (let i = e.start; i < e.end; i++) {
    if (flagged[i] || text[i] === '\n' || text[i] === '\r' || article.lines[article.lineIndexAt(i)].blank) continue;
    const line = article.lineIndexAt(i);
    assert.fail(`${what} removes ${show(text[i])} at ${i} on unflagged line ${line + 1} ${show(article.lineText(line))}`);
  }
}

test('removing boilerplate never removes a line the rule did not flag (each fix, all together, every --fix pass)', { skip }, () => {
  check(fc.property(input(), ([d, p, w]) => {
    const boilerplate = (t: string) => runLint(t, p, w).findings.filter(f => f.ruleId === 'boilerplate');
    let text = d.text;
    // The --fix loop, pass by pass: what each pass removes must be flagged in the text that pass saw. (That a pass
    // can flag lines the first lint did not is a known defect: see known-defects.ts, boilerplate-fix-cascade.)
    for (let pass = 0; pass < 10; pass++) {
      const blocks = boilerplate(text);
      if (!blocks.length) break;
      for (const b of blocks) for (const fix of b.fixes) removesOnlyFlagged(text, blocks, fix.edits.filter(e => !e.uri), `pass ${pass}: boilerplate fix «${fix.title.en}»; ${describe(d, p, w)}`);
      const res = applyEdits(text, safeFixEdits(blocks));
      removesOnlyFlagged(text, blocks, res.applied, `pass ${pass}: all boilerplate safe fixes; ${describe(d, p, w)}`);
      if (res.text === text) break;
      text = res.text;
    }
  }), 150);
});

test('ranges stay valid on texts made only of hostile characters (no corpus needed)', () => {
  const hostile = fc.string({ unit: fc.constantFrom(
    'ا', 'ل', 'ي', 'ى', 'ة', 'ه', 'أ', 'ـ', '\u064E', '\u0651', '\u200C', '\u200F', '\u202B', '\u2067', '\u00A0', '\r', '\n', '\r\n', '\uFEFF',
    '😀', '𝔸', 'ی', 'ک', 'ھ', '١', '1', '۱', '\uFEFB', '\uFEF7', '\uFDF2', '\uFE8D', ' ', '.', '؟', '«', '»', 'ب', 'ت', 'ر', 'م',
  ), maxLength: 400 });
  check(fc.property(hostile, fc.nat({ max: CONFIG_PRESETS.length - 1 }), (text, p) => {
    const run = runLint(text, p, 0);
    assert.deepEqual(run.ruleErrors, []);
    assert.deepEqual(rangeProblems(text, run.findings), [], show(text));
    const once = fixUntilStable(text, t => runLint(t, p, 0).findings);
    assert.equal(fixUntilStable(once.text, t => runLint(t, p, 0).findings).text, once.text, show(text));
    void badRange;
  }), 300);
});
