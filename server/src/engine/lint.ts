// lint(): runs the enabled rules on one Article. Knows nothing of LSP, files or Node.
import { Article } from './article';
import { Config, defaultConfig } from './config';
import { fingerprintOf } from './fingerprint';
import type { Finding, Fix, LintContext, Rule, RuleFinding, Severity } from './types';
import { allRules } from '../rules';

export interface LintOptions {
  rules?: readonly Rule[];
}

/** Lint `input` (text or an already segmented Article). Findings come sorted by position. */
export function lint(input: string | Article, config: Config = defaultConfig(), context: LintContext = {}, options: LintOptions = {}): Finding[] {
  const article = typeof input === 'string' ? new Article(input) : input;
  const rules = orderRules(options.rules ?? allRules);
  const ignored = new Set(config.ignore.map(i => i.fingerprint));
  const hasKinds = !!config.kinds && Object.keys(config.kinds).length > 0;
  const findings: Finding[] = [];
  // A "fix everything in the document" edit list is shared by every finding of a rule: check each list once.
  const checkedEdits = new WeakMap<object, string | undefined>();
  const fixProblem = (fix: Fix): string | undefined => {
    if (!fix || !Array.isArray(fix.edits)) return 'no list of edits';
    if (!checkedEdits.has(fix.edits)) checkedEdits.set(fix.edits, badFix(article.text, fix));
    return checkedEdits.get(fix.edits);
  };
  const reportError = (id: string, err: unknown) => { try { context.onRuleError?.(id, err); } catch { /* a broken logger must not stop linting */ } };
  for (const rule of rules) {
    const setting = config.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    // Everything a rule hands back is checked inside the same guard: a rule that throws, returns something other
    // than a list, or points outside the text loses its findings (or the bad fix) and the other rules still report.
    try {
      const produced = rule.run(article, config, { ...context, findingsSoFar: findings });
      if (!Array.isArray(produced)) throw new Error(`rule ${rule.id} returned ${typeof produced}, not a list of findings`);
      const accepted: Finding[] = [];
      for (const f of produced) {
        const bad = badRange(article.text, f?.start, f?.end);
        if (bad) { reportError(rule.id, new Error(`finding dropped: ${bad}`)); continue; }
        const fixes = (Array.isArray(f.fixes) ? f.fixes : []).filter(fix => {
          const why = fixProblem(fix);
          if (why) reportError(rule.id, new Error(`fix «${fix?.title?.en}» dropped: ${why}`));
          return !why;
        });
        // a kind's own setting, else the rule's (a kind with a default of its own keeps it while the rule is at its
        // default: VS Code sends every setting with its default, so "set to the default" cannot be told apart)
        const own = f.kind !== undefined && hasKinds ? config.kinds[`${rule.id}/${f.kind}`] : undefined;
        if (own === 'off') continue;
        const severity = own ?? (setting === rule.defaultSeverity && f.severity ? f.severity : setting);
        const fingerprint = fingerprintOf(rule.id, f.kind, f.fingerprintText ?? article.slice(f.start, f.end));
        if (ignored.has(fingerprint)) continue;
        accepted.push(acceptedFinding(f, fixes, rule.id, severity, fingerprint));
      }
      findings.push(...accepted);
    } catch (err) {
      reportError(rule.id, err);
    }
  }
  const out = config.boilerplate.reportInside ? findings : demoteInsideBoilerplate(findings);
  const rank = ruleRanks(out);
  return out.sort((a, b) => a.start - b.start || a.end - b.end || rank.get(a.ruleId)! - rank.get(b.ruleId)!);
}

/** The finding as lint() hands it out: the rule's own fields in their order, less fingerprintText and severity, then
 * the checked fixes, the rule id, the severity and the fingerprint. (What `{ ...rest, fixes, ... }` after a rest
 * destructuring built, without the generic copy that was most of lint()'s own time per finding.) */
function acceptedFinding(f: RuleFinding, fixes: Fix[], ruleId: string, severity: Severity, fingerprint: string): Finding {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(f)) if (k !== 'fingerprintText' && k !== 'severity') out[k] = (f as unknown as Record<string, unknown>)[k];
  out.fixes = fixes; out.ruleId = ruleId; out.severity = severity; out.fingerprint = fingerprint;
  return out as unknown as Finding;
}

/** Each rule id's place in localeCompare order (equal ids by localeCompare share one): sorting compares ranks, not
 * strings, and gives the order localeCompare gave. */
function ruleRanks(findings: Finding[]): Map<string, number> {
  const ids = [...new Set(findings.map(f => f.ruleId))].sort((a, b) => a.localeCompare(b));
  const rank = new Map<string, number>();
  ids.forEach((id, i) => rank.set(id, i > 0 && ids[i - 1].localeCompare(id) === 0 ? rank.get(ids[i - 1])! : i));
  return rank;
}

/** Why [start, end) is not a range of `text` an editor can use, or undefined: offsets must be whole numbers inside the
 * text, in order, and must not cut a surrogate pair (an emoji) or a CRLF in half. */
export function badRange(text: string, start: unknown, end: unknown): string | undefined {
  const cut = (o: unknown): string | undefined => {
    if (typeof o !== 'number' || !Number.isInteger(o)) return `offset ${String(o)} is not a whole number`;
    if (o < 0 || o > text.length) return `offset ${o} is outside the text (length ${text.length})`;
    const a = text.charCodeAt(o - 1), b = text.charCodeAt(o);
    if (a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff) return `offset ${o} splits a surrogate pair`;
    if (a === 0x0d && b === 0x0a) return `offset ${o} splits a CRLF`;
    return undefined;
  };
  return cut(start) ?? cut(end) ?? ((start as number) > (end as number) ? `start ${start} is after end ${end}` : undefined);
}

/** Why a fix cannot be offered safely: a bad range in one of its own edits, or two of its edits overlapping. */
function badFix(text: string, fix: Fix): string | undefined {
  if (!fix || !Array.isArray(fix.edits)) return 'no list of edits';
  const own = fix.edits.filter(e => !e.uri);
  for (const e of own) {
    if (typeof e.newText !== 'string') return 'an edit has no newText';
    const bad = badRange(text, e.start, e.end);
    if (bad) return bad;
  }
  const sorted = [...own].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) if (sorted[i].start < sorted[i - 1].end) return 'two of its edits overlap';
  return undefined;
}

/** Findings of other rules that lie inside a boilerplate block go with the block: they are reported as hints (seen in
 * the editor as a faint mark with its hover and fixes, left out of the Problems panel), not at their rule's severity,
 * and not dropped either: when the block is kept (or is no boilerplate after all) they still tell. The labels of every
 * check count them: in the evaluation, dropping them lost true findings of three rules and no false one. */
function demoteInsideBoilerplate(findings: Finding[]): Finding[] {
  const blocks = findings.filter(f => f.ruleId === 'boilerplate').sort((a, b) => a.start - b.start);
  if (!blocks.length) return findings;
  // A finding is inside a block when some block starting at or before it ends at or after it: binary search for the
  // last block starting at or before the finding, then compare with the furthest end among the blocks up to it.
  // (Testing every block for every finding was quadratic on big texts: thousands of findings × thousands of blocks.)
  const reach = new Int32Array(blocks.length);
  blocks.forEach((b, i) => { reach[i] = Math.max(b.end, i ? reach[i - 1] : -1); });
  const inside = (f: Finding) => {
    let lo = 0, hi = blocks.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (blocks[mid].start <= f.start) lo = mid + 1; else hi = mid; }
    return lo > 0 && reach[lo - 1] >= f.end;
  };
  for (const f of findings) {
    if (f.ruleId === 'boilerplate' || !inside(f)) continue;
    f.severity = 'hint';
    f.explanation = {
      en: `${f.explanation?.en ?? f.message.en}\n\nThis lies inside a block that looks like boilerplate, so it is shown as a hint: removing the block removes it.`,
      ar: `${f.explanation?.ar ?? f.message.ar}\n\nهذا داخل كتلة تبدو حشوًا، فيظهر تلميحًا: حذف الكتلة يحذفه.`,
    };
  }
  return findings;
}

/** Topological order by `after`, stable otherwise. */
function orderRules(rules: readonly Rule[]): Rule[] {
  const byId = new Map(rules.map(r => [r.id, r]));
  const out: Rule[] = [];
  const state = new Map<string, number>();
  const visit = (r: Rule) => {
    if (state.get(r.id) === 2) return;
    if (state.get(r.id) === 1) throw new Error(`rule order cycle at ${r.id}`);
    state.set(r.id, 1);
    for (const dep of r.after ?? []) { const d = byId.get(dep); if (d) visit(d); }
    state.set(r.id, 2);
    out.push(r);
  };
  rules.forEach(visit);
  return out;
}
