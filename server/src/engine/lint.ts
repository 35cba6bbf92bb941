// lint(): runs the enabled rules on one Article. Knows nothing of LSP, files or Node.
import { Article } from './article';
import { Config, defaultConfig } from './config';
import { fingerprintOf } from './fingerprint';
import type { Finding, LintContext, Rule } from './types';
import { allRules } from '../rules';

export interface LintOptions {
  rules?: readonly Rule[];
}

/** Lint `input` (text or an already segmented Article). Findings come sorted by position. */
export function lint(input: string | Article, config: Config = defaultConfig(), context: LintContext = {}, options: LintOptions = {}): Finding[] {
  const article = typeof input === 'string' ? new Article(input) : input;
  const rules = orderRules(options.rules ?? allRules);
  const ignored = new Set(config.ignore.map(i => i.fingerprint));
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    let produced;
    try {
      produced = rule.run(article, config, { ...context, findingsSoFar: findings });
    } catch (err) {
      context.onRuleError?.(rule.id, err);
      continue;
    }
    for (const f of produced) {
      const severity = setting === rule.defaultSeverity && f.severity ? f.severity : setting;
      const fingerprint = fingerprintOf(rule.id, f.kind, f.fingerprintText ?? article.slice(f.start, f.end));
      if (ignored.has(fingerprint)) continue;
      const { fingerprintText: _omit, severity: _s, ...rest } = f;
      findings.push({ ...rest, ruleId: rule.id, severity, fingerprint });
    }
  }
  const out = config.boilerplate.reportInside ? findings : dropInsideBoilerplate(findings);
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

/** Findings of other rules that lie inside a boilerplate block are noise: the block is not the article. */
function dropInsideBoilerplate(findings: Finding[]): Finding[] {
  const blocks = findings.filter(f => f.ruleId === 'boilerplate');
  if (!blocks.length) return findings;
  return findings.filter(f => f.ruleId === 'boilerplate' || !blocks.some(b => f.start >= b.start && f.end <= b.end));
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
