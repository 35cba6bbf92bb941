// Hover over a flagged range: what the finding is, why (the rule's explanation), the evidence it rests on, and a
// link to the rule's page, in the user's language.
import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { localize } from '../engine/locale';
import type { Finding } from '../engine/types';
import type { RuleMeta } from './lintJob';
import type { Locale } from './configStore';
import { ruleDocsUrl } from './links';
import { MSG } from './messages';

/** What is known of a rule on this thread (LintRunner.ruleMeta): the rules themselves load in the lint worker. */
export type RuleLookup = (id: string) => RuleMeta | undefined;

export function hoverFor(doc: TextDocument, offset: number, findings: readonly Finding[], locale: Locale, rules: RuleLookup): Hover | null {
  const here = findings.filter(f => f.start <= offset && offset <= f.end && f.end > f.start);
  if (!here.length) return null;
  const sections = here.map(f => findingMarkdown(f, locale, rules));
  const start = Math.min(...here.map(f => f.start)), end = Math.max(...here.map(f => f.end));
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: { start: doc.positionAt(start), end: doc.positionAt(end) },
  };
}

export function findingMarkdown(f: Finding, locale: Locale, rules: RuleLookup): string {
  const rule = rules(f.ruleId);
  const title = rule ? localize(rule.description, locale) : f.ruleId;
  const lines = [`**${escapeMd(f.ruleId)}${f.kind ? ` · ${escapeMd(f.kind)}` : ''}** — ${escapeMd(title)}`, '', escapeMd(localize(f.message, locale))];
  if (f.explanation) lines.push('', localize(f.explanation, locale)); // already markdown
  const ev = f.evidence && evidenceMarkdown(f.evidence);
  if (ev) lines.push('', `**${localize(MSG.evidence, locale)}**`, '', ev);
  lines.push('', `[${localize(MSG.ruleDocs, locale)}](${ruleDocsUrl(f.ruleId, rule?.docs)})`);
  return lines.join('\n');
}

/** Evidence is free-form data: counts per form become a list («إلى» ×3), scalars a line each, the rest JSON. */
export function evidenceMarkdown(evidence: Record<string, unknown>): string {
  const out: string[] = [];
  for (const [key, v] of Object.entries(evidence)) {
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(x => typeof x === 'number')) {
      const parts = Object.entries(v as Record<string, number>).sort((a, b) => b[1] - a[1]).map(([form, n]) => `«${escapeMd(form)}» ×${n}`);
      out.push(`- ${escapeMd(key)}: ${parts.join('، ')}`);
    } else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
      out.push(`- ${escapeMd(key)}: ${typeof v === 'string' ? `«${escapeMd(v)}»` : v}`);
    } else if (Array.isArray(v) && v.every(x => typeof x === 'string')) {
      out.push(`- ${escapeMd(key)}: ${v.map(x => `«${escapeMd(x)}»`).join('، ')}`);
    } else {
      out.push(`- ${escapeMd(key)}: \`${JSON.stringify(v).replace(/`/g, "'").slice(0, 300)}\``);
    }
  }
  return out.join('\n');
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_[\]<>#|]/g, m => '\\' + m);
}
